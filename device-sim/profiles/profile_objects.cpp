#include "profiles/profile_objects.h"

#include "device_objects.h"
#include "signals/seeded_noise.h"

#include <cstdio>

namespace hangar::devicesim {

using lwm2m::LwM2mPath;
using lwm2m::Value;

namespace {

constexpr std::int64_t kLowBatteryPercent = 15;
constexpr std::int64_t kBatteryNormal = 0;
constexpr std::int64_t kBatteryLow = 4;

// /3/0/6 Available Power Sources.
constexpr std::int64_t kPowerInternalBattery = 1;
constexpr std::int64_t kPowerAc = 6;

constexpr std::uint64_t kSerialSalt = 0x73657269;
constexpr std::uint64_t kAddressSalt = 0x61646472;
constexpr std::uint64_t kCellSalt = 0x63656c6c;

std::string serialNumber(const DeviceProfile& profile, std::uint64_t seed)
{
    char digits[16];
    std::snprintf(digits, sizeof digits, "%08llu",
                  static_cast<unsigned long long>(mixBits(seed ^ kSerialSalt) % 100000000ULL));
    return profile.serialPrefix + digits;
}

std::string applicationTypeOf(std::string_view pattern, std::uint16_t instanceId)
{
    std::string text(pattern);
    if (const auto at = text.find("{n}"); at != std::string::npos)
        text.replace(at, 3, std::to_string(instanceId + 1));
    return text;
}

void setDefault(ObjectStore& store, const LwM2mPath& path, Value value)
{
    if (store.value(path) == nullptr)
        store.set(path, std::move(value));
}

void buildDevice(ObjectStore& store, const DeviceConfig& config, const DeviceProfile& profile, std::uint64_t seed)
{
    using namespace ids;
    const auto at = [](std::uint16_t resource) { return LwM2mPath(kDevice, 0, resource); };
    const bool battery = profile.power == PowerSupply::Battery;
    store.set(at(0), Value::string(profile.manufacturer));
    store.set(at(1), Value::string(modelOf(config)));
    store.set(at(2), Value::string(serialNumber(profile, seed)));
    store.set(at(3), Value::string(firmwareVersionOf(config)));
    store.addExecutable(at(kDeviceReboot));
    store.addExecutable(at(kDeviceFactoryReset));
    if (battery) {
        store.setMultiple(at(6), {Value::integer(kPowerInternalBattery)});
        store.setMultiple(at(kDevicePowerVoltage), {Value::integer(3600)});
        store.setMultiple(at(kDevicePowerCurrent), {Value::integer(14)});
    } else {
        store.setMultiple(at(6), {Value::integer(kPowerAc), Value::integer(kPowerInternalBattery)});
        store.setMultiple(at(kDevicePowerVoltage), {Value::integer(230000), Value::integer(3650)});
        store.setMultiple(at(kDevicePowerCurrent), {Value::integer(180), Value::integer(0)});
    }
    store.set(at(kDeviceBatteryLevel), Value::integer(100));
    store.set(at(kDeviceMemoryFree), Value::integer(profile.memoryTotalKb / 2));
    store.setMultiple(at(kDeviceErrorCode), {Value::integer(0)});
    store.addExecutable(at(kDeviceResetErrorCode));
    store.set(at(kDeviceCurrentTime), Value::time(0)); // kept live by the device
    store.set(at(14), Value::string("+00:00"));
    store.set(at(15), Value::string("Etc/UTC"));
    store.set(at(16), Value::string(config.queueMode ? "UQ" : "U"));
    store.set(at(17), Value::string(profile.deviceType));
    store.set(at(18), Value::string(profile.hardwareVersion));
    store.set(at(19), Value::string(firmwareVersionOf(config)));
    store.set(at(kDeviceBatteryStatus), Value::integer(kBatteryNormal));
    store.set(at(21), Value::integer(profile.memoryTotalKb));
}

void buildConnectivity(ObjectStore& store, const DeviceProfile& profile, std::uint64_t seed)
{
    const auto at = [](std::uint16_t resource) { return LwM2mPath(ids::kConnectivityMonitoring, 0, resource); };
    const std::uint64_t bits = mixBits(seed ^ kAddressSalt);
    const std::string subnet = "10." + std::to_string(16 + bits % 16) + "." + std::to_string((bits >> 8) % 256) + ".";
    store.set(at(0), Value::integer(profile.network.bearer));
    store.setMultiple(at(1), {Value::integer(profile.network.bearer)});
    store.set(at(2), Value::integer(profile.network.bearer >= 41 ? 0 : -70));
    store.set(at(3), Value::integer(100));
    store.setMultiple(at(4), {Value::string(subnet + std::to_string(2 + (bits >> 16) % 250))});
    store.setMultiple(at(5), {Value::string(subnet + "1")});
    store.set(at(6), Value::integer(3));
    if (profile.network.cellular) {
        store.setMultiple(at(7), {Value::string("iot.plant")});
        store.set(at(8), Value::integer(static_cast<std::int64_t>(20000 + mixBits(seed ^ kCellSalt) % 40000)));
        store.set(at(9), Value::integer(1));   // SMNC
        store.set(at(10), Value::integer(262)); // SMCC
    }
}

void completeSensor(ObjectStore& store, const InstanceGroup& group, std::uint16_t instanceId)
{
    using namespace ids;
    const auto at = [&](std::uint16_t resource) { return LwM2mPath(group.objectId, instanceId, resource); };
    const auto* models = &store.registry();
    const auto defines = [&](std::uint16_t resource) { return models->resource(group.objectId, resource) != nullptr; };
    // Sensor Value (5700) comes from the live values; Min/Max Measured start from it.
    if (!group.units.empty() && defines(kSensorUnits))
        setDefault(store, at(kSensorUnits), Value::string(std::string(group.units)));
    if (group.maxRange > group.minRange && defines(kSensorMinRange)) {
        setDefault(store, at(kSensorMinRange), Value::floating(group.minRange));
        setDefault(store, at(kSensorMaxRange), Value::floating(group.maxRange));
    }
    // Reset Cumulative energy (3331/5822) stays out: the counter is a pure function of time.
    if (defines(kSensorResetMinMax))
        store.addExecutable(at(kSensorResetMinMax));
}

void completeDigitalInput(ObjectStore& store, std::uint16_t instanceId)
{
    const auto at = [instanceId](std::uint16_t resource) { return LwM2mPath(ids::kDigitalInput, instanceId, resource); };
    setDefault(store, at(ids::kDigitalInputState), Value::boolean(false));
    setDefault(store, at(ids::kDigitalInputCounter), Value::integer(0));
    setDefault(store, at(5502), Value::boolean(false)); // polarity: normal
    setDefault(store, at(5503), Value::integer(50));    // debounce, ms
}

void completeDigitalOutput(ObjectStore& store, std::uint16_t instanceId)
{
    const auto at = [instanceId](std::uint16_t resource) { return LwM2mPath(ids::kDigitalOutput, instanceId, resource); };
    setDefault(store, at(ids::kDigitalOutputState), Value::boolean(false));
    setDefault(store, at(5551), Value::boolean(false)); // polarity: normal
}

void completeInstance(ObjectStore& store, const InstanceGroup& group, std::uint16_t instanceId)
{
    store.addInstance(group.objectId, instanceId);
    if (group.objectId == ids::kDigitalInput)
        completeDigitalInput(store, instanceId);
    else if (group.objectId == ids::kDigitalOutput)
        completeDigitalOutput(store, instanceId);
    else
        completeSensor(store, group, instanceId);
    if (!group.applicationType.empty() && store.registry().resource(group.objectId, ids::kSensorApplicationType) != nullptr)
        setDefault(store, LwM2mPath(group.objectId, instanceId, ids::kSensorApplicationType),
                   Value::string(applicationTypeOf(group.applicationType, instanceId)));
}

} // namespace

void buildProfileObjects(ObjectStore& store, const DeviceConfig& config, const DeviceProfile& profile, std::uint64_t seed)
{
    store.clear();
    buildSecurityObject(store, config);
    buildServerObject(store, config);
    buildDevice(store, config, profile, seed);
    buildConnectivity(store, profile, seed);
    buildFirmwareUpdateObject(store);
    for (const InstanceGroup& group : profile.instances)
        for (std::uint16_t i = 0; i < group.count; ++i)
            completeInstance(store, group, static_cast<std::uint16_t>(group.firstInstance + i));
}

void completeProfileInstance(ObjectStore& store, const DeviceProfile& profile, std::uint16_t objectId,
                             std::uint16_t instanceId)
{
    for (const InstanceGroup& group : profile.instances)
        if (group.objectId == objectId) {
            completeInstance(store, group, instanceId);
            return;
        }
    InstanceGroup bare;
    bare.objectId = objectId;
    completeInstance(store, bare, instanceId);
}

void refreshDerivedValues(ObjectStore& store)
{
    const LwM2mPath statusPath(ids::kDevice, 0, ids::kDeviceBatteryStatus);
    const auto* level = store.value(LwM2mPath(ids::kDevice, 0, ids::kDeviceBatteryLevel));
    if (level == nullptr || store.value(statusPath) == nullptr)
        return;
    store.set(statusPath, Value::integer(level->asInteger() <= kLowBatteryPercent ? kBatteryLow : kBatteryNormal));
}

} // namespace hangar::devicesim
