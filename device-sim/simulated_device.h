#pragma once

#include "device_config.h"
#include "device_host.h"
#include "object_store.h"
#include "observation_manager.h"
#include "registration_client.h"
#include "request_router.h"
#include "sensor_signal.h"

#include <QObject>

#include <optional>
#include <vector>

namespace hangar::devicesim {

/// One simulated LwM2M 1.1 client: Security, Server, Device and Temperature objects, the
/// Registration interface (Register, Update before the lifetime runs out, De-register, retry
/// with backoff), Device Management (via RequestRouter), Observe with the notification
/// attributes, and queue mode. Holds no timer and no thread: it is woken by the shared
/// DeviceScheduler and reached through its DeviceHost, so thousands fit in one event loop.
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

    // Called by the host.
    std::optional<coap::Answer> handleRequest(const coap::IncomingRequest& request);
    void handleObservationEnded(coap::ObservationId observation);
    void handleSessionEvent(coap::SessionId session, coap::SessionEvent event);

    void wake(TimePoint now) override;

Q_SIGNALS:
    void stateChanged(hangar::devicesim::DeviceState state);

private:
    // DeviceActions (simulated_device_actions.cpp)
    void refreshValues() override;
    coap::ResponseCode execute(const lwm2m::LwM2mPath& resource, std::string_view arguments) override;
    void resourcesWritten(const std::vector<lwm2m::LwM2mPath>& resources) override;
    void instanceCreated(const lwm2m::LwM2mPath& instance) override;
    void instanceDeleted(const lwm2m::LwM2mPath& instance) override;
    void observationsChanged() override;
    void resetModel();
    void addSensor(std::uint16_t instanceId);

    // Registration state machine (simulated_device.cpp)
    void setState(DeviceState state);
    bool ensureSession();
    void closeSession();
    void beginRegistration();
    void onRegisterDone(const RegistrationResult& result);
    void requestUpdate(const UpdateParams& params);
    void sendPendingUpdate();
    void onUpdateDone(const RegistrationResult& result);
    void registrationFailed();
    void finishStop(bool deregistered);
    void reboot();
    void answerHeldRequests();
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
    DeviceCounters m_counters;
    coap::SessionId m_session = 0;

    std::optional<TimePoint> m_updateDue;
    std::optional<TimePoint> m_retryDue;
    std::optional<TimePoint> m_sleepDue;
    std::optional<TimePoint> m_rebootDue;
    std::optional<TimePoint> m_observeDue;
    std::chrono::milliseconds m_retryDelay{0};
    std::optional<UpdateParams> m_pendingUpdate;
    bool m_rebootRequested = false;
    bool m_factoryResetRequested = false;
    bool m_answerHeld = false;
    bool m_stopping = false;
    std::vector<coap::IncomingRequest> m_heldRequests;

    TimePoint m_startTime;
    std::int64_t m_clockOffsetSec = 0;
    std::vector<std::pair<std::uint16_t, SensorSignal>> m_sensors;
};

} // namespace hangar::devicesim
