#include "faults/relay_socket.h"

#include <arpa/inet.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace hangar::devicesim::relay {

Expected<SocketAddress> parseNumericAddress(const std::string& host, std::uint16_t port)
{
    SocketAddress address;
    auto* v4 = reinterpret_cast<sockaddr_in*>(&address.storage);
    if (::inet_pton(AF_INET, host.c_str(), &v4->sin_addr) == 1) {
        v4->sin_family = AF_INET;
        v4->sin_port = htons(port);
        address.length = sizeof(sockaddr_in);
        return address;
    }
    address.storage = {};
    if (::inet_pton(AF_INET6, host.c_str(), &address.storage.sin6_addr) == 1) {
        address.storage.sin6_family = AF_INET6;
        address.storage.sin6_port = htons(port);
        address.length = sizeof(sockaddr_in6);
        return address;
    }
    return fail(ErrorCode::InvalidArgument,
                "'" + host +
                    "' is not a numeric IPv4 or IPv6 address; the fault relay never resolves "
                    "names, pass an address such as 127.0.0.1 or ::1");
}

Expected<int> openUdpSocket(int family)
{
    const int fd = ::socket(family, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return fail(ErrorCode::IoFailure,
                    errnoText("cannot open a UDP socket (raise the open files limit, "
                              "ulimit -n, for large fleets)",
                              errno));
    return fd;
}

std::uint16_t localPort(int fd)
{
    SocketAddress address;
    address.length = sizeof(address.storage);
    if (::getsockname(fd, address.get(), &address.length) != 0)
        return 0;
    return address.port();
}

void raiseBuffers(int fd, int bytes)
{
    ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &bytes, sizeof(bytes));
    ::setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &bytes, sizeof(bytes));
}

std::string errnoText(const std::string& what, int error)
{
    return what + ": " + std::strerror(error);
}

} // namespace hangar::devicesim::relay
