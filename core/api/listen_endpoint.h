#pragma once

#include "common/error.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace hangar::api {

/// A listening address as a user writes it on a command line or in settings: "HOST:PORT",
/// "[v6]:PORT" or "off". Shared by hangard and the desktop app.
struct ListenEndpoint
{
    QString host; ///< numeric IPv4 or IPv6 address
    std::uint16_t port = 0;

    /// "HOST:PORT" (IPv6 in brackets).
    QString toString() const;
};

/// Parses `text`; nothing for "off". InvalidArgument saying what is wrong and what to write
/// otherwise. "localhost" means 127.0.0.1.
Expected<std::optional<ListenEndpoint>> parseListenEndpoint(const QString& text);

} // namespace hangar::api
