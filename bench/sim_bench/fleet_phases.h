#pragma once

// The measured parts of the simulator bench, each adding its rows to the table: a fleet's
// registration (time, hangard's view, memory per device), idle CPU, and notification rate.

#include "hangard_api.h"
#include "result_table.h"

#include "simulator.h"

#include <sys/types.h>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace hangar::bench {

/// What every part needs: the simulator (on this thread), hangard's API and process.
struct BenchContext
{
    devicesim::Simulator& simulator;
    ApiAccess api;
    pid_t hangardPid = 0;
    ResultTable& table;
};

struct RegistrationGoal
{
    std::string label;                       ///< "plain" or "DTLS-PSK"
    std::optional<double> secondsPer10k;     ///< time target, scaled to the fleet size
    double memoryKibPerDevice = 0;           ///< memory target
    std::chrono::milliseconds limit{120'000}; ///< give up waiting after this
};

/// Starts `spec`, waits for every device to register (simulator stats, then hangard's health),
/// and reports time and resident-memory growth per device. True when all registered.
bool measureRegistration(BenchContext& bench, devicesim::FleetSpec spec, const RegistrationGoal& goal);

/// This process's CPU over `duration` with the fleet registered and nothing observed.
void measureIdleCpu(BenchContext& bench, const std::string& label, std::chrono::milliseconds duration);

/// hangard observes each of `paths` (pmin 0, pmax 1 s) on every always-awake device through
/// its REST API; then the simulator's notificationsSent is counted over `duration`.
void measureNotifications(BenchContext& bench, const std::vector<std::string>& paths,
                          std::chrono::milliseconds duration, int connections);

/// "[sim_bench] text" on stderr.
void progress(const std::string& text);

} // namespace hangar::bench
