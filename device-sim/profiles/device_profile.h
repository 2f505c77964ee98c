#pragma once

#include "device_config.h"
#include "signals/signal_spec.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace hangar::devicesim {

struct DeviceConfig;

/// One generated resource of a profile: every instance of `objectId` in
/// [instanceFrom, instanceTo] gets its `resourceId` from `signal`, seeded per instance.
struct LiveResource
{
    std::uint16_t objectId = 0;
    std::uint16_t resourceId = 0;
    SignalSpec signal;
    std::uint16_t instanceFrom = 0;
    std::uint16_t instanceTo = 0xffff;
    /// For a multiple resource: the resource instance this drives (/3/0/7/0); -1 for single.
    std::int32_t resourceInstance = -1;
    /// Optional gate (0: none): while the gate resource of the same instance number samples
    /// below 0.5, the value is `idleValue` (a pump that is off draws no power).
    std::uint16_t gateObjectId = 0;
    std::uint16_t gateResourceId = 0;
    double idleValue = 0.0;
};

/// A run of instances of one object and the fixed values they carry. For IPSO sensor objects
/// (57xx resources) units, range and application type; other objects take their own defaults.
struct InstanceGroup
{
    std::uint16_t objectId = 0;
    std::uint16_t count = 1;
    std::uint16_t firstInstance = 0;
    std::string_view units{};         ///< 5701
    double minRange = 0.0;            ///< 5603; equal to maxRange: not listed
    double maxRange = 0.0;            ///< 5604
    std::string_view applicationType{}; ///< 5750; "{n}" becomes the instance id + 1
};

/// How a device is powered: decides /3/0/6..9 and /3/0/20.
enum class PowerSupply : std::uint8_t {
    Mains = 1,   ///< AC with a backup battery
    Battery = 2, ///< internal battery only; /3/0/9 drains
};

/// Connectivity Monitoring (/4/0) facts of a profile; its live values (signal strength, link
/// quality, utilisation) are LiveResources like any other.
struct NetworkProfile
{
    std::int64_t bearer = 41; ///< /4/0/0: 6 LTE-FDD, 21 WLAN, 41 Ethernet
    bool cellular = false;    ///< APN, cell id, MNC and MCC are listed
};

/// A kind of simulated device: its objects, generated values and defaults. Shared, immutable,
/// static lifetime: devices hold a pointer, so 10,000 devices pay for it once.
struct DeviceProfile
{
    std::string name;        ///< "temperature-humidity", "pump-controller", ...
    std::string description; ///< one line for `hangar-sim --list-profiles`

    std::string manufacturer;    ///< /3/0/0
    std::string model;           ///< /3/0/1 unless the config names one
    std::string deviceType;      ///< /3/0/17
    std::string hardwareVersion; ///< /3/0/18
    std::string firmwareVersion; ///< /3/0/3 unless the config names one
    std::string serialPrefix;    ///< /3/0/2 is the prefix and digits from the device seed
    PowerSupply power = PowerSupply::Mains;
    std::int64_t memoryTotalKb = 1024;
    NetworkProfile network;

    std::uint32_t lifetimeSec = 300;
    bool queueMode = false;
    std::chrono::milliseconds wakeInterval{0}; ///< queue mode: wakes this long after falling asleep
    std::chrono::milliseconds awakeTime = kSpecAwakeTime; ///< queue mode: awake after an exchange

    std::vector<InstanceGroup> instances;
    std::vector<LiveResource> live; ///< includes Device and Connectivity values (battery, signal)
};

/// The name of the mixed plant fleet (the CLI default); not a profile of its own.
inline constexpr std::string_view kMixedProfileName = "mixed";

/// The built-in profiles in a stable order.
const std::vector<const DeviceProfile*>& builtinProfiles();

/// The built-in profile called `name`; nullptr when unknown (also for "mixed").
const DeviceProfile* findProfile(std::string_view name);

/// The profile of device `deviceIndex` in a mixed plant fleet: deterministic, and every 100
/// consecutive indices hold 60 temperature-humidity sensors, 14 pump controllers, 12 energy
/// meters, 10 asset trackers and 4 gateways, interleaved.
const DeviceProfile& mixedPlantProfile(std::uint64_t deviceIndex);

/// Makes `config` a device of `profile`: sets config.profile and takes the profile's lifetime,
/// queue mode, wake interval and awake time (change them afterwards to override).
void applyProfile(DeviceConfig& config, const DeviceProfile& profile);

} // namespace hangar::devicesim
