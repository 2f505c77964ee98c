// The DeviceActions side of SimulatedDevice: live values, executables and reactions to
// server writes. The registration state machine lives in simulated_device.cpp.
#include "simulated_device.h"

#include "device_objects.h"

#include <QDateTime>

#include <algorithm>

namespace hangar::devicesim {

using lwm2m::LwM2mPath;
using lwm2m::Value;

namespace {

constexpr double kSensorAmplitude = 3.0;
constexpr double kSensorNoise = 0.4;
constexpr double kSensorPeriodSec = 600.0;

} // namespace

void SimulatedDevice::resetModel()
{
    buildDefaultObjects(m_store, m_config);
    m_observations.attributes().clear();
    m_clockOffsetSec = 0;
    m_sensors.clear();
    for (const std::uint16_t instance : m_store.instanceIds(ids::kTemperature))
        addSensor(instance);
}

void SimulatedDevice::addSensor(std::uint16_t instanceId)
{
    const SensorSignal signal(mixBits(m_config.seed + instanceId), 21.0 + instanceId, kSensorAmplitude, kSensorNoise,
                              kSensorPeriodSec);
    const double elapsedSec = std::chrono::duration<double>(Clock::now() - m_startTime).count();
    completeTemperatureInstance(m_store, instanceId, signal.valueAt(elapsedSec));
    m_sensors.emplace_back(instanceId, signal);
}

void SimulatedDevice::refreshValues()
{
    m_store.set(LwM2mPath(ids::kDevice, 0, ids::kDeviceCurrentTime),
                Value::time(QDateTime::currentSecsSinceEpoch() + m_clockOffsetSec));
    const double elapsedSec = std::chrono::duration<double>(Clock::now() - m_startTime).count();
    for (const auto& [instance, signal] : m_sensors) {
        const double reading = signal.valueAt(elapsedSec);
        m_store.set(LwM2mPath(ids::kTemperature, instance, ids::kSensorValue), Value::floating(reading));
        const LwM2mPath minPath(ids::kTemperature, instance, ids::kSensorMinMeasured);
        const LwM2mPath maxPath(ids::kTemperature, instance, ids::kSensorMaxMeasured);
        const auto* low = m_store.value(minPath);
        const auto* high = m_store.value(maxPath);
        if (low == nullptr || reading < low->asFloat())
            m_store.set(minPath, Value::floating(reading));
        if (high == nullptr || reading > high->asFloat())
            m_store.set(maxPath, Value::floating(reading));
    }
}

coap::ResponseCode SimulatedDevice::execute(const LwM2mPath& resource, std::string_view)
{
    using namespace ids;
    const std::uint16_t object = resource.objectId();
    const std::uint16_t id = resource.resourceId();
    if (object == kServer && id == kServerUpdateTrigger) {
        requestUpdate({});
    } else if (object == kDevice && (id == kDeviceReboot || id == kDeviceFactoryReset)) {
        // Answer first, go offline afterwards (from wake(), outside this libcoap callback).
        m_rebootRequested = true;
        m_factoryResetRequested = id == kDeviceFactoryReset;
        m_host.scheduler().schedule(this, Clock::now());
    } else if (object == kDevice && id == kDeviceResetErrorCode) {
        m_store.setMultiple(LwM2mPath(kDevice, 0, kDeviceErrorCode), {Value::integer(0)});
        observationsChanged();
    } else if (object == kTemperature && id == kSensorResetMinMax) {
        refreshValues();
        if (const auto* reading = m_store.value(LwM2mPath(kTemperature, resource.instanceId(), kSensorValue))) {
            m_store.set(LwM2mPath(kTemperature, resource.instanceId(), kSensorMinMeasured), *reading);
            m_store.set(LwM2mPath(kTemperature, resource.instanceId(), kSensorMaxMeasured), *reading);
        }
        observationsChanged();
    }
    // Other executables (Disable, ...) are accepted and do nothing in this simulator.
    return coap::ResponseCode::Changed;
}

void SimulatedDevice::resourcesWritten(const std::vector<LwM2mPath>& resources)
{
    UpdateParams update;
    bool changed = false;
    for (const LwM2mPath& path : resources) {
        if (path.objectId() == ids::kServer && path.resourceId() == ids::kServerLifetime) {
            update.lifetimeSec = lifetimeSec();
            changed = true;
        } else if (path.objectId() == ids::kServer && path.resourceId() == ids::kServerBinding) {
            if (const auto* binding = m_store.value(path))
                update.binding = binding->asString();
            changed = true;
        } else if (path.objectId() == ids::kDevice && path.resourceId() == ids::kDeviceCurrentTime) {
            if (const auto* time = m_store.value(path))
                m_clockOffsetSec = time->asInteger() - QDateTime::currentSecsSinceEpoch();
        }
    }
    if (changed)
        requestUpdate(update);
    observationsChanged();
}

void SimulatedDevice::instanceCreated(const LwM2mPath& instance)
{
    if (instance.objectId() == ids::kTemperature)
        addSensor(instance.instanceId());
    UpdateParams update;
    update.links = registrationLinks();
    requestUpdate(update);
}

void SimulatedDevice::instanceDeleted(const LwM2mPath& instance)
{
    std::erase_if(m_sensors, [&instance](const auto& sensor) {
        return instance.objectId() == ids::kTemperature && sensor.first == instance.instanceId();
    });
    for (const coap::ObservationId id : m_observations.dropBelow(instance, m_host.context()))
        m_host.unbindObservation(id);
    m_observations.attributes().erase(m_observations.attributes().lower_bound(instance),
                                      std::find_if(m_observations.attributes().lower_bound(instance),
                                                   m_observations.attributes().end(),
                                                   [&instance](const auto& entry) { return !entry.first.startsWith(instance); }));
    UpdateParams update;
    update.links = registrationLinks();
    requestUpdate(update);
}

void SimulatedDevice::observationsChanged()
{
    if (m_observations.empty())
        return;
    m_observeDue = Clock::now();
    m_host.scheduler().schedule(this, *m_observeDue);
}

} // namespace hangar::devicesim
