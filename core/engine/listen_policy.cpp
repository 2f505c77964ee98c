#include "engine/listen_policy.h"

#include <arpa/inet.h>

#include <cstring>

namespace hangar::engine {

bool isLoopbackAddress(const std::string& host)
{
    in_addr v4{};
    if (inet_pton(AF_INET, host.c_str(), &v4) == 1)
        return (ntohl(v4.s_addr) >> 24) == 127;
    in6_addr v6{};
    if (inet_pton(AF_INET6, host.c_str(), &v6) == 1)
        return std::memcmp(&v6, &in6addr_loopback, sizeof(v6)) == 0;
    return false;
}

Expected<void> checkPlainCoapAddress(const std::string& host, bool allowInsecure)
{
    if (allowInsecure || isLoopbackAddress(host))
        return {};
    return fail(ErrorCode::SecurityFailure,
                "plain CoAP (no encryption, no authentication) would listen on " + host +
                    ", which is not loopback: bind it to 127.0.0.1, turn it off, or start with "
                    "--allow-insecure-coap to let any host reach it unauthenticated");
}

} // namespace hangar::engine
