#pragma once

#include <QtGlobal>

#include <chrono>

namespace hangar::api {

/// What one API listener accepts from its clients. All of it is enforced where the bytes arrive
/// (RequestGuard, GuardedTcpServer), before Qt HttpServer buffers anything.
struct ApiServerConfig
{
    /// Larger request bodies are answered 413: a declared Content-Length at once, a chunked body
    /// as soon as its chunks add up to more.
    qint64 maxBodyBytes = 1024 * 1024;
    /// A request line and headers (or chunked trailers) larger than this are answered 431.
    qsizetype maxHeadBytes = 64 * 1024;
    /// A request head must be complete this long after its first byte arrived, else 408.
    std::chrono::milliseconds headerTimeout{10'000};
    /// A connection with no request in progress and nothing received for this long is closed;
    /// a request body that stalls this long is answered 408.
    std::chrono::milliseconds idleTimeout{10'000};
    /// Connections open at once; the one beyond is answered 503 and closed.
    int maxConnections = 512;
    /// After refusing a request, what the client still sends is read and dropped for at most
    /// this long, so that it sees the answer instead of a connection reset.
    std::chrono::milliseconds lingerTime{2'000};
};

} // namespace hangar::api
