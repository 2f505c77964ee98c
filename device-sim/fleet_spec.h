#pragma once

#include "device_config.h"
#include "faults/fault_settings.h"

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace hangar::devicesim {

/// An LwM2M server as a coap:// or coaps:// URI names it.
struct ServerAddress
{
    bool secure = false;       ///< coaps:// (DTLS) rather than coap://
    std::string host;          ///< as written: a name or a numeric address
    std::string address;       ///< numeric address; empty until resolved (see resolveServer)
    std::uint16_t port = 0;    ///< the URI's port, or 5683 / 5684 when it names none

    /// "coap://host:port" as given (for messages).
    std::string uri() const;
    bool operator==(const ServerAddress&) const = default;
};

/// Where the PSK of each device of a group comes from.
enum class KeySource : std::uint8_t {
    Derived = 1, ///< from the fleet seed and the endpoint name (repeatable, not secret)
    Shared,      ///< one key for every device of the group
    PerDevice,   ///< listed per endpoint name
};

/// How the devices of a group secure their link. PSK identities are the endpoint names.
struct SecuritySpec
{
    DeviceSecurity mode = DeviceSecurity::NoSec;
    KeySource keys = KeySource::Derived;
    std::vector<std::uint8_t> sharedKey;                          ///< KeySource::Shared
    std::map<std::string, std::vector<std::uint8_t>> deviceKeys; ///< KeySource::PerDevice
    bool operator==(const SecuritySpec&) const = default;
};

/// N devices of one profile that share a naming pattern, security, ramp and faults.
struct GroupSpec
{
    std::string name;
    std::string profile = "mixed"; ///< a built-in profile name or "mixed" (kMixedProfileName)
    std::uint32_t count = 0;
    /// Endpoint names: `{n}` is the 1-based index in the group, `{n:04}` zero-pads it to 4 digits.
    std::string endpointPattern;
    std::optional<ServerAddress> server; ///< overrides the fleet's server for this group
    SecuritySpec security;
    // Empty: the profile's own value.
    std::optional<std::uint32_t> lifetimeSec;
    std::optional<bool> queueMode;
    std::optional<std::chrono::milliseconds> awakeTime; ///< queue mode: awake time after an exchange
    std::string lwm2mVersion; ///< "1.0", "1.1" or "1.2" sent at Register; empty: the device default (1.1)
    /// Start ramp: devices started per second; 0 starts them all at once.
    double devicesPerSec = 0.0;
    FaultSettings faults;
    /// Send through a fault relay even while the network faults are clean, so that network
    /// faults can be switched on while running. A group with network faults always has one.
    bool relay = false;

    bool needsRelay() const { return relay || faults.network.any(); }
    bool operator==(const GroupSpec&) const = default;
};

/// A whole simulated fleet: what a scenario file or the hangar-sim flags describe.
struct FleetSpec
{
    std::optional<ServerAddress> server; ///< for every group that names none
    std::uint64_t seed = 1;               ///< makes a run repeatable (signals, derived keys)
    std::optional<std::chrono::seconds> duration; ///< empty: until stopped
    std::vector<GroupSpec> groups;
    std::string source; ///< the scenario file it came from, for messages; may be empty

    std::uint64_t deviceCount() const;
    bool operator==(const FleetSpec&) const = default;
};

} // namespace hangar::devicesim
