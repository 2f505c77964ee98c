#pragma once

#include "api/listen_endpoint.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace hangar::app {

using EndpointText = api::ListenEndpoint;

/// "HOST:PORT", "[v6]:PORT" or "off" (nothing); see api::parseListenEndpoint.
inline Expected<std::optional<EndpointText>> parseEndpointText(const QString& text)
{
    return api::parseListenEndpoint(text);
}

/// The defaults of hangard, which the app shares.
inline constexpr const char* kDefaultCoap = "127.0.0.1:5683";
inline constexpr const char* kDefaultCoaps = "0.0.0.0:5684";
inline constexpr const char* kDefaultApi = "127.0.0.1:7780";

} // namespace hangar::app
