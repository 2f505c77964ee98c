#pragma once

#include "device_config.h"
#include "device_host.h"
#include "lwm2m_version.h"
#include "object_store.h"
#include "observation_manager.h"
#include "registration_client.h"
#include "request_router.h"
#include "profiles/device_profile.h"

#include <QObject>

#include <optional>
#include <span>
#include <vector>

namespace hangar::devicesim {

/// One simulated LwM2M 1.0, 1.1 or 1.2 client: the objects of its profile (or the plain Security, Server,
/// Device and Temperature set) with generated values, the Registration interface (Register,
/// Update before the lifetime runs out, De-register, retry with backoff), Device Management
/// (via RequestRouter), Observe with the notification attributes, queue mode with scheduled
/// wake-ups, and device faults (reboot loop, clock skew, slow answers, error answers). Holds no
/// timer and no thread: it is woken by the shared DeviceScheduler and reached through its
/// DeviceHost, so thousands fit in one event loop.
class SimulatedDevice : public QObject, public Schedulable, private DeviceActions
{
    Q_OBJECT

public:
    SimulatedDevice(DeviceConfig config, DeviceHost& host, QObject* parent = nullptr);
    ~SimulatedDevice() override;

    SimulatedDevice(const SimulatedDevice&) = delete;
    SimulatedDevice& operator=(const SimulatedDevice&) = delete;

    const DeviceConfig& config() const { return m_config; }
    const std::string& endpoint() const { return m_config.endpoint; }
    DeviceState state() const { return m_state; }
    const DeviceCounters& counters() const { return m_counters; }
    /// The data model; device-side changes through objects() are seen by the next read.
    ObjectStore& objects() { return m_store; }
    const ObjectStore& objects() const { return m_store; }
    std::size_t observationCount() const { return m_observations.size(); }
    /// The transport session to the server, 0 while there is none.
    coap::SessionId session() const { return m_session; }
    /// Location-Path the server gave at Register, empty when not registered.
    const std::vector<std::string>& registrationLocation() const { return m_registration.location(); }
    /// The LwM2M version the device registers as: config().lwm2mVersion, or the older one it
    /// stepped down to when a server refused that. Kept for every later Register.
    const std::string& lwm2mVersion() const { return m_lwm2mVersion; }

    /// Starts registering (from Stopped or Error). Retries with backoff until it succeeds.
    void start();
    /// De-registers when registered, then closes the session; state becomes Stopped.
    void stop();
    /// Queue mode: goes to sleep now (requests are held until the device woke and updated).
    void sleepNow();
    /// Queue mode: wakes up and sends an Update; held requests are answered once it succeeded.
    void wakeUp();
    /// Sends a Registration Update with no changes (as /1/0/8 does).
    void triggerUpdate();

    /// Changes what the device does wrong, effective at once: a new reboot-loop period counts
    /// from now, a new delay or error share applies to the next request.
    void setFaults(const DeviceFaults& faults);
    const DeviceFaults& faults() const { return m_config.faults; }
    /// The seed of the generated values (from config.seed and the endpoint name).
    std::uint64_t seed() const { return m_seed; }
    /// The device's clock in seconds since the epoch: wall clock, server-set offset, skew fault.
    double clockSec() const;

    // Called by the host.
    std::optional<coap::Answer> handleRequest(const coap::IncomingRequest& request);
    void handleObservationEnded(coap::ObservationId observation);
    void handleSessionEvent(coap::SessionId session, coap::SessionEvent event);

    void wake(TimePoint now) override;

Q_SIGNALS:
    void stateChanged(hangar::devicesim::DeviceState state);
    /// The server refused a Register for its version; the device registers as an older one now.
    void lwm2mVersionFellBack(const hangar::devicesim::VersionFallback& fallback);

private:
    // DeviceActions (simulated_device_actions.cpp)
    void refreshValues(const lwm2m::LwM2mPath& scope) override;
    coap::ResponseCode execute(const lwm2m::LwM2mPath& resource, std::string_view arguments) override;
    void resourcesWritten(const std::vector<lwm2m::LwM2mPath>& resources) override;
    void instanceCreated(const lwm2m::LwM2mPath& instance) override;
    void instanceDeleted(const lwm2m::LwM2mPath& instance) override;
    void observationsChanged() override;
    void resetModel();
    std::span<const LiveResource> liveResources() const;
    SignalTime signalTime() const;

    // Serving server requests (simulated_device_actions.cpp)
    coap::Answer serve(const coap::IncomingRequest& request, TimePoint now);
    std::optional<coap::ResponseCode> injectedError();
    void answerHeldRequests();
    void answerDelayedRequests(TimePoint now);

    // Registration state machine (simulated_device.cpp)
    void setState(DeviceState state);
    bool ensureSession();
    void closeSession();
    void beginRegistration();
    void onRegisterDone(const RegistrationResult& result);
    bool fallBackToOlderVersion(const RegistrationResult& refused);
    void requestUpdate(const UpdateParams& params);
    void sendPendingUpdate();
    void onUpdateDone(const RegistrationResult& result);
    void registrationFailed();
    void finishStop(bool deregistered);
    void reboot();
    void processObservations(TimePoint now);
    void forgetObservations();
    void reschedule();
    std::string registrationLinks() const;
    std::uint32_t lifetimeSec() const;
    bool awake() const { return m_state == DeviceState::Registered; }

    DeviceConfig m_config;
    DeviceHost& m_host;
    ObjectStore m_store;
    ObservationManager m_observations;
    RegistrationClient m_registration;
    DeviceState m_state = DeviceState::Stopped;
    std::string m_lwm2mVersion;
    DeviceCounters m_counters;
    coap::SessionId m_session = 0;

    std::optional<TimePoint> m_updateDue;
    std::optional<TimePoint> m_retryDue;
    std::optional<TimePoint> m_sleepDue;
    std::optional<TimePoint> m_rebootDue;
    std::optional<TimePoint> m_observeDue;
    std::optional<TimePoint> m_wakeDue;        ///< queue mode: scheduled wake-up
    std::optional<TimePoint> m_faultRebootDue; ///< reboot loop
    std::chrono::milliseconds m_retryDelay{0};
    std::optional<UpdateParams> m_pendingUpdate;
    bool m_rebootRequested = false;
    bool m_factoryResetRequested = false;
    bool m_answerHeld = false;
    bool m_updateOnFreshSession = false; ///< a failed DTLS Update is being sent again on a new session
    bool m_stopping = false;
    std::vector<coap::IncomingRequest> m_heldRequests;
    /// Slow responder: requests answered when their time has come.
    struct DelayedRequest
    {
        TimePoint due;
        coap::IncomingRequest request;
    };
    std::vector<DelayedRequest> m_delayed;
    std::uint64_t m_requestSerial = 0; ///< numbers server requests for the seeded error draw

    std::uint64_t m_seed = 0;
    TimePoint m_startTime; ///< creation or factory reset: generated values count from here
    std::int64_t m_clockOffsetSec = 0; ///< set by a server write of /3/0/13
};

} // namespace hangar::devicesim
