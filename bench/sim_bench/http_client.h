#pragma once

// A small blocking HTTP/1.1 client for hangard's REST API on loopback: one kept-alive
// connection, for use on a worker thread while the simulator's event loop runs elsewhere.

#include <cstdint>
#include <string>
#include <string_view>

namespace hangar::bench {

struct HttpReply
{
    int status = 0; ///< 0: no answer (connection refused, closed, timed out)
    std::string body;
};

class HttpClient
{
public:
    /// Talks to 127.0.0.1:`port` with `Authorization: Bearer <token>` on every request.
    HttpClient(std::uint16_t port, std::string token);
    ~HttpClient();

    HttpClient(const HttpClient&) = delete;
    HttpClient& operator=(const HttpClient&) = delete;

    /// Sends one request and waits (at most 30 s) for its answer; reconnects once when the
    /// server closed the kept-alive connection.
    HttpReply send(std::string_view method, const std::string& target, const std::string& body = {},
                   std::string_view contentType = {});

private:
    bool connectNow();
    void disconnect();
    bool receiveMore();
    HttpReply readReply();

    std::uint16_t m_port;
    std::string m_token;
    int m_fd = -1;
    std::string m_buffer;
};

} // namespace hangar::bench
