#pragma once

#include "common/error.h"
#include "fleet_spec.h"
#include "store/store_records.h"

#include <cstdint>
#include <string>
#include <vector>

namespace hangar::app {

/// Where a fleet started from the GUI registers.
struct FleetTarget
{
    enum class Kind : std::uint8_t {
        EmbeddedEngine = 1, ///< the engine inside the app, on 127.0.0.1
        OtherServer,        ///< any LwM2M server named by `uri`
        ScenarioServers,    ///< the servers the scenario file names, unchanged
    };
    Kind kind = Kind::EmbeddedEngine;
    std::uint16_t coapPort = 0;  ///< the embedded engine's plain CoAP port (0: off)
    std::uint16_t coapsPort = 0; ///< the embedded engine's DTLS port (0: off)
    std::string uri;             ///< OtherServer: coap://HOST[:PORT] or coaps://HOST[:PORT]
};

/// A fleet of one built-in profile, as the simulator panel's controls describe it.
struct ProfileFleetOptions
{
    std::string profile = "mixed";
    std::uint32_t count = 20;
    std::string endpointPrefix = "sim";
    double devicesPerSec = 0.0; ///< 0: all at once
    bool psk = false;           ///< DTLS-PSK with keys derived from the seed and endpoint name
    std::uint64_t seed = 1;
};

/// One group named after the prefix, endpoints `<prefix>-0001`..., with a fault relay so that
/// network faults can be switched on while it runs. The server is left to applyTarget().
devicesim::FleetSpec profileFleet(const ProfileFleetOptions& options);

/// Gives every group a fault relay, so that the panel can change network faults while running.
void enableLiveFaults(devicesim::FleetSpec& spec);

/// Points the fleet at `target`. Embedded engine: NoSec groups at coap://127.0.0.1:coapPort,
/// PSK groups at coaps://127.0.0.1:coapsPort (fails when that endpoint is off). Other server:
/// it becomes the fleet's server; groups naming their own server of the same scheme follow it,
/// groups on the other scheme keep scheme and port but move to its host. Scenario servers:
/// nothing changes. Fails with InvalidArgument naming what is wrong.
Expected<void> applyTarget(devicesim::FleetSpec& spec, const FleetTarget& target);

/// The credentials a server needs for the fleet's PSK devices (empty for a NoSec fleet), in
/// the form Engine::importCredentials takes. Fails like devicesim::planFleet.
Expected<std::vector<store::Credential>> engineCredentials(const devicesim::FleetSpec& spec);

} // namespace hangar::app
