#pragma once

// Plain POSIX UDP helpers for the fault relay: numeric addresses and non-blocking sockets.

#include "common/error.h"

#include <netinet/in.h>
#include <sys/socket.h>

#include <cstdint>
#include <string>

namespace hangar::devicesim::relay {

/// An IPv4 or IPv6 socket address; sockaddr_in6 is large enough for both.
struct SocketAddress
{
    sockaddr_in6 storage{};
    socklen_t length = 0;

    int family() const { return storage.sin6_family; }
    const sockaddr* get() const { return reinterpret_cast<const sockaddr*>(&storage); }
    sockaddr* get() { return reinterpret_cast<sockaddr*>(&storage); }
    /// Port in host byte order (the same field offset for IPv4 and IPv6).
    std::uint16_t port() const { return ntohs(storage.sin6_port); }
};

/// Parses a numeric IPv4 or IPv6 address (never DNS, so never blocks) with a port.
Expected<SocketAddress> parseNumericAddress(const std::string& host, std::uint16_t port);

/// Opens a non-blocking, close-on-exec UDP socket of `family`; fails with the errno text.
Expected<int> openUdpSocket(int family);

/// Local port of a bound or connected socket, 0 if unknown.
std::uint16_t localPort(int fd);

/// Asks the kernel for `bytes` of receive and send buffer (it may grant less).
void raiseBuffers(int fd, int bytes);

/// "what failed: strerror(errno)" for log and error messages.
std::string errnoText(const std::string& what, int error);

} // namespace hangar::devicesim::relay
