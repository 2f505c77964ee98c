#include "coap/socket_tools.h"

#include <arpa/inet.h>
#include <dirent.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <string_view>

namespace hangar::coap::detail {

Expected<coap_address_t> parseAddress(const std::string& host, std::uint16_t port)
{
    coap_address_t address;
    coap_address_init(&address);
    std::string_view text = host;
    if (text.size() > 2 && text.front() == '[' && text.back() == ']')
        text = text.substr(1, text.size() - 2);
    const std::string bare(text);
    if (inet_pton(AF_INET, bare.c_str(), &address.addr.sin.sin_addr) == 1) {
        address.addr.sin.sin_family = AF_INET;
        address.addr.sin.sin_port = htons(port);
        address.size = sizeof(sockaddr_in);
        return address;
    }
    if (inet_pton(AF_INET6, bare.c_str(), &address.addr.sin6.sin6_addr) == 1) {
        address.addr.sin6.sin6_family = AF_INET6;
        address.addr.sin6.sin6_port = htons(port);
        address.size = sizeof(sockaddr_in6);
        return address;
    }
    return fail(ErrorCode::InvalidArgument,
                "'" + host + "' is not a numeric IPv4 or IPv6 address; resolve host names before "
                             "calling the CoAP transport");
}

std::string addressText(const coap_address_t& address)
{
    char buffer[INET6_ADDRSTRLEN] = {};
    if (address.addr.sa.sa_family == AF_INET)
        inet_ntop(AF_INET, &address.addr.sin.sin_addr, buffer, sizeof(buffer));
    else if (address.addr.sa.sa_family == AF_INET6)
        inet_ntop(AF_INET6, &address.addr.sin6.sin6_addr, buffer, sizeof(buffer));
    return buffer;
}

std::uint16_t addressPort(const coap_address_t& address)
{
    return coap_address_get_port(&address);
}

Expected<void> ensureUdpPortFree(const coap_address_t& address)
{
    if (addressPort(address) == 0)
        return {};
    const int fd = ::socket(address.addr.sa.sa_family, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return fail(ErrorCode::IoFailure, std::string("cannot open a probe socket: ") + std::strerror(errno));
    // No SO_REUSEADDR here: the bind fails if anybody holds the port, even with SO_REUSEADDR.
    const int result = ::bind(fd, &address.addr.sa, address.size);
    const int error = errno;
    ::close(fd);
    if (result == 0)
        return {};
    const std::string where = addressText(address) + ":" + std::to_string(addressPort(address));
    if (error == EADDRINUSE)
        return fail(ErrorCode::IoFailure, "UDP " + where +
                                              " is already in use (another server running?); "
                                              "stop it or choose another port");
    return fail(ErrorCode::IoFailure, "cannot bind UDP " + where + ": " + std::strerror(error));
}

std::set<int> openDescriptors()
{
    std::set<int> result;
    DIR* dir = ::opendir("/proc/self/fd");
    if (dir == nullptr)
        return result;
    const int own = ::dirfd(dir);
    while (const dirent* entry = ::readdir(dir)) {
        if (entry->d_name[0] < '0' || entry->d_name[0] > '9')
            continue;
        const int fd = std::atoi(entry->d_name);
        if (fd != own)
            result.insert(fd);
    }
    ::closedir(dir);
    return result;
}

int findNewUdpSocket(const std::set<int>& before)
{
    for (const int fd : openDescriptors()) {
        if (before.contains(fd))
            continue;
        int type = 0;
        socklen_t length = sizeof(type);
        if (::getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &length) == 0 && type == SOCK_DGRAM
            && boundPort(fd) != 0)
            return fd;
    }
    return -1;
}

bool isUdpSocketOnPort(int fd, std::uint16_t port)
{
    int type = 0;
    socklen_t length = sizeof(type);
    return ::getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &length) == 0 && type == SOCK_DGRAM && boundPort(fd) == port;
}

int findUdpSocketOnPort(std::uint16_t port, const std::vector<int>& exclude)
{
    for (const int fd : openDescriptors())
        if (std::find(exclude.begin(), exclude.end(), fd) == exclude.end() && isUdpSocketOnPort(fd, port))
            return fd;
    return -1;
}

std::uint16_t boundPort(int fd)
{
    sockaddr_storage storage{};
    socklen_t length = sizeof(storage);
    if (::getsockname(fd, reinterpret_cast<sockaddr*>(&storage), &length) != 0)
        return 0;
    if (storage.ss_family == AF_INET)
        return ntohs(reinterpret_cast<const sockaddr_in*>(&storage)->sin_port);
    if (storage.ss_family == AF_INET6)
        return ntohs(reinterpret_cast<const sockaddr_in6*>(&storage)->sin6_port);
    return 0;
}

Expected<int> openSharedUdpSocket(const coap_address_t& address)
{
    const int family = address.addr.sa.sa_family;
    const int fd = ::socket(family, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0)
        return fail(ErrorCode::IoFailure, std::string("cannot open a UDP socket: ") + std::strerror(errno));
    const int on = 1;
    const int off = 0;
    bool ok = ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof(on)) == 0 &&
              ::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &on, sizeof(on)) == 0;
    if (family == AF_INET6)
        ok = ok && ::setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &off, sizeof(off)) == 0 &&
             ::setsockopt(fd, IPPROTO_IPV6, IPV6_RECVPKTINFO, &on, sizeof(on)) == 0;
    else
        ok = ok && ::setsockopt(fd, IPPROTO_IP, IP_PKTINFO, &on, sizeof(on)) == 0;
    if (ok && ::bind(fd, &address.addr.sa, address.size) == 0)
        return fd;
    const std::string reason = std::strerror(errno);
    ::close(fd);
    return fail(ErrorCode::IoFailure, "cannot bind a shared UDP socket to " + addressText(address) + ":" +
                                          std::to_string(addressPort(address)) + ": " + reason);
}

int raiseReceiveBuffer(int fd, int bytes)
{
    // SO_RCVBUFFORCE passes net.core.rmem_max when the process may (CAP_NET_ADMIN).
    if (::setsockopt(fd, SOL_SOCKET, SO_RCVBUFFORCE, &bytes, sizeof(bytes)) != 0)
        ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &bytes, sizeof(bytes));
    int granted = 0;
    socklen_t length = sizeof(granted);
    ::getsockopt(fd, SOL_SOCKET, SO_RCVBUF, &granted, &length);
    return granted;
}

std::optional<coap_address_t> peekClientHello(int fd)
{
    // DTLS record header (RFC 6347 4.1): type, version(2), epoch(2), sequence(6), length(2);
    // then the handshake header starts with the message type.
    constexpr std::size_t kHeader = 14;
    constexpr std::uint8_t kHandshake = 22;
    constexpr std::uint8_t kClientHello = 1;
    std::array<std::uint8_t, 25> head{};
    coap_address_t source;
    coap_address_init(&source);
    socklen_t length = sizeof(source.addr);
    const auto got = ::recvfrom(fd, head.data(), head.size(), MSG_PEEK | MSG_DONTWAIT, &source.addr.sa, &length);
    if (got < static_cast<ssize_t>(kHeader) || head[0] != kHandshake || head[3] != 0 || head[4] != 0 ||
        head[13] != kClientHello)
        return std::nullopt;
    source.size = length;
    return source;
}

std::string peerKey(const coap_address_t& remote, std::uint16_t localPort)
{
    std::string key;
    const auto append = [&key](const void* data, std::size_t size) {
        key.append(static_cast<const char*>(data), size);
    };
    const std::array<std::uint16_t, 2> ports{addressPort(remote), localPort};
    append(ports.data(), sizeof(ports));
    if (remote.addr.sa.sa_family == AF_INET)
        append(&remote.addr.sin.sin_addr, sizeof(remote.addr.sin.sin_addr));
    else if (remote.addr.sa.sa_family == AF_INET6)
        append(&remote.addr.sin6.sin6_addr, sizeof(remote.addr.sin6.sin6_addr));
    return key;
}

} // namespace hangar::coap::detail
