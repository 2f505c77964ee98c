#pragma once

// Device-list page latency through the real REST API: a plain HTTP/1.1 client with a kept-alive
// connection on its own thread, against hangar_api's ApiServer on the calling thread.

#include "bench_clock.h"

#include <cstdint>
#include <string>
#include <vector>

namespace hangar::bench {

struct PageProbe
{
    std::string label;
    std::string target; ///< path and query, e.g. "/api/v1/devices?limit=50&offset=0"
};

struct PageResult
{
    std::string label;
    std::string target;
    LatencySummary latency;
    std::int64_t total = -1; ///< "total" of the last answer
    std::size_t failures = 0;
    std::string firstFailure;
};

/// Sends each probe `requests` times (one connection, one request at a time) to 127.0.0.1:port
/// with the bearer token. Runs the client on a thread and spins this thread's Qt event loop
/// meanwhile, so the server may live on this thread.
std::vector<PageResult> measurePages(std::uint16_t port, const std::string& token,
                                     const std::vector<PageProbe>& probes, int requests);

/// One GET, for discovering totals before the timed runs (same threading rules).
PageResult fetchOnce(std::uint16_t port, const std::string& token, const PageProbe& probe);

} // namespace hangar::bench
