#pragma once

#include "fleet_credentials.h"
#include "fleet_plan.h"
#include "fleet_spec.h"
#include "fleet_stats.h"
#include "lwm2m_version.h"

#include "coap/coap_context.h"
#include "common/error.h"
#include "device_scheduler.h"
#include "lwm2m/object_registry.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace hangar::devicesim {

class DeviceFleet;
class FaultRelay;
class FleetSessionTracker;
class SimulatedDevice;

/// Where a Simulator is in its life. 0 is never a valid state.
enum class SimulatorState : std::uint8_t {
    Idle = 1,  ///< no fleet
    Running,   ///< devices are (being) started and run
    Stopping,  ///< devices de-register; stopped() follows
};

/// Runs one simulated fleet against any LwM2M 1.0/1.1/1.2 server: the engine behind hangar-sim and
/// the GUI's fleets. Everything happens on the thread this object lives on: one CoapContext,
/// one DeviceFleet with one scheduler, one ramp timer and one stats timer, whatever the size of
/// the fleet. A GUI moves it to a worker QThread and calls it through queued invocations; its
/// signals carry plain values.
///
/// Groups with network faults (or GroupSpec::relay) send through a FaultRelay of their own;
/// device faults go to the devices themselves.
class Simulator : public QObject
{
    Q_OBJECT

public:
    /// `registry` holds the object models the devices use and must outlive the simulator.
    explicit Simulator(const lwm2m::ObjectRegistry& registry, QObject* parent = nullptr);
    /// Drops a running fleet at once, without de-registering (call stop() for a clean leave).
    ~Simulator() override;

    Simulator(const Simulator&) = delete;
    Simulator& operator=(const Simulator&) = delete;

    /// Creates every device of `spec` and starts them along each group's ramp. Servers must be
    /// numeric addresses (resolveServers() first). Fails, staying Idle, when a fleet is already
    /// running, the spec is invalid, the fleet does not fit the open-file limit (whose soft
    /// limit this raises to the hard limit), or a fault relay cannot be opened.
    Expected<void> start(FleetSpec spec);

    /// De-registers every registered device and then drops the fleet; emits stopped() with the
    /// final counts once all are done or `limit` has passed, whichever comes first. Does
    /// nothing unless Running.
    void stop(std::chrono::milliseconds limit = std::chrono::seconds(5));

    /// Changes a group's faults while running. Device faults apply to its devices that have no
    /// faults of their own; network faults need the group to have a relay (started with network
    /// faults or GroupSpec::relay) and count their partition window from now.
    Expected<void> setGroupFaults(std::string_view group, const FaultSettings& faults);

    /// Gives one device faults of its own (they follow it across reconnects), or with nullopt
    /// returns it to its group's faults. Network faults need a relayed group, as above.
    Expected<void> setDeviceFaults(std::string_view endpoint, const std::optional<FaultSettings>& faults);

    /// How often statsChanged() is emitted while running (default 1 s, at least 50 ms).
    void setStatsInterval(std::chrono::milliseconds interval);

    SimulatorState state() const { return m_state; }
    /// The running fleet's spec (empty when Idle).
    const FleetSpec& spec() const { return m_spec; }
    /// Counts now; all zero when Idle.
    SimulatorStats stats() const;
    /// The PSK credentials of the running fleet, in the order of its groups.
    std::vector<DeviceCredential> credentials() const;
    /// The devices, for inspection (nullptr when Idle).
    DeviceFleet* fleet() const;

Q_SIGNALS:
    /// Periodic counts while running (and once right after start).
    void statsChanged(const hangar::devicesim::SimulatorStats& stats);
    void stateChanged(hangar::devicesim::SimulatorState state);
    /// The fleet is gone after stop() or the spec's duration; `finalStats` are its last counts.
    void stopped(const hangar::devicesim::SimulatorStats& finalStats);
    /// A device's server refused its LwM2M version; it registers as an older one from now on
    /// (counted in FleetCounts::versionFallbacks).
    void lwm2mVersionFellBack(const hangar::devicesim::VersionFallback& fallback);

private:
    struct Group
    {
        std::unique_ptr<FaultRelay> relay;
        std::vector<SimulatedDevice*> devices;
        std::size_t started = 0;
    };
    struct TrackedSession
    {
        std::uint32_t group = 0;
        std::uint16_t port = 0;
    };
    struct PendingForget
    {
        TimePoint due;
        std::uint32_t group = 0;
        std::uint16_t port = 0;
    };

    // simulator.cpp: lifecycle and ramp
    Expected<void> createRelays();
    Expected<void> createDevices(const std::vector<PlannedDevice>& plan);
    void rampTick();
    void stopTick();
    void finishStop();
    void setState(SimulatorState state);
    void teardown();

    // simulator_faults.cpp: faults and the sessions they follow
    void onSession(coap::SessionId session, SimulatedDevice* device, bool bound);
    void forgetTick();
    std::optional<std::uint32_t> groupIndex(std::string_view name) const;

    const lwm2m::ObjectRegistry& m_registry;
    SimulatorState m_state = SimulatorState::Idle;
    FleetSpec m_spec;
    std::vector<DeviceCredential> m_credentials;
    // Declared before the fleet: the fleet's devices use the context until they are destroyed.
    std::unique_ptr<coap::CoapContext> m_context;
    std::unique_ptr<FleetSessionTracker> m_fleet;
    std::vector<Group> m_groups;
    std::unordered_map<const SimulatedDevice*, std::uint32_t> m_groupOf;
    struct OwnFaults
    {
        FaultSettings faults;
        TimePoint since; ///< when they were set: a partition window counts from here
    };
    std::unordered_map<const SimulatedDevice*, OwnFaults> m_deviceFaults;
    std::unordered_map<coap::SessionId, TrackedSession> m_sessions;
    std::vector<PendingForget> m_forgets;
    std::unordered_set<std::uint64_t> m_livePorts; ///< (group << 16 | port) of tracked sessions

    TimePoint m_startedAt{};
    TimePoint m_stopDeadline{};
    std::chrono::milliseconds m_statsInterval{1000};
    QTimer m_rampTimer;
    QTimer m_statsTimer;
    QTimer m_stopTimer;
    QTimer m_forgetTimer;
    QTimer m_durationTimer;
};

} // namespace hangar::devicesim

Q_DECLARE_METATYPE(hangar::devicesim::SimulatorState)
