#pragma once

#include "fleet_spec.h"
#include "fleet_stats.h"
#include "simulator.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <memory>

namespace hangar::app {

/// The embedded device simulator on a thread of its own, so that a fleet of thousands never
/// costs the GUI thread anything. Calls are posted to the simulator thread; results come back
/// as signals on the thread that owns the host (the GUI thread).
class SimulatorHost : public QObject
{
    Q_OBJECT

public:
    /// `registry` holds the object models the devices use and must outlive the host.
    explicit SimulatorHost(const lwm2m::ObjectRegistry& registry, QObject* parent = nullptr);
    /// Drops a running fleet without de-registering (call stop() first for a clean leave).
    ~SimulatorHost() override;

    SimulatorHost(const SimulatorHost&) = delete;
    SimulatorHost& operator=(const SimulatorHost&) = delete;

    /// Starts a fleet; servers must be numeric (devicesim::resolveServers). Reports through
    /// started() or startFailed().
    void start(devicesim::FleetSpec spec);
    /// De-registers every device (bounded), then stopped().
    void stop();
    /// Changes a group's faults while running; a failure arrives as faultsFailed().
    void setGroupFaults(const QString& group, const devicesim::FaultSettings& faults);

    devicesim::SimulatorState state() const { return m_state; }
    /// The latest counts (updated with statsChanged).
    const devicesim::SimulatorStats& stats() const { return m_stats; }
    /// The spec of the running fleet (empty when idle).
    const devicesim::FleetSpec& spec() const { return m_spec; }

Q_SIGNALS:
    void started();
    void startFailed(const QString& message);
    void faultsFailed(const QString& message);
    void statsChanged(const hangar::devicesim::SimulatorStats& stats);
    void stateChanged(hangar::devicesim::SimulatorState state);
    void stopped(const hangar::devicesim::SimulatorStats& finalStats);

private:
    QThread m_thread;
    devicesim::Simulator* m_simulator = nullptr; ///< lives on m_thread
    devicesim::SimulatorState m_state = devicesim::SimulatorState::Idle;
    devicesim::SimulatorStats m_stats;
    devicesim::FleetSpec m_spec;
};

} // namespace hangar::app
