#pragma once

#include "scenario/server_uri.h"
#include "simulator.h"

#include "event_loop_wait.h"

#include <cstdint>
#include <string>
#include <vector>

namespace hangar::app::test {

struct FleetGroup
{
    std::string name;
    std::string profile;
    std::uint32_t count = 0;
};

/// Per group, `count` simulated devices of its profile named "sim-<name>-001"…, with a 60 s
/// lifetime, registering with plain CoAP on 127.0.0.1:`coapPort`.
inline devicesim::FleetSpec simulatedFleet(std::uint16_t coapPort, const std::vector<FleetGroup>& groups)
{
    devicesim::FleetSpec spec;
    spec.server = devicesim::parseServerUri("coap://127.0.0.1:" + std::to_string(coapPort)).value();
    for (const FleetGroup& wanted : groups) {
        devicesim::GroupSpec group;
        group.name = wanted.name;
        group.profile = wanted.profile;
        group.count = wanted.count;
        group.endpointPattern = "sim-" + wanted.name + "-{n:03}";
        group.lifetimeSec = 60;
        spec.groups.push_back(group);
    }
    return spec;
}

inline devicesim::FleetSpec oneGroupFleet(std::uint16_t coapPort, const std::string& name, const std::string& profile,
                                          std::uint32_t count)
{
    return simulatedFleet(coapPort, {{name, profile, count}});
}

/// Stops the simulator and waits (bounded) until its devices have de-registered; false if not.
inline bool stopSimulator(devicesim::Simulator& simulator)
{
    bool stopped = false;
    QObject::connect(&simulator, &devicesim::Simulator::stopped, &simulator, [&] { stopped = true; });
    simulator.stop();
    return hangar::test::waitFor([&] { return stopped; }, std::chrono::milliseconds(8000));
}

} // namespace hangar::app::test
