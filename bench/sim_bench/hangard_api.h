#pragma once

// The few REST calls the simulator bench makes to hangard. Each runs its HTTP client on
// worker threads while this thread's event loop keeps serving the simulated devices.

#include "common/error.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace hangar::bench {

struct ApiAccess
{
    std::uint16_t port = 0;
    std::string token;
};

/// GET /api/v1/health, the fields the bench reads.
struct HangardHealth
{
    std::int64_t devicesOnline = 0;
    std::int64_t devicesKnown = 0;
};

Expected<HangardHealth> fetchHealth(const ApiAccess& api);

/// POST /api/v1/credentials/import with a CSV body; the number imported.
Expected<std::int64_t> importCredentials(const ApiAccess& api, const std::string& csv);

struct ObserveOutcome
{
    std::size_t accepted = 0; ///< answered 200
    std::size_t failed = 0;
    std::string firstFailure;
    std::chrono::milliseconds took{0};
};

/// POST /api/v1/devices/{ep}/resources/{path}/observe?pmin=&pmax= for every endpoint, spread
/// over `connections` kept-alive connections.
ObserveOutcome observeAll(const ApiAccess& api, const std::vector<std::string>& endpoints, const std::string& path,
                          int pminSec, int pmaxSec, int connections);

} // namespace hangar::bench
