#pragma once

#include <QByteArray>
#include <QMetaType>

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace hangar::devicesim {

/// Counts over a set of simulated devices (a group or the whole fleet).
struct FleetCounts
{
    std::uint64_t devices = 0;    ///< in the set
    std::uint64_t started = 0;    ///< started by the ramp so far
    std::uint64_t registered = 0; ///< registered at least once since the start
    std::uint64_t online = 0;     ///< holding a registration now (awake or queue-mode asleep)
    std::uint64_t requestsServed = 0;    ///< server requests answered (any code)
    std::uint64_t notificationsSent = 0;
    /// Confirmable plain-CoAP messages sent again (both directions), as seen by the group's
    /// fault relay; groups without a relay count none.
    std::uint64_t retransmissions = 0;
    std::uint64_t errors = 0; ///< failed registration exchanges (Register, Update, timeouts)
    std::uint64_t deregistered = 0; ///< successful De-registers
    /// Registers refused for their LwM2M version and sent again as an older one (1.2 -> 1.1 -> 1.0)
    std::uint64_t versionFallbacks = 0;

    FleetCounts& operator+=(const FleetCounts& other);
    bool operator==(const FleetCounts&) const = default;
};

struct GroupStats
{
    std::string name;
    FleetCounts counts;
    bool operator==(const GroupStats&) const = default;
};

/// A snapshot of a running simulator.
struct SimulatorStats
{
    std::chrono::milliseconds elapsed{0}; ///< since the fleet started
    FleetCounts total;
    std::vector<GroupStats> groups; ///< in the order of the spec
    bool operator==(const SimulatorStats&) const = default;
};

/// One human line: "[12.0s] 480/500 registered, 478 online, 1200 requests served, ...", ending
/// in ", N version fallbacks" once a device stepped down to an older LwM2M version.
std::string formatStatsLine(const SimulatorStats& stats);

/// One compact JSON object (no newline) with elapsedSec, devices, started, registered, online,
/// requestsServed, notificationsSent, retransmissions, errors, deregistered, versionFallbacks,
/// and "groups": [{"name", ...}];
/// `final` adds "final": true.
QByteArray statsJson(const SimulatorStats& stats, bool final = false);

} // namespace hangar::devicesim

Q_DECLARE_METATYPE(hangar::devicesim::SimulatorStats)
