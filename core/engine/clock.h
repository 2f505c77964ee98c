#pragma once

#include <chrono>
#include <cstdint>

namespace hangar::engine {

/// Wall-clock milliseconds since the Unix epoch, for records and events.
inline std::int64_t wallClockMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

/// Monotonic milliseconds, for deadlines (immune to clock changes).
inline std::int64_t steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace hangar::engine
