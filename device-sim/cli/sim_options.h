#pragma once

#include "fleet_spec.h"

#include <QStringList>

#include <chrono>
#include <optional>
#include <string>

namespace hangar::sim {

/// Exit codes of hangar-sim.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1; ///< the fleet could not start (DNS, open-file limit, sockets)
inline constexpr int kExitUsage = 2;   ///< bad flags or a malformed scenario file

/// What to run, from the command line.
struct SimOptions
{
    devicesim::FleetSpec spec;             ///< servers not resolved yet
    std::optional<std::string> credentialsOut;
    std::chrono::milliseconds statsInterval{5000};
    bool statsJson = false;
};

/// Run with options, or exit at once with exitCode (help, version, profile list, or an error
/// already printed to stderr).
struct ParsedCommandLine
{
    std::optional<SimOptions> options;
    int exitCode = kExitOk;
};

/// Parses hangar-sim's arguments (argv[0] first) and, with --scenario, reads the scenario.
/// Bad flags and malformed scenarios print a message to stderr and give kExitUsage.
ParsedCommandLine parseCommandLine(const QStringList& arguments);

} // namespace hangar::sim
