// The built-in plant profiles. Numbers are chosen to look like a real plant: a process hall at
// 21 °C warming in the afternoon, 400 V pumps drawing about 11 kW while they run, a feeder
// meter at 45 kW on average, trucks doing 15 km/h round the yard.
#include "profiles/builtin_profiles.h"

#include "device_objects.h"

#include <array>

namespace hangar::devicesim {

namespace {

using std::chrono::milliseconds;

constexpr double kHourSec = 3600.0;
constexpr double kAfternoonSec = 15 * kHourSec; ///< time of day (UTC) of the daily maximum
constexpr double kMiddaySec = 13 * kHourSec;

// Object and resource ids used only here.
constexpr std::uint16_t kHumidity = 3304;
constexpr std::uint16_t kVoltage = 3316;
constexpr std::uint16_t kCurrent = 3317;
constexpr std::uint16_t kPressure = 3323;
constexpr std::uint16_t kPower = 3328;
constexpr std::uint16_t kEnergy = 3331;
constexpr std::uint16_t kConnectivity = 4;
constexpr std::uint16_t kLocation = 6;

LiveResource live(std::uint16_t objectId, std::uint16_t resourceId, SignalSpec signal)
{
    LiveResource resource;
    resource.objectId = objectId;
    resource.resourceId = resourceId;
    resource.signal = signal;
    return resource;
}

LiveResource liveInstance(std::uint16_t objectId, std::uint16_t instanceId, std::uint16_t resourceId, SignalSpec signal)
{
    LiveResource resource = live(objectId, resourceId, signal);
    resource.instanceFrom = instanceId;
    resource.instanceTo = instanceId;
    return resource;
}

LiveResource liveGated(std::uint16_t objectId, SignalSpec signal, double idleValue)
{
    LiveResource resource = live(objectId, ids::kSensorValue, signal);
    resource.gateObjectId = ids::kDigitalInput;
    resource.gateResourceId = ids::kDigitalInputState;
    resource.idleValue = idleValue;
    return resource;
}

LiveResource liveMultiple(std::uint16_t objectId, std::uint16_t resourceId, std::int32_t resourceInstance,
                          SignalSpec signal)
{
    LiveResource resource = live(objectId, resourceId, signal);
    resource.resourceInstance = resourceInstance;
    return resource;
}

/// Battery, supply and memory values of the Device object.
void addDeviceLive(DeviceProfile& profile, double batteryPercentPerHour)
{
    const double memory = static_cast<double>(profile.memoryTotalKb);
    profile.live.push_back(live(ids::kDevice, ids::kDeviceMemoryFree,
                                {.kind = SignalKind::RandomWalk, .base = memory * 0.55, .amplitude = memory * 0.15,
                                 .periodSec = 1200, .noise = memory * 0.005, .spread = memory * 0.1,
                                 .minimum = 0, .maximum = memory, .decimals = 0}));
    if (profile.power == PowerSupply::Battery) {
        profile.live.push_back(live(ids::kDevice, ids::kDeviceBatteryLevel,
                                    {.kind = SignalKind::BatteryDrain, .base = 100, .rate = batteryPercentPerHour / kHourSec,
                                     .spread = 50, .minimum = 5, .maximum = 100, .decimals = 0}));
        profile.live.push_back(liveMultiple(ids::kDevice, ids::kDevicePowerVoltage, 0,
                                            {.kind = SignalKind::RandomWalk, .base = 3600, .amplitude = 150,
                                             .periodSec = 1800, .noise = 4, .minimum = 3000, .maximum = 4200,
                                             .decimals = 0}));
        profile.live.push_back(liveMultiple(ids::kDevice, ids::kDevicePowerCurrent, 0,
                                            {.kind = SignalKind::RandomWalk, .base = 14, .amplitude = 9, .periodSec = 60,
                                             .noise = 2, .minimum = 1, .maximum = 300, .decimals = 0}));
    } else {
        // The backup battery stays charged: it only wobbles a little.
        profile.live.push_back(live(ids::kDevice, ids::kDeviceBatteryLevel,
                                    {.kind = SignalKind::RandomWalk, .base = 97, .amplitude = 3, .periodSec = 7200,
                                     .minimum = 90, .maximum = 100, .decimals = 0}));
        profile.live.push_back(liveMultiple(ids::kDevice, ids::kDevicePowerVoltage, 0,
                                            {.kind = SignalKind::RandomWalk, .base = 230000, .amplitude = 3500,
                                             .periodSec = 600, .noise = 300, .minimum = 207000, .maximum = 253000,
                                             .decimals = 0}));
        profile.live.push_back(liveMultiple(ids::kDevice, ids::kDevicePowerCurrent, 0,
                                            {.kind = SignalKind::RandomWalk, .base = 180, .amplitude = 40, .periodSec = 300,
                                             .noise = 5, .minimum = 20, .maximum = 2000, .decimals = 0}));
    }
}

/// Signal strength, link quality and utilisation of the Connectivity Monitoring object.
void addNetworkLive(DeviceProfile& profile)
{
    const bool wired = profile.network.bearer >= 41;
    const bool cellular = profile.network.cellular;
    const SignalSpec strength = wired ? SignalSpec{.kind = SignalKind::Constant, .decimals = 0}
                                      : SignalSpec{.kind = SignalKind::RandomWalk, .base = cellular ? -92.0 : -61.0,
                                                   .amplitude = 8, .periodSec = 300, .noise = 2, .spread = 10,
                                                   .minimum = -120, .maximum = -35, .decimals = 0};
    profile.live.push_back(live(kConnectivity, 2, strength));
    profile.live.push_back(live(kConnectivity, 3,
                                {.kind = wired ? SignalKind::Constant : SignalKind::RandomWalk,
                                 .base = wired ? 100.0 : 70.0, .amplitude = 15, .periodSec = 300, .spread = wired ? 0.0 : 10.0,
                                 .minimum = 0, .maximum = 100, .decimals = 0}));
    profile.live.push_back(live(kConnectivity, 6,
                                {.kind = SignalKind::RandomWalk, .base = 4, .amplitude = 3, .periodSec = 120, .noise = 1,
                                 .minimum = 0, .maximum = 100, .decimals = 0}));
}

void finish(DeviceProfile& profile, double batteryPercentPerHour)
{
    addDeviceLive(profile, batteryPercentPerHour);
    addNetworkLive(profile);
}

} // namespace

const DeviceProfile& temperatureHumidityProfile()
{
    static const DeviceProfile profile = [] {
        DeviceProfile p;
        p.name = "temperature-humidity";
        p.description = "battery temperature and humidity sensor on WLAN (3303, 3304)";
        p.manufacturer = "Hangar Instruments";
        p.model = "HT-210";
        p.deviceType = "temperature/humidity sensor";
        p.hardwareVersion = "B2";
        p.firmwareVersion = "3.2.1";
        p.serialPrefix = "HT210-";
        p.power = PowerSupply::Battery;
        p.memoryTotalKb = 256;
        p.network = {.bearer = 21, .cellular = false};
        p.lifetimeSec = 300;
        p.instances = {
            {.objectId = ids::kTemperature, .units = "Cel", .minRange = -40, .maxRange = 85, .applicationType = "process hall"},
            {.objectId = kHumidity, .units = "%RH", .minRange = 0, .maxRange = 100, .applicationType = "process hall"},
        };
        p.live = {
            live(ids::kTemperature, ids::kSensorValue,
                 {.kind = SignalKind::DailyCycle, .base = 21, .amplitude = 2.5, .phaseSec = kAfternoonSec, .noise = 0.05,
                  .wander = 1.5, .spread = 2, .minimum = -40, .maximum = 85, .decimals = 2}),
            // Relative humidity falls as the hall warms up.
            live(kHumidity, ids::kSensorValue,
                 {.kind = SignalKind::DailyCycle, .base = 48, .amplitude = -7, .phaseSec = kAfternoonSec, .noise = 0.2,
                  .wander = 5, .spread = 6, .minimum = 0, .maximum = 100, .decimals = 1}),
        };
        finish(p, 0.125);
        return p;
    }();
    return profile;
}

const DeviceProfile& pumpControllerProfile()
{
    static const DeviceProfile profile = [] {
        DeviceProfile p;
        p.name = "pump-controller";
        p.description = "mains pump controller: pressure, voltage, current, power, digital in/out (3323, 3316, 3317, 3328, 3200, 3201)";
        p.manufacturer = "Hangar Flow";
        p.model = "PC-400";
        p.deviceType = "pump controller";
        p.hardwareVersion = "C1";
        p.firmwareVersion = "5.0.3";
        p.serialPrefix = "PC400-";
        p.power = PowerSupply::Mains;
        p.memoryTotalKb = 2048;
        p.network = {.bearer = 41, .cellular = false};
        p.lifetimeSec = 300;
        p.instances = {
            {.objectId = kPressure, .units = "bar", .minRange = 0, .maxRange = 16, .applicationType = "discharge pressure"},
            {.objectId = kVoltage, .units = "V", .minRange = 0, .maxRange = 500, .applicationType = "supply voltage"},
            {.objectId = kCurrent, .units = "A", .minRange = 0, .maxRange = 63, .applicationType = "motor current"},
            {.objectId = kPower, .units = "W", .minRange = 0, .maxRange = 30000, .applicationType = "motor power"},
            {.objectId = ids::kDigitalInput, .applicationType = "pump running"},
            {.objectId = ids::kDigitalInput, .firstInstance = 1, .applicationType = "dry-run alarm"},
            {.objectId = ids::kDigitalOutput, .applicationType = "pump enable"},
            {.objectId = ids::kDigitalOutput, .firstInstance = 1, .applicationType = "flush valve"},
        };
        // Pressure, current and power follow "pump running" (/3200/0/5500).
        p.live = {
            liveGated(kPressure, {.kind = SignalKind::Sine, .base = 5.2, .amplitude = 0.4, .periodSec = 300, .noise = 0.05,
                                  .wander = 0.3, .spread = 0.8, .minimum = 0, .maximum = 16, .decimals = 2},
                      0.3),
            live(kVoltage, ids::kSensorValue,
                 {.kind = SignalKind::RandomWalk, .base = 400, .amplitude = 6, .periodSec = 600, .noise = 0.4, .spread = 4,
                  .minimum = 0, .maximum = 500, .decimals = 1}),
            liveGated(kCurrent, {.kind = SignalKind::Sine, .base = 21, .amplitude = 1.5, .periodSec = 300, .noise = 0.3,
                                 .wander = 1.2, .spread = 3, .minimum = 0, .maximum = 63, .decimals = 2},
                      0.1),
            liveGated(kPower, {.kind = SignalKind::Sine, .base = 11500, .amplitude = 600, .periodSec = 300, .noise = 80,
                               .wander = 500, .spread = 1500, .minimum = 0, .maximum = 30000, .decimals = 0},
                      15),
            liveInstance(ids::kDigitalInput, 0, ids::kDigitalInputState,
                         {.kind = SignalKind::Steps, .amplitude = 1, .periodSec = 600, .duty = 0.75, .decimals = 0}),
            liveInstance(ids::kDigitalInput, 0, ids::kDigitalInputCounter,
                         {.kind = SignalKind::Counter, .periodSec = 3600, .rate = 1.0 / 900, .spread = 4000, .decimals = 0}),
            liveInstance(ids::kDigitalInput, 1, ids::kDigitalInputState,
                         {.kind = SignalKind::Steps, .amplitude = 1, .periodSec = 1800, .duty = 0.03, .decimals = 0}),
            liveInstance(ids::kDigitalInput, 1, ids::kDigitalInputCounter,
                         {.kind = SignalKind::Counter, .periodSec = 86400, .rate = 1.0 / 43200, .spread = 20, .decimals = 0}),
        };
        finish(p, 0.0);
        return p;
    }();
    return profile;
}

const DeviceProfile& energyMeterProfile()
{
    static const DeviceProfile profile = [] {
        DeviceProfile p;
        p.name = "energy-meter";
        p.description = "three-phase feeder energy meter on LTE: energy, power, phase voltages and currents (3331, 3328, 3316, 3317)";
        p.manufacturer = "Hangar Metering";
        p.model = "EM-340";
        p.deviceType = "energy meter";
        p.hardwareVersion = "A3";
        p.firmwareVersion = "2.7.0";
        p.serialPrefix = "EM340-";
        p.power = PowerSupply::Mains;
        p.memoryTotalKb = 512;
        p.network = {.bearer = 6, .cellular = true};
        p.lifetimeSec = 600;
        p.instances = {
            {.objectId = kEnergy, .units = "kWh", .applicationType = "total active energy"},
            {.objectId = kPower, .units = "W", .minRange = 0, .maxRange = 250000, .applicationType = "total active power"},
            {.objectId = kVoltage, .count = 3, .units = "V", .minRange = 0, .maxRange = 300, .applicationType = "phase L{n}"},
            {.objectId = kCurrent, .count = 3, .units = "A", .minRange = 0, .maxRange = 400, .applicationType = "phase L{n}"},
        };
        p.live = {
            live(kEnergy, ids::kSensorValue,
                 {.kind = SignalKind::Counter, .base = 150000, .periodSec = 1800, .rate = 45.0 / kHourSec, .spread = 900000,
                  .minimum = 0, .decimals = 3}),
            live(kPower, ids::kSensorValue,
                 {.kind = SignalKind::DailyCycle, .base = 45000, .amplitude = 15000, .phaseSec = kMiddaySec, .noise = 400,
                  .wander = 6000, .spread = 10000, .minimum = 0, .maximum = 250000, .decimals = 0}),
            live(kVoltage, ids::kSensorValue,
                 {.kind = SignalKind::RandomWalk, .base = 230, .amplitude = 3.5, .periodSec = 300, .noise = 0.3,
                  .minimum = 207, .maximum = 253, .decimals = 1}),
            live(kCurrent, ids::kSensorValue,
                 {.kind = SignalKind::DailyCycle, .base = 65, .amplitude = 22, .phaseSec = kMiddaySec, .noise = 1,
                  .wander = 9, .spread = 10, .minimum = 0, .maximum = 400, .decimals = 2}),
        };
        finish(p, 0.0);
        return p;
    }();
    return profile;
}

namespace {

/// A loop round a plant's yard, about 2.3 km.
constexpr std::array<GeoPoint, 7> kYardLoop = {{
    {51.45000, 7.01000},
    {51.45020, 7.01650},
    {51.45310, 7.01700},
    {51.45520, 7.01420},
    {51.45480, 7.00880},
    {51.45220, 7.00620},
    {51.45060, 7.00700},
}};

constexpr Route kYardRoute{kYardLoop, 4.2};

} // namespace

const DeviceProfile& assetTrackerProfile()
{
    static const DeviceProfile profile = [] {
        DeviceProfile p;
        p.name = "asset-tracker";
        p.description = "battery LTE asset tracker driving round the yard, queue mode, wakes every minute (6)";
        p.manufacturer = "Hangar Mobility";
        p.model = "AT-60";
        p.deviceType = "asset tracker";
        p.hardwareVersion = "R2";
        p.firmwareVersion = "1.9.4";
        p.serialPrefix = "AT60-";
        p.power = PowerSupply::Battery;
        p.memoryTotalKb = 128;
        p.network = {.bearer = 6, .cellular = true};
        p.lifetimeSec = 900;
        p.queueMode = true;
        p.wakeInterval = milliseconds(60000);
        p.awakeTime = kSpecAwakeTime; // what a server assumes (LwM2M 1.1 §6.5), so reads reach it
        p.instances = {{.objectId = kLocation}};
        p.live = {
            live(kLocation, 0, {.kind = SignalKind::RouteLatitude, .minimum = -90, .maximum = 90, .decimals = 6, .route = &kYardRoute}),
            live(kLocation, 1, {.kind = SignalKind::RouteLongitude, .minimum = -180, .maximum = 180, .decimals = 6, .route = &kYardRoute}),
            live(kLocation, 2, {.kind = SignalKind::Constant, .base = 48, .noise = 2.5, .wander = 3, .decimals = 1}),
            live(kLocation, 3, {.kind = SignalKind::RandomWalk, .base = 9, .amplitude = 5, .periodSec = 120, .noise = 1,
                                .minimum = 2, .maximum = 50, .decimals = 1}),
            live(kLocation, 5, {.kind = SignalKind::DeviceClock, .decimals = 0}),
            live(kLocation, 6, {.kind = SignalKind::RouteSpeed, .noise = 0.6, .wander = 1.0, .minimum = 0, .maximum = 30,
                                .decimals = 1, .route = &kYardRoute}),
        };
        finish(p, 1.0);
        return p;
    }();
    return profile;
}

const DeviceProfile& gatewayProfile()
{
    static const DeviceProfile profile = [] {
        DeviceProfile p;
        p.name = "gateway";
        p.description = "mains edge gateway with 34 instances: 12 temperature, 6 humidity, 4 pressure, 6 inputs, 6 outputs";
        p.manufacturer = "Hangar Edge";
        p.model = "EG-34";
        p.deviceType = "gateway";
        p.hardwareVersion = "G4";
        p.firmwareVersion = "4.1.2";
        p.serialPrefix = "EG34-";
        p.power = PowerSupply::Mains;
        p.memoryTotalKb = 65536;
        p.network = {.bearer = 41, .cellular = false};
        p.lifetimeSec = 300;
        // Ranges (5603/5604) stay out: the gateway concentrates readings and keeps its memory
        // per instance small.
        p.instances = {
            {.objectId = ids::kTemperature, .count = 12, .units = "Cel", .applicationType = "zone {n}"},
            {.objectId = kHumidity, .count = 6, .units = "%RH", .applicationType = "zone {n}"},
            {.objectId = kPressure, .count = 4, .units = "bar", .applicationType = "line {n}"},
            {.objectId = ids::kDigitalInput, .count = 6, .applicationType = "contact {n}"},
            {.objectId = ids::kDigitalOutput, .count = 6, .applicationType = "relay {n}"},
        };
        p.live = {
            live(ids::kTemperature, ids::kSensorValue,
                 {.kind = SignalKind::DailyCycle, .base = 22, .amplitude = 3, .phaseSec = kAfternoonSec, .noise = 0.05,
                  .wander = 2, .spread = 6, .minimum = -40, .maximum = 125, .decimals = 2}),
            live(kHumidity, ids::kSensorValue,
                 {.kind = SignalKind::DailyCycle, .base = 50, .amplitude = -6, .phaseSec = kAfternoonSec, .noise = 0.2,
                  .wander = 5, .spread = 8, .minimum = 0, .maximum = 100, .decimals = 1}),
            live(kPressure, ids::kSensorValue,
                 {.kind = SignalKind::RandomWalk, .base = 3, .amplitude = 0.5, .periodSec = 240, .noise = 0.02, .spread = 1,
                  .minimum = 0, .maximum = 10, .decimals = 2}),
            live(ids::kDigitalInput, ids::kDigitalInputState,
                 {.kind = SignalKind::Steps, .amplitude = 1, .periodSec = 900, .duty = 0.3, .decimals = 0}),
            live(ids::kDigitalInput, ids::kDigitalInputCounter,
                 {.kind = SignalKind::Counter, .periodSec = 3600, .rate = 1.0 / 1800, .spread = 2000, .decimals = 0}),
        };
        finish(p, 0.0);
        return p;
    }();
    return profile;
}

} // namespace hangar::devicesim
