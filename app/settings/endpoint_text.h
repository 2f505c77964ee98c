#pragma once

#include "common/error.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace hangar::app {

/// A listening address as the user writes it: "HOST:PORT", "[v6]:PORT" or "off".
struct EndpointText
{
    QString host; ///< numeric IPv4 or IPv6 address
    std::uint16_t port = 0;

    /// "HOST:PORT" (IPv6 in brackets).
    QString toString() const;
};

/// Parses `text`; nothing for "off". InvalidArgument saying what is wrong and what to write
/// otherwise. "localhost" means 127.0.0.1.
Expected<std::optional<EndpointText>> parseEndpointText(const QString& text);

/// The defaults of hangard, which the app shares.
inline constexpr const char* kDefaultCoap = "127.0.0.1:5683";
inline constexpr const char* kDefaultCoaps = "0.0.0.0:5684";
inline constexpr const char* kDefaultApi = "127.0.0.1:7780";

} // namespace hangar::app
