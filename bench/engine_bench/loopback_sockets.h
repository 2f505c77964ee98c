#pragma once

// Loopback UDP sockets for the load generators. Each simulated device needs its own source
// address and port, and a port must never be used twice in one run: the engine keeps the
// session of a registered device after the generator closed its socket, so a new device on the
// same address and port would land in that device's session.

#include <netinet/in.h>

#include <cstdint>
#include <string>

namespace hangar::bench {

/// An IPv4 loopback socket address (host byte order arguments).
sockaddr_in loopbackAddress(std::uint32_t host, std::uint16_t port);
/// "127.0.0.5:40001"
std::string toString(const sockaddr_in& address);

/// Hands out non-blocking UDP sockets, each bound to a (127.0.0.x, port) pair never used before
/// in this run: ports kFirstPort..kLastPort on 127.0.0.2, then 127.0.0.3, … Pairs that are taken
/// by someone else are skipped.
class SourcePool
{
public:
    static constexpr std::uint16_t kFirstPort = 10000;
    static constexpr std::uint16_t kLastPort = 65000;
    static constexpr std::uint32_t kFirstHost = 0x7F000002; // 127.0.0.2
    static constexpr std::uint32_t kLastHost = 0x7F0000FE;

    /// A bound non-blocking socket, or -1 once every pair is used up.
    int open();
    /// How many sockets open() has bound so far.
    std::uint64_t handedOut() const { return m_handedOut; }
    /// Local addresses used so far (for the report).
    std::uint32_t hostsUsed() const { return m_host - kFirstHost + 1; }

private:
    std::uint32_t m_host = kFirstHost;
    std::uint32_t m_port = kFirstPort;
    std::uint64_t m_handedOut = 0;
};

/// A non-blocking UDP socket on 127.0.0.1 with an ephemeral port; -1 on failure.
int openEphemeralSocket();

} // namespace hangar::bench
