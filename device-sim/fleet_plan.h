#pragma once

#include "device_config.h"
#include "fleet_credentials.h"
#include "fleet_spec.h"

#include "common/error.h"

#include <cstdint>
#include <string>
#include <vector>

namespace hangar::devicesim {

/// One device a fleet spec asks for.
struct PlannedDevice
{
    std::string endpoint;
    std::uint32_t group = 0; ///< index into FleetSpec::groups
    std::uint32_t index = 0; ///< 1-based number within its group ({n} of the pattern)
    std::vector<std::uint8_t> pskKey; ///< empty for NoSec devices
};

/// Checks everything about a spec that does not need the network: group names, counts,
/// endpoint patterns, profiles, that endpoint names are unique across the fleet, that PSK
/// groups talk to a coaps:// server and NoSec groups to a coap:// one, that listed keys cover
/// the group. Every failure starts with the JSON path of the field ("groups[1].endpoint: ...").
/// Without `requireServer` a fleet with no server passes (a command line may name it later).
Expected<void> validateFleet(const FleetSpec& spec, bool requireServer);

/// Validates (with a server) and names every device of the fleet, group by group.
Expected<std::vector<PlannedDevice>> planFleet(const FleetSpec& spec);

/// The server a group's devices register with (the group's own, else the fleet's); the spec
/// must have passed validateFleet with a server.
const ServerAddress& groupServer(const FleetSpec& spec, const GroupSpec& group);

/// The device configuration of a planned device: endpoint, profile ("mixed" picks by its
/// number), security, lifetime, queue mode, device faults and a seed from the fleet seed and
/// the endpoint. It registers with `host`:`port` (numeric), which is the group's server or its
/// fault relay.
DeviceConfig deviceConfigFor(const FleetSpec& spec, const PlannedDevice& device, const std::string& host,
                             std::uint16_t port);

/// The PSK credentials of the fleet's PSK devices, in plan order.
std::vector<DeviceCredential> fleetCredentials(const FleetSpec& spec, const std::vector<PlannedDevice>& devices);

} // namespace hangar::devicesim
