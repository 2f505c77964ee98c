#pragma once

#include "device_config.h"
#include "object_store.h"
#include "profiles/device_profile.h"

#include <cstdint>

namespace hangar::devicesim {

/// Object and resource ids the simulator gives behaviour to.
namespace ids {
inline constexpr std::uint16_t kSecurity = 0;
inline constexpr std::uint16_t kServer = 1;
inline constexpr std::uint16_t kDevice = 3;
inline constexpr std::uint16_t kConnectivityMonitoring = 4;
inline constexpr std::uint16_t kFirmwareUpdate = 5;
inline constexpr std::uint16_t kLocation = 6;
inline constexpr std::uint16_t kDigitalInput = 3200;
inline constexpr std::uint16_t kDigitalOutput = 3201;
inline constexpr std::uint16_t kTemperature = 3303;

inline constexpr std::uint16_t kServerShortId = 0;
inline constexpr std::uint16_t kServerLifetime = 1;
inline constexpr std::uint16_t kServerDefaultPmin = 2;
inline constexpr std::uint16_t kServerDefaultPmax = 3;
inline constexpr std::uint16_t kServerDisable = 4;
inline constexpr std::uint16_t kServerBinding = 7;
inline constexpr std::uint16_t kServerUpdateTrigger = 8;

inline constexpr std::uint16_t kDeviceReboot = 4;
inline constexpr std::uint16_t kDeviceFactoryReset = 5;
inline constexpr std::uint16_t kDevicePowerVoltage = 7;
inline constexpr std::uint16_t kDevicePowerCurrent = 8;
inline constexpr std::uint16_t kDeviceBatteryLevel = 9;
inline constexpr std::uint16_t kDeviceMemoryFree = 10;
inline constexpr std::uint16_t kDeviceErrorCode = 11;
inline constexpr std::uint16_t kDeviceResetErrorCode = 12;
inline constexpr std::uint16_t kDeviceCurrentTime = 13;
inline constexpr std::uint16_t kDeviceBatteryStatus = 20;

inline constexpr std::uint16_t kDigitalInputState = 5500;
inline constexpr std::uint16_t kDigitalInputCounter = 5501;
inline constexpr std::uint16_t kDigitalOutputState = 5550;

inline constexpr std::uint16_t kSensorValue = 5700;
inline constexpr std::uint16_t kSensorUnits = 5701;
inline constexpr std::uint16_t kSensorMinMeasured = 5601;
inline constexpr std::uint16_t kSensorMaxMeasured = 5602;
inline constexpr std::uint16_t kSensorMinRange = 5603;
inline constexpr std::uint16_t kSensorMaxRange = 5604;
inline constexpr std::uint16_t kSensorResetMinMax = 5605;
inline constexpr std::uint16_t kSensorApplicationType = 5750;
} // namespace ids

/// The LwM2M binding of a config ("U"; queue mode is the separate Q parameter in LwM2M 1.1).
std::string bindingOf(const DeviceConfig& config);

/// Fills a fresh store with Security (0/0), Server (1/0), Device (3/0) and
/// config.temperatureSensors instances of Temperature (3303), every value per the models.
/// The device of a config without a profile.
void buildDefaultObjects(ObjectStore& store, const DeviceConfig& config);

/// The Security (0/0) and Server (1/0) instances of the one server in `config`.
void buildSecurityObject(ObjectStore& store, const DeviceConfig& config);
void buildServerObject(ObjectStore& store, const DeviceConfig& config);

/// Firmware Update (5/0) at rest: state Idle, result Initial, no package; pull and push.
void buildFirmwareUpdateObject(ObjectStore& store);

/// /3/0/1 and /3/0/3 of a config: its own text, else the profile's, else the plain device's.
std::string modelOf(const DeviceConfig& config);
std::string firmwareVersionOf(const DeviceConfig& config);

/// The live values of a device without a profile: a sine on every Temperature instance.
const std::vector<LiveResource>& plainLiveResources();

/// Fills the resources of a Temperature instance that a Create left out; `reading` starts the
/// sensor value and the measured minimum and maximum.
void completeTemperatureInstance(ObjectStore& store, std::uint16_t instanceId, double reading);

} // namespace hangar::devicesim
