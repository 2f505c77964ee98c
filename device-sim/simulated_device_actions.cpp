// The DeviceActions side of SimulatedDevice: generated values, executables, reactions to
// server writes, and how server requests are served (held, delayed, failed on purpose). The
// registration state machine lives in simulated_device.cpp.
#include "simulated_device.h"

#include "device_objects.h"
#include "profiles/live_values.h"
#include "profiles/profile_objects.h"
#include "signals/seeded_noise.h"

#include <algorithm>
#include <cmath>

namespace hangar::devicesim {

using lwm2m::LwM2mPath;
using lwm2m::Value;

namespace {

constexpr std::uint64_t kErrorSalt = 0x6572726f72;

bool covers(const LwM2mPath& scope, const LwM2mPath& path)
{
    return path.startsWith(scope);
}

} // namespace

std::span<const LiveResource> SimulatedDevice::liveResources() const
{
    return m_config.profile != nullptr ? std::span<const LiveResource>(m_config.profile->live)
                                       : std::span<const LiveResource>(plainLiveResources());
}

SignalTime SimulatedDevice::signalTime() const
{
    return {std::chrono::duration<double>(Clock::now() - m_startTime).count(), clockSec()};
}

void SimulatedDevice::resetModel()
{
    m_startTime = Clock::now();
    m_clockOffsetSec = 0;
    m_observations.attributes().clear();
    if (m_config.profile != nullptr) {
        buildProfileObjects(m_store, m_config, *m_config.profile, m_seed);
        refreshValues(LwM2mPath());
        return;
    }
    buildDefaultObjects(m_store, m_config);
    refreshValues(LwM2mPath());
    // Min and Max Measured Value start at the first reading.
    for (const std::uint16_t instance : m_store.instanceIds(ids::kTemperature))
        if (const auto* reading = m_store.value(LwM2mPath(ids::kTemperature, instance, ids::kSensorValue))) {
            const Value first = *reading;
            m_store.set(LwM2mPath(ids::kTemperature, instance, ids::kSensorMinMeasured), first);
            m_store.set(LwM2mPath(ids::kTemperature, instance, ids::kSensorMaxMeasured), first);
        }
}

void SimulatedDevice::refreshValues(const LwM2mPath& scope)
{
    const SignalTime time = signalTime();
    const LwM2mPath currentTime(ids::kDevice, 0, ids::kDeviceCurrentTime);
    if (covers(scope, currentTime))
        m_store.set(currentTime, Value::time(static_cast<std::int64_t>(std::floor(time.clockSec))));
    refreshLiveValues(m_store, liveResources(), m_seed, time, scope);
    if (m_config.profile != nullptr && covers(scope, LwM2mPath(ids::kDevice, 0, ids::kDeviceBatteryStatus)))
        refreshDerivedValues(m_store);
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
    } else if (id == kSensorResetMinMax) {
        const LwM2mPath instance = resource.truncated(2);
        refreshValues(instance);
        if (const auto* reading = m_store.value(LwM2mPath(object, resource.instanceId(), kSensorValue))) {
            const Value current = *reading;
            m_store.set(LwM2mPath(object, resource.instanceId(), kSensorMinMeasured), current);
            m_store.set(LwM2mPath(object, resource.instanceId(), kSensorMaxMeasured), current);
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
            // The server sets the clock: it reads back as written, whatever the skew.
            if (const auto* time = m_store.value(path))
                m_clockOffsetSec += time->asInteger() - static_cast<std::int64_t>(std::floor(clockSec()));
        }
    }
    if (changed)
        requestUpdate(update);
    observationsChanged();
}

void SimulatedDevice::instanceCreated(const LwM2mPath& instance)
{
    // Generated values first, so that Min/Max Measured start at the first reading.
    refreshValues(instance);
    if (m_config.profile != nullptr) {
        completeProfileInstance(m_store, *m_config.profile, instance.objectId(), instance.instanceId());
    } else if (instance.objectId() == ids::kTemperature) {
        const auto* reading = m_store.value(LwM2mPath(ids::kTemperature, instance.instanceId(), ids::kSensorValue));
        completeTemperatureInstance(m_store, instance.instanceId(), reading != nullptr ? reading->asFloat() : 21.0);
    }
    UpdateParams update;
    update.links = registrationLinks();
    requestUpdate(update);
}

void SimulatedDevice::instanceDeleted(const LwM2mPath& instance)
{
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

std::optional<coap::ResponseCode> SimulatedDevice::injectedError()
{
    // One seeded draw per request: the same seed fails the same requests on every run.
    const std::uint64_t draw = mixBits(m_seed ^ mixBits(++m_requestSerial ^ kErrorSalt));
    if (m_config.faults.errorPercent <= 0.0 || unitInterval(draw) * 100.0 >= m_config.faults.errorPercent)
        return std::nullopt;
    // Mostly 5.00, as a crashing handler answers; some 4.xx, as confused firmware does.
    const double kind = unitInterval(mixBits(draw));
    if (kind < 0.7)
        return coap::ResponseCode::InternalServerError;
    return kind < 0.85 ? coap::ResponseCode::BadRequest : coap::ResponseCode::NotFound;
}

coap::Answer SimulatedDevice::serve(const coap::IncomingRequest& request, TimePoint now)
{
    ++m_counters.requestsServed;
    if (m_config.queueMode && m_state == DeviceState::Registered) {
        m_sleepDue = now + m_config.awakeTime;
        reschedule();
    }
    if (const auto error = injectedError()) {
        ++m_counters.errorAnswers;
        coap::Answer failed;
        failed.response.code = *error;
        return failed;
    }
    RequestRouter router(m_store, m_observations, *this);
    coap::Answer answer = router.handle(request, now);
    if (answer.acceptObservation)
        m_host.bindObservation(request.observation, this);
    return answer;
}

void SimulatedDevice::answerHeldRequests()
{
    m_answerHeld = false;
    const TimePoint now = Clock::now();
    for (const coap::IncomingRequest& request : std::exchange(m_heldRequests, {}))
        (void)m_host.context().respond(request.exchange, serve(request, now));
}

void SimulatedDevice::answerDelayedRequests(TimePoint now)
{
    std::vector<coap::IncomingRequest> due;
    std::erase_if(m_delayed, [&](DelayedRequest& delayed) {
        if (delayed.due > now)
            return false;
        due.push_back(std::move(delayed.request));
        return true;
    });
    for (const coap::IncomingRequest& request : due)
        (void)m_host.context().respond(request.exchange, serve(request, now));
}

} // namespace hangar::devicesim
