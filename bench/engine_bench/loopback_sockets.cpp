#include "loopback_sockets.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>

namespace hangar::bench {

sockaddr_in loopbackAddress(std::uint32_t host, std::uint16_t port)
{
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(host);
    address.sin_port = htons(port);
    return address;
}

std::string toString(const sockaddr_in& address)
{
    char text[INET_ADDRSTRLEN] = {};
    ::inet_ntop(AF_INET, &address.sin_addr, text, sizeof(text));
    return std::string(text) + ":" + std::to_string(ntohs(address.sin_port));
}

int SourcePool::open()
{
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    while (m_host <= kLastHost) {
        if (m_port > kLastPort) {
            m_port = kFirstPort;
            ++m_host;
            continue;
        }
        const sockaddr_in address = loopbackAddress(m_host, static_cast<std::uint16_t>(m_port++));
        if (::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof(address)) == 0) {
            ++m_handedOut;
            return fd;
        }
        if (errno != EADDRINUSE)
            break;
    }
    ::close(fd);
    return -1;
}

int openEphemeralSocket()
{
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    const sockaddr_in address = loopbackAddress(INADDR_LOOPBACK, 0);
    if (::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof(address)) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

} // namespace hangar::bench
