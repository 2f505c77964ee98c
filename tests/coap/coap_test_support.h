#pragma once

#include "coap/coap_context.h"

#include "event_loop_wait.h"

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <string>
#include <vector>

namespace hangar::coap::test {

using namespace std::chrono_literals;

using hangar::test::spin;
using hangar::test::waitFor;

inline std::vector<std::uint8_t> bytes(const std::string& text)
{
    return {text.begin(), text.end()};
}

inline std::string text(const std::vector<std::uint8_t>& data)
{
    return {data.begin(), data.end()};
}

/// A UDP port on 127.0.0.1 that was free a moment ago.
inline std::uint16_t freeUdpPort()
{
    const int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address));
    socklen_t length = sizeof(address);
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
    ::close(fd);
    return ntohs(address.sin_port);
}

inline const std::string kIdentity = "device-001";
inline const std::vector<std::uint8_t> kKey = {0x73, 0x65, 0x63, 0x72, 0x65, 0x74, 0x2d, 0x6b, 0x65, 0x79};

/// Server-side key store: one known identity.
inline ServerSecurity pskSecurity()
{
    ServerSecurity security;
    security.mode = SecurityMode::Psk;
    security.pskLookup = [](std::string_view identity) -> std::optional<std::vector<std::uint8_t>> {
        if (identity == kIdentity)
            return kKey;
        return std::nullopt;
    };
    return security;
}

inline ConnectOptions clientOptions(std::uint16_t port, SecurityMode mode)
{
    ConnectOptions options;
    options.host = "127.0.0.1";
    options.port = port;
    options.mode = mode;
    if (mode == SecurityMode::Psk) {
        options.pskIdentity = kIdentity;
        options.pskKey = kKey;
    }
    return options;
}

/// Sends one request and waits for its single callback.
inline Expected<Response> roundTrip(CoapContext& context, SessionId session, Request request,
                                    std::chrono::milliseconds limit = 5000ms)
{
    std::optional<Expected<Response>> result;
    auto sent = context.send(session, std::move(request), [&](Expected<Response> response) {
        result = std::move(response);
    });
    if (!sent)
        return std::unexpected(sent.error());
    if (!waitFor([&] { return result.has_value(); }, limit))
        return fail(ErrorCode::Timeout, "test gave up waiting");
    return *result;
}

} // namespace hangar::coap::test
