#include "device_objects.h"

namespace hangar::devicesim {

using lwm2m::LwM2mPath;
using lwm2m::Value;

std::string bindingOf(const DeviceConfig&)
{
    return "U";
}

std::string modelOf(const DeviceConfig& config)
{
    if (!config.model.empty())
        return config.model;
    return config.profile != nullptr ? config.profile->model : "hangar-sim-1";
}

std::string firmwareVersionOf(const DeviceConfig& config)
{
    if (!config.firmwareVersion.empty())
        return config.firmwareVersion;
    return config.profile != nullptr ? config.profile->firmwareVersion : "1.0.0";
}

const std::vector<LiveResource>& plainLiveResources()
{
    static const std::vector<LiveResource> live = [] {
        LiveResource temperature;
        temperature.objectId = ids::kTemperature;
        temperature.resourceId = ids::kSensorValue;
        temperature.signal = {.kind = SignalKind::Sine, .base = 21, .amplitude = 3, .periodSec = 600, .noise = 0.4,
                              .spread = 1, .minimum = -40, .maximum = 85, .decimals = 2};
        return std::vector<LiveResource>{temperature};
    }();
    return live;
}

void buildSecurityObject(ObjectStore& store, const DeviceConfig& config)
{
    const bool psk = config.security == DeviceSecurity::Psk;
    const std::uint16_t port = config.serverPort != 0 ? config.serverPort : (psk ? 5684 : 5683);
    const std::string host = config.serverHost.find(':') != std::string::npos ? "[" + config.serverHost + "]" : config.serverHost;
    const std::string identity = config.pskIdentity.empty() ? config.endpoint : config.pskIdentity;
    store.set(LwM2mPath(0, 0, 0), Value::string((psk ? "coaps://" : "coap://") + host + ":" + std::to_string(port)));
    store.set(LwM2mPath(0, 0, 1), Value::boolean(false));
    store.set(LwM2mPath(0, 0, 2), Value::integer(psk ? 0 : 3)); // 0 PSK, 3 NoSec
    store.set(LwM2mPath(0, 0, 3), Value::opaque(psk ? lwm2m::Bytes(identity.begin(), identity.end()) : lwm2m::Bytes{}));
    store.set(LwM2mPath(0, 0, 4), Value::opaque({}));
    store.set(LwM2mPath(0, 0, 5), Value::opaque(psk ? config.pskKey : lwm2m::Bytes{}));
    store.set(LwM2mPath(0, 0, 10), Value::integer(config.shortServerId));
}

void buildServerObject(ObjectStore& store, const DeviceConfig& config)
{
    using namespace ids;
    store.set(LwM2mPath(kServer, 0, kServerShortId), Value::integer(config.shortServerId));
    store.set(LwM2mPath(kServer, 0, kServerLifetime), Value::integer(config.lifetimeSec));
    store.set(LwM2mPath(kServer, 0, kServerDefaultPmin), Value::integer(config.defaultPminSec));
    store.set(LwM2mPath(kServer, 0, kServerDefaultPmax), Value::integer(config.defaultPmaxSec));
    store.addExecutable(LwM2mPath(kServer, 0, kServerDisable));
    store.set(LwM2mPath(kServer, 0, 5), Value::integer(86400));
    store.set(LwM2mPath(kServer, 0, 6), Value::boolean(true));
    store.set(LwM2mPath(kServer, 0, kServerBinding), Value::string(bindingOf(config)));
    store.addExecutable(LwM2mPath(kServer, 0, kServerUpdateTrigger));
}

void buildFirmwareUpdateObject(ObjectStore& store)
{
    const auto at = [](std::uint16_t resource) { return LwM2mPath(ids::kFirmwareUpdate, 0, resource); };
    store.set(at(1), Value::string(""));
    store.addExecutable(at(2));
    store.set(at(3), Value::integer(0)); // Idle
    store.set(at(5), Value::integer(0)); // Initial value
    store.set(at(6), Value::string(""));
    store.set(at(7), Value::string(""));
    store.setMultiple(at(8), {Value::integer(0), Value::integer(1)}); // CoAP, CoAPS
    store.set(at(9), Value::integer(2));                                // pull and push
}

namespace {

void buildDevice(ObjectStore& store, const DeviceConfig& config)
{
    using namespace ids;
    const auto at = [](std::uint16_t resource) { return LwM2mPath(kDevice, 0, resource); };
    store.set(at(0), Value::string("Hangar"));
    store.set(at(1), Value::string(modelOf(config)));
    store.set(at(2), Value::string("SN-" + config.endpoint));
    store.set(at(3), Value::string(firmwareVersionOf(config)));
    store.addExecutable(at(kDeviceReboot));
    store.addExecutable(at(kDeviceFactoryReset));
    store.setMultiple(at(6), {Value::integer(1), Value::integer(5)}); // internal battery, USB
    store.setMultiple(at(7), {Value::integer(3700), Value::integer(5000)});
    store.setMultiple(at(8), {Value::integer(120), Value::integer(450)});
    store.set(at(9), Value::integer(87));
    store.set(at(10), Value::integer(512));
    store.setMultiple(at(kDeviceErrorCode), {Value::integer(0)});
    store.addExecutable(at(kDeviceResetErrorCode));
    store.set(at(kDeviceCurrentTime), Value::time(0)); // kept live by the device
    store.set(at(14), Value::string("+00:00"));
    store.set(at(15), Value::string("Etc/UTC"));
    store.set(at(16), Value::string(config.queueMode ? "UQ" : "U"));
    store.set(at(17), Value::string("temperature sensor"));
    store.set(at(18), Value::string("1.0"));
    store.set(at(19), Value::string(firmwareVersionOf(config)));
    store.set(at(20), Value::integer(0)); // normal
    store.set(at(21), Value::integer(1024));
}

} // namespace

void completeTemperatureInstance(ObjectStore& store, std::uint16_t instanceId, double reading)
{
    using namespace ids;
    const auto at = [instanceId](std::uint16_t resource) { return LwM2mPath(kTemperature, instanceId, resource); };
    const auto setDefault = [&store](const LwM2mPath& path, Value value) {
        if (store.value(path) == nullptr)
            store.set(path, std::move(value));
    };
    setDefault(at(kSensorValue), Value::floating(reading));
    setDefault(at(kSensorUnits), Value::string("Cel"));
    setDefault(at(kSensorMinMeasured), Value::floating(reading));
    setDefault(at(kSensorMaxMeasured), Value::floating(reading));
    setDefault(at(kSensorMinRange), Value::floating(-40.0));
    setDefault(at(kSensorMaxRange), Value::floating(85.0));
    setDefault(at(kSensorApplicationType), Value::string("indoor"));
    store.addExecutable(at(kSensorResetMinMax));
}

void buildDefaultObjects(ObjectStore& store, const DeviceConfig& config)
{
    store.clear();
    buildSecurityObject(store, config);
    buildServerObject(store, config);
    buildDevice(store, config);
    store.addObject(ids::kTemperature);
    for (std::uint16_t i = 0; i < config.temperatureSensors; ++i)
        completeTemperatureInstance(store, i, 21.0);
}

} // namespace hangar::devicesim
