#pragma once

#include "scenario/server_uri.h"
#include "simulator.h"

#include "event_loop_wait.h"

#include <cstdint>
#include <string>

namespace hangar::app::test {

/// `count` simulated devices of one profile named "sim-<name>-001"…, with a 60 s lifetime,
/// registering with plain CoAP on 127.0.0.1:`coapPort`.
inline devicesim::FleetSpec oneGroupFleet(std::uint16_t coapPort, const std::string& name, const std::string& profile,
                                          std::uint32_t count)
{
    devicesim::FleetSpec spec;
    spec.server = devicesim::parseServerUri("coap://127.0.0.1:" + std::to_string(coapPort)).value();
    devicesim::GroupSpec group;
    group.name = name;
    group.profile = profile;
    group.count = count;
    group.endpointPattern = "sim-" + name + "-{n:03}";
    group.lifetimeSec = 60;
    spec.groups.push_back(group);
    return spec;
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
