#include "api_load.h"

#include "loopback_sockets.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <atomic>
#include <charconv>
#include <thread>

namespace hangar::bench {

namespace {

/// A blocking HTTP/1.1 connection that reconnects when the server closes it.
class HttpClient
{
public:
    HttpClient(std::uint16_t port, std::string token) : m_port(port), m_token(std::move(token)) {}
    ~HttpClient() { disconnect(); }

    /// GETs `target`; returns the status (0 on transport failure) and the body.
    int get(const std::string& target, std::string& body)
    {
        for (int attempt = 0; attempt < 2; ++attempt) {
            if (m_fd < 0 && !connectNow())
                return 0;
            const std::string request = "GET " + target +
                                        " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                                        m_token + "\r\nConnection: keep-alive\r\n\r\n";
            if (::send(m_fd, request.data(), request.size(), MSG_NOSIGNAL) ==
                static_cast<ssize_t>(request.size())) {
                if (const int status = readResponse(body); status != 0)
                    return status;
            }
            disconnect(); // the server closed the kept-alive connection: retry once on a new one
        }
        return 0;
    }

private:
    bool connectNow()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        const sockaddr_in address = loopbackAddress(0x7F000001, m_port);
        timeval timeout{10, 0};
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof(timeout));
        const int noDelay = 1;
        ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &noDelay, sizeof(noDelay));
        if (::connect(m_fd, reinterpret_cast<const sockaddr*>(&address), sizeof(address)) != 0) {
            disconnect();
            return false;
        }
        m_buffer.clear();
        return true;
    }

    void disconnect()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

    bool fill()
    {
        char chunk[65536];
        const ssize_t got = ::recv(m_fd, chunk, sizeof(chunk), 0);
        if (got <= 0)
            return false;
        m_buffer.append(chunk, static_cast<std::size_t>(got));
        return true;
    }

    int readResponse(std::string& body)
    {
        std::size_t headerEnd;
        while ((headerEnd = m_buffer.find("\r\n\r\n")) == std::string::npos)
            if (!fill())
                return 0;
        const std::string headers = m_buffer.substr(0, headerEnd);
        int status = 0;
        if (headers.size() > 12)
            std::from_chars(headers.data() + 9, headers.data() + 12, status);
        std::size_t length = 0;
        for (const char* name : {"content-length:", "Content-Length:", "Content-length:"})
            if (const std::size_t at = headers.find(name); at != std::string::npos) {
                std::size_t value = at + std::char_traits<char>::length(name);
                while (value < headers.size() && headers[value] == ' ')
                    ++value;
                std::from_chars(headers.data() + value, headers.data() + headers.size(), length);
            }
        const std::size_t bodyStart = headerEnd + 4;
        while (m_buffer.size() < bodyStart + length)
            if (!fill())
                return 0;
        body.assign(m_buffer, bodyStart, length);
        m_buffer.erase(0, bodyStart + length);
        if (headers.find("onnection: close") != std::string::npos)
            disconnect();
        return status;
    }

    std::uint16_t m_port;
    std::string m_token;
    int m_fd = -1;
    std::string m_buffer;
};

std::int64_t totalOf(const std::string& body)
{
    const std::size_t at = body.rfind("\"total\":");
    std::int64_t total = -1;
    if (at != std::string::npos)
        std::from_chars(body.data() + at + 8, body.data() + body.size(), total);
    return total;
}

/// Runs `work` on a thread while this thread's event loop serves the API.
template <typename Work> void whileServing(Work work)
{
    std::atomic<bool> finished{false};
    std::thread client([&] {
        work();
        finished.store(true);
    });
    while (!finished.load())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    client.join();
}

} // namespace

std::vector<PageResult> measurePages(std::uint16_t port, const std::string& token,
                                     const std::vector<PageProbe>& probes, int requests)
{
    std::vector<PageResult> results;
    whileServing([&] {
        HttpClient http(port, token);
        std::string body;
        for (const PageProbe& probe : probes) {
            PageResult result;
            result.label = probe.label;
            result.target = probe.target;
            std::vector<std::int64_t> latencies;
            (void)http.get(probe.target, body); // warm the connection and the reader's cache
            for (int i = 0; i < requests; ++i) {
                const std::int64_t startNs = nowNs();
                const int status = http.get(probe.target, body);
                const std::int64_t elapsed = nowNs() - startNs;
                if (status != 200) {
                    ++result.failures;
                    if (result.firstFailure.empty())
                        result.firstFailure =
                            "HTTP " + std::to_string(status) + " " + body.substr(0, 200);
                    continue;
                }
                latencies.push_back(elapsed);
                result.total = totalOf(body);
            }
            result.latency = summarize(latencies);
            results.push_back(std::move(result));
        }
    });
    return results;
}

PageResult fetchOnce(std::uint16_t port, const std::string& token, const PageProbe& probe)
{
    PageResult result;
    result.label = probe.label;
    result.target = probe.target;
    whileServing([&] {
        HttpClient http(port, token);
        std::string body;
        const int status = http.get(probe.target, body);
        if (status != 200) {
            result.failures = 1;
            result.firstFailure = "HTTP " + std::to_string(status) + " " + body.substr(0, 200);
        }
        result.total = totalOf(body);
    });
    return result;
}

} // namespace hangar::bench
