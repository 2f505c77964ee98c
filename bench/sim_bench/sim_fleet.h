#pragma once

// Driving the in-process Simulator for the bench: the fleets it runs, the wait for every
// device to register, and the clean stop.

#include "simulator.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace hangar::bench {

/// One group of `count` mixed-profile devices named `<name>-{n:05}`, all started at once,
/// registering with 127.0.0.1:`port` (coaps:// for PSK devices, whose keys are derived).
devicesim::FleetSpec benchFleet(const std::string& name, std::uint32_t count, devicesim::DeviceSecurity security,
                                std::uint16_t port);

/// The fleet's PSK credentials as the CSV `POST /api/v1/credentials/import` takes.
Expected<std::string> credentialCsv(const devicesim::FleetSpec& spec);

struct RegistrationOutcome
{
    std::string problem;                    ///< empty when start() succeeded
    bool allRegistered = false;
    std::chrono::milliseconds took{0};      ///< start() to the stats showing all registered
    devicesim::SimulatorStats stats;        ///< when the wait ended
};

/// Starts `spec` and runs the event loop until every device registered or `limit` passed.
RegistrationOutcome startAndRegister(devicesim::Simulator& simulator, devicesim::FleetSpec spec,
                                     std::chrono::milliseconds limit);

/// Stops the fleet (devices de-register within `limit`) and waits until it is gone; returns
/// the devices that de-registered.
std::uint64_t stopFleet(devicesim::Simulator& simulator, std::chrono::milliseconds limit);

/// The endpoints of the running fleet that are awake for requests at any time (queue-mode
/// devices sleep, and a server holds their requests until they wake).
std::vector<std::string> alwaysOnlineEndpoints(const devicesim::Simulator& simulator);

} // namespace hangar::bench
