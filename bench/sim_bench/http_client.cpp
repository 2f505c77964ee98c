#include "http_client.h"

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <cctype>
#include <charconv>
#include <cstring>

namespace hangar::bench {

namespace {

constexpr std::size_t kReceiveChunk = 64 * 1024;

/// The value of header `name` (lower case, with the colon) in `headers`, or empty.
std::string_view headerValue(const std::string& headers, std::string_view name)
{
    std::string lower(headers.size(), '\0');
    for (std::size_t i = 0; i < headers.size(); ++i)
        lower[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(headers[i])));
    const std::size_t at = lower.find(name);
    if (at == std::string::npos)
        return {};
    std::size_t from = at + name.size();
    while (from < headers.size() && headers[from] == ' ')
        ++from;
    std::size_t to = headers.find("\r\n", from);
    if (to == std::string::npos)
        to = headers.size();
    return std::string_view(headers).substr(from, to - from);
}

} // namespace

HttpClient::HttpClient(std::uint16_t port, std::string token) : m_port(port), m_token(std::move(token)) {}

HttpClient::~HttpClient()
{
    disconnect();
}

HttpReply HttpClient::send(std::string_view method, const std::string& target, const std::string& body,
                           std::string_view contentType)
{
    std::string request;
    request.reserve(256 + body.size());
    request.append(method).append(" ").append(target).append(" HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    request.append("Authorization: Bearer ").append(m_token).append("\r\n");
    if (!contentType.empty())
        request.append("Content-Type: ").append(contentType).append("\r\n");
    request.append("Content-Length: ").append(std::to_string(body.size())).append("\r\n\r\n");
    request.append(body);
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (m_fd < 0 && !connectNow())
            return {};
        std::size_t sent = 0;
        while (sent < request.size()) {
            const ssize_t now = ::send(m_fd, request.data() + sent, request.size() - sent, MSG_NOSIGNAL);
            if (now <= 0)
                break;
            sent += static_cast<std::size_t>(now);
        }
        if (sent == request.size()) {
            HttpReply reply = readReply();
            if (reply.status != 0)
                return reply;
        }
        // A kept-alive connection the server closed meanwhile: one more try on a fresh one.
        disconnect();
    }
    return {};
}

bool HttpClient::connectNow()
{
    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_fd < 0)
        return false;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(m_port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    timeval timeout{30, 0};
    ::setsockopt(m_fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof(timeout));
    const int noDelay = 1;
    ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &noDelay, sizeof(noDelay));
    sockaddr generic{};
    static_assert(sizeof(generic) == sizeof(address));
    std::memcpy(&generic, &address, sizeof(address));
    if (::connect(m_fd, &generic, sizeof(generic)) != 0) {
        disconnect();
        return false;
    }
    m_buffer.clear();
    return true;
}

void HttpClient::disconnect()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

bool HttpClient::receiveMore()
{
    char chunk[kReceiveChunk];
    const ssize_t got = ::recv(m_fd, chunk, sizeof(chunk), 0);
    if (got <= 0)
        return false;
    m_buffer.append(chunk, static_cast<std::size_t>(got));
    return true;
}

HttpReply HttpClient::readReply()
{
    std::size_t headerEnd = 0;
    while ((headerEnd = m_buffer.find("\r\n\r\n")) == std::string::npos)
        if (!receiveMore())
            return {};
    const std::string headers = m_buffer.substr(0, headerEnd + 2);
    HttpReply reply;
    if (headers.size() > 12)
        std::from_chars(headers.data() + 9, headers.data() + 12, reply.status);
    std::size_t length = 0;
    const std::string_view lengthText = headerValue(headers, "content-length:");
    std::from_chars(lengthText.data(), lengthText.data() + lengthText.size(), length);
    const std::size_t bodyStart = headerEnd + 4;
    while (m_buffer.size() < bodyStart + length)
        if (!receiveMore())
            return {};
    reply.body.assign(m_buffer, bodyStart, length);
    m_buffer.erase(0, bodyStart + length);
    if (headerValue(headers, "connection:") == "close")
        disconnect();
    return reply;
}

} // namespace hangar::bench
