#include "simulated_device.h"

#include "device_objects.h"

#include "register_message.h"

#include "lwm2m/registration_links.h"
#include "signals/seeded_noise.h"

#include <algorithm>

namespace hangar::devicesim {

using namespace std::chrono_literals;
using lwm2m::LwM2mPath;

namespace {

/// Requests a sleeping device keeps for when it wakes; more are answered 5.03.
constexpr std::size_t kMaxHeldRequests = 8;
/// Requests a slow responder keeps waiting at once; more are answered 5.03.
constexpr std::size_t kMaxDelayedRequests = 64;
/// The formats a device reads and writes, the one it prefers first.
const std::vector<std::uint16_t> kContentFormats = {112, 110, 11542, 11543};

} // namespace

SimulatedDevice::SimulatedDevice(DeviceConfig config, DeviceHost& host, QObject* parent)
    : QObject(parent), m_config(std::move(config)), m_host(host), m_store(host.registry()),
      m_lwm2mVersion(m_config.lwm2mVersion), m_seed(mixBits(m_config.seed ^ textHash(m_config.endpoint)))
{
    m_retryDelay = m_config.retryInitialDelay;
    resetModel();
}

SimulatedDevice::~SimulatedDevice()
{
    m_host.scheduler().cancel(this);
    m_registration.cancel(m_host.context());
    forgetObservations();
    closeSession();
}

void SimulatedDevice::setState(DeviceState state)
{
    if (m_state == state)
        return;
    if (state != DeviceState::Sleeping)
        m_wakeDue.reset();
    m_state = state;
    Q_EMIT stateChanged(state);
}

std::uint32_t SimulatedDevice::lifetimeSec() const
{
    const auto* value = m_store.value(LwM2mPath(ids::kServer, 0, ids::kServerLifetime));
    return value != nullptr && value->asInteger() > 0 ? static_cast<std::uint32_t>(value->asInteger()) : m_config.lifetimeSec;
}

std::string SimulatedDevice::registrationLinks() const
{
    std::vector<lwm2m::RegisteredObject> objects;
    for (const std::uint16_t objectId : m_store.objectIds()) {
        if (objectId == ids::kSecurity && !m_config.announceSecurityObject)
            continue;
        lwm2m::RegisteredObject object;
        object.id = objectId;
        if (const auto* model = m_store.registry().object(objectId); model && model->version != "1.0")
            object.version = model->version;
        object.instanceIds = m_store.instanceIds(objectId);
        objects.push_back(std::move(object));
    }
    return registerPayload(m_lwm2mVersion, kContentFormats, std::move(objects));
}

bool SimulatedDevice::ensureSession()
{
    if (m_session != 0)
        return true;
    coap::ConnectOptions options;
    options.host = m_config.serverHost;
    options.port = m_config.serverPort;
    options.localAddress = m_config.localAddress;
    if (m_config.security == DeviceSecurity::Psk) {
        options.mode = coap::SecurityMode::Psk;
        options.pskIdentity = m_config.pskIdentity.empty() ? m_config.endpoint : m_config.pskIdentity;
        options.pskKey = m_config.pskKey;
    }
    auto session = m_host.context().connect(options);
    if (!session)
        return false;
    m_session = *session;
    m_host.bindSession(m_session, this);
    m_host.context().setTransmission(m_session, m_config.ackTimeout, m_config.maxRetransmit);
    return true;
}

void SimulatedDevice::closeSession()
{
    if (m_session == 0)
        return;
    const coap::SessionId session = std::exchange(m_session, 0);
    m_host.unbindSession(session);
    m_host.context().close(session);
}

void SimulatedDevice::forgetObservations()
{
    for (const ServedObservation& observation : m_observations.observations())
        m_host.unbindObservation(observation.id);
    m_observations.endAll(m_host.context());
    m_observeDue.reset();
}

void SimulatedDevice::start()
{
    if (m_state != DeviceState::Stopped && m_state != DeviceState::Error)
        return;
    m_stopping = false;
    m_retryDue.reset();
    beginRegistration();
}

void SimulatedDevice::beginRegistration()
{
    m_registration.cancel(m_host.context());
    m_registration.forget();
    m_updateDue.reset();
    m_sleepDue.reset();
    setState(DeviceState::Registering);
    if (!ensureSession()) {
        registrationFailed();
        return;
    }
    RegisterParams params;
    params.endpoint = m_config.endpoint;
    params.lifetimeSec = lifetimeSec();
    params.lwm2mVersion = m_lwm2mVersion;
    params.binding = bindingOf(m_config);
    params.queueMode = m_config.queueMode;
    auto sent = m_registration.sendRegister(m_host.context(), m_session, params, registrationLinks(),
                                            m_config.requestTimeout,
                                            [this](const RegistrationResult& result) { onRegisterDone(result); });
    if (!sent)
        registrationFailed();
}

void SimulatedDevice::onRegisterDone(const RegistrationResult& result)
{
    if (result.outcome != RegistrationOutcome::Success) {
        if (!fallBackToOlderVersion(result))
            registrationFailed();
        return;
    }
    ++m_counters.registrations;
    m_retryDelay = m_config.retryInitialDelay;
    m_pendingUpdate.reset(); // the Register carried everything
    const TimePoint now = Clock::now();
    m_updateDue = now + RegistrationClient::updateDelay(lifetimeSec());
    if (m_config.queueMode)
        m_sleepDue = now + m_config.awakeTime;
    if (m_config.faults.rebootEvery.count() > 0)
        m_faultRebootDue = now + m_config.faults.rebootEvery;
    setState(DeviceState::Registered);
    m_observeDue = now;
    reschedule();
}

bool SimulatedDevice::fallBackToOlderVersion(const RegistrationResult& refused)
{
    if (!refused.code || !refusesLwm2mVersion(*refused.code))
        return false;
    auto older = olderLwm2mVersion(m_lwm2mVersion);
    if (!older)
        return false;
    VersionFallback fallback;
    fallback.endpoint = m_config.endpoint;
    fallback.refusedVersion = m_lwm2mVersion;
    fallback.nextVersion = *older;
    fallback.answer = refused.detail;
    m_lwm2mVersion = std::move(*older);
    ++m_counters.versionFallbacks;
    Q_EMIT lwm2mVersionFellBack(fallback);
    // Registers again at once, from wake(): not from inside the callback of the refused one.
    m_registration.forget();
    m_retryDue = Clock::now();
    reschedule();
    return true;
}

void SimulatedDevice::registrationFailed()
{
    ++m_counters.errors;
    m_registration.forget();
    // A fresh session on retry: a failed DTLS handshake leaves nothing worth keeping.
    closeSession();
    m_updateDue.reset();
    m_sleepDue.reset();
    setState(DeviceState::Error);
    m_retryDue = Clock::now() + m_retryDelay;
    m_retryDelay = std::min(m_retryDelay * 2, m_config.retryMaxDelay);
    reschedule();
}

void SimulatedDevice::requestUpdate(const UpdateParams& params)
{
    UpdateParams& pending = m_pendingUpdate ? *m_pendingUpdate : m_pendingUpdate.emplace();
    if (params.lifetimeSec)
        pending.lifetimeSec = params.lifetimeSec;
    if (params.binding)
        pending.binding = params.binding;
    if (params.links)
        pending.links = params.links;
    // Sent from wake(), never from inside the libcoap callback that caused it.
    m_host.scheduler().schedule(this, Clock::now());
}

void SimulatedDevice::sendPendingUpdate()
{
    if (!m_pendingUpdate || !m_registration.registered() || m_registration.busy())
        return;
    // The server may have closed the DTLS session: an Update from a new session is still valid.
    if (!ensureSession()) {
        registrationFailed();
        return;
    }
    const UpdateParams params = std::exchange(m_pendingUpdate, std::nullopt).value();
    m_updateDue.reset();
    auto sent = m_registration.sendUpdate(m_host.context(), m_session, params, m_config.requestTimeout,
                                          [this](const RegistrationResult& result) { onUpdateDone(result); });
    if (!sent)
        beginRegistration();
}

void SimulatedDevice::onUpdateDone(const RegistrationResult& result)
{
    if (result.outcome == RegistrationOutcome::NotRegistered) {
        beginRegistration();
        return;
    }
    if (result.outcome == RegistrationOutcome::Failed && m_config.security == DeviceSecurity::Psk &&
        !m_updateOnFreshSession) {
        // The server may have lost the DTLS session (it restarted, or dropped it): handshake
        // again and send the Update once more before giving the registration up.
        ++m_counters.errors;
        m_updateOnFreshSession = true;
        closeSession();
        requestUpdate({});
        return;
    }
    m_updateOnFreshSession = false;
    if (result.outcome != RegistrationOutcome::Success) {
        ++m_counters.errors;
        beginRegistration();
        return;
    }
    ++m_counters.updates;
    const TimePoint now = Clock::now();
    m_updateDue = now + RegistrationClient::updateDelay(lifetimeSec());
    if (m_config.queueMode)
        m_sleepDue = now + m_config.awakeTime;
    m_answerHeld = !m_heldRequests.empty();
    m_observeDue = now;
    m_host.scheduler().schedule(this, now);
}

void SimulatedDevice::triggerUpdate()
{
    requestUpdate({});
}

void SimulatedDevice::sleepNow()
{
    if (m_state != DeviceState::Registered)
        return;
    m_sleepDue.reset();
    setState(DeviceState::Sleeping);
    if (m_config.wakeInterval.count() > 0)
        m_wakeDue = Clock::now() + m_config.wakeInterval;
    reschedule();
}

void SimulatedDevice::wakeUp()
{
    if (m_state != DeviceState::Sleeping)
        return;
    setState(DeviceState::Registered);
    requestUpdate({});
}

void SimulatedDevice::setFaults(const DeviceFaults& faults)
{
    const bool loopChanged = faults.rebootEvery != m_config.faults.rebootEvery;
    m_config.faults = faults;
    const TimePoint now = Clock::now();
    if (loopChanged) {
        m_faultRebootDue.reset();
        if (faults.rebootEvery.count() > 0 && m_registration.registered())
            m_faultRebootDue = now + faults.rebootEvery;
    }
    // A responder that is no longer slow answers what it still holds right away.
    if (faults.responseDelay.count() <= 0)
        for (DelayedRequest& delayed : m_delayed)
            delayed.due = std::min(delayed.due, now);
    reschedule();
}

double SimulatedDevice::clockSec() const
{
    const auto wallMs = std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::system_clock::now().time_since_epoch());
    return static_cast<double>(wallMs.count()) / 1000.0 + static_cast<double>(m_clockOffsetSec) +
           static_cast<double>(m_config.faults.clockSkew.count());
}

void SimulatedDevice::stop()
{
    m_stopping = true;
    m_host.scheduler().cancel(this);
    m_retryDue.reset();
    m_rebootDue.reset();
    if (!m_registration.registered() || m_session == 0) {
        finishStop(false);
        return;
    }
    m_registration.cancel(m_host.context());
    auto sent = m_registration.sendDeregister(
        m_host.context(), m_session, m_config.requestTimeout,
        [this](const RegistrationResult& result) { finishStop(result.outcome == RegistrationOutcome::Success); });
    if (!sent)
        finishStop(false);
}

void SimulatedDevice::finishStop(bool deregistered)
{
    if (deregistered)
        ++m_counters.deregistrations;
    m_registration.cancel(m_host.context());
    m_registration.forget();
    forgetObservations();
    closeSession();
    m_heldRequests.clear();
    m_delayed.clear();
    m_pendingUpdate.reset();
    m_updateDue.reset();
    m_sleepDue.reset();
    m_retryDue.reset();
    m_rebootDue.reset();
    m_faultRebootDue.reset();
    m_host.scheduler().cancel(this);
    setState(DeviceState::Stopped);
}

void SimulatedDevice::reboot()
{
    m_rebootRequested = false;
    m_registration.cancel(m_host.context());
    m_registration.forget();
    forgetObservations();
    closeSession();
    m_heldRequests.clear();
    m_delayed.clear();
    m_pendingUpdate.reset();
    m_updateDue.reset();
    m_sleepDue.reset();
    m_retryDue.reset();
    m_faultRebootDue.reset();
    ++m_counters.reboots;
    if (std::exchange(m_factoryResetRequested, false))
        resetModel();
    setState(DeviceState::Rebooting);
    m_rebootDue = Clock::now() + m_config.rebootDelay;
}

std::optional<coap::Answer> SimulatedDevice::handleRequest(const coap::IncomingRequest& request)
{
    const TimePoint now = Clock::now();
    if (m_state == DeviceState::Sleeping) {
        // Radio off: the request waits for the wake-up (the transport has ACKed a CON already).
        if (m_heldRequests.size() < kMaxHeldRequests) {
            m_heldRequests.push_back(request);
            return std::nullopt;
        }
        coap::Answer busy;
        busy.response.code = coap::ResponseCode::ServiceUnavailable;
        return busy;
    }
    if (m_config.faults.responseDelay.count() > 0) {
        // Slow responder: the answer is worked out and sent when the delay is over.
        if (m_delayed.size() < kMaxDelayedRequests) {
            m_delayed.push_back({now + m_config.faults.responseDelay, request});
            reschedule();
            return std::nullopt;
        }
        coap::Answer busy;
        busy.response.code = coap::ResponseCode::ServiceUnavailable;
        return busy;
    }
    return serve(request, now);
}

void SimulatedDevice::handleObservationEnded(coap::ObservationId observation)
{
    m_observations.remove(observation);
}

void SimulatedDevice::handleSessionEvent(coap::SessionId session, coap::SessionEvent event)
{
    if (session != m_session)
        return;
    if (event == coap::SessionEvent::Closed || event == coap::SessionEvent::Failed ||
        event == coap::SessionEvent::Deleted) {
        // Pending requests fail through their callbacks; the next exchange connects afresh.
        forgetObservations();
        closeSession();
    }
}

void SimulatedDevice::processObservations(TimePoint now)
{
    m_observeDue.reset();
    if (m_observations.empty() || m_state != DeviceState::Registered)
        return;
    for (const ServedObservation& observation : m_observations.observations())
        refreshValues(observation.path);
    const auto pmin = m_store.value(LwM2mPath(ids::kServer, 0, ids::kServerDefaultPmin));
    const auto pmax = m_store.value(LwM2mPath(ids::kServer, 0, ids::kServerDefaultPmax));
    const NotifyContext device{m_store, m_host.context(), m_config.notificationType,
                               pmin ? static_cast<std::uint32_t>(std::max<std::int64_t>(pmin->asInteger(), 0)) : 0,
                               pmax ? static_cast<std::uint32_t>(std::max<std::int64_t>(pmax->asInteger(), 0)) : 0,
                               // Profile devices stamp SenML notifications with their own clock.
                               m_config.profile != nullptr ? std::optional<double>(clockSec()) : std::nullopt};
    NotifyResult result = m_observations.process(now, device);
    m_counters.notificationsSent += result.sent;
    for (const coap::ObservationId id : result.ended)
        m_host.unbindObservation(id);
    m_observeDue = result.next;
}

void SimulatedDevice::wake(TimePoint now)
{
    if (m_faultRebootDue && now >= *m_faultRebootDue) {
        m_faultRebootDue.reset();
        m_rebootRequested = true;
    }
    if (m_rebootRequested) {
        reboot();
    } else if (m_rebootDue && now >= *m_rebootDue) {
        m_rebootDue.reset();
        beginRegistration();
    } else if (m_retryDue && now >= *m_retryDue) {
        m_retryDue.reset();
        beginRegistration();
    }
    if (!m_delayed.empty())
        answerDelayedRequests(now);
    if (m_registration.registered()) {
        if (m_updateDue && now >= *m_updateDue) {
            m_updateDue.reset();
            if (m_state == DeviceState::Sleeping)
                setState(DeviceState::Registered);
            if (!m_pendingUpdate)
                m_pendingUpdate.emplace();
        }
        if (m_wakeDue && now >= *m_wakeDue && m_state == DeviceState::Sleeping)
            wakeUp();
        if (awake())
            sendPendingUpdate();
        if (m_answerHeld && awake())
            answerHeldRequests();
        if (m_sleepDue && now >= *m_sleepDue && awake()) {
            if (m_registration.busy() || m_pendingUpdate || !m_delayed.empty()) {
                m_sleepDue = now + 100ms; // finish the exchange before the radio goes off
            } else {
                sleepNow();
            }
        }
        if (m_observeDue && now >= *m_observeDue)
            processObservations(now);
    }
    reschedule();
}

void SimulatedDevice::reschedule()
{
    std::optional<TimePoint> next;
    const auto consider = [&next](const std::optional<TimePoint>& due) {
        if (due)
            next = next ? std::min(*next, *due) : *due;
    };
    for (const auto& due : {m_updateDue, m_retryDue, m_sleepDue, m_rebootDue, m_wakeDue, m_faultRebootDue,
                            awake() ? m_observeDue : std::nullopt})
        consider(due);
    for (const DelayedRequest& delayed : m_delayed)
        consider(delayed.due);
    if (m_rebootRequested || (m_pendingUpdate && awake() && !m_registration.busy()))
        next = Clock::now();
    if (next)
        m_host.scheduler().schedule(this, *next);
    else
        m_host.scheduler().cancel(this);
}

} // namespace hangar::devicesim
