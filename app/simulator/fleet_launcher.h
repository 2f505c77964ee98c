#pragma once

#include "fleet_spec.h"
#include "simulator/fleet_request.h"

#include <QMetaObject>
#include <QObject>
#include <QString>

namespace hangar::app {

class AppServices;

/// Starts a fleet on the embedded SimulatorHost without ever blocking the GUI thread: points it
/// at its target and resolves the server names on a worker thread, imports the PSK keys into
/// the embedded engine when the fleet uses it, then starts the simulator. One launch at a time.
class FleetLauncher : public QObject
{
    Q_OBJECT

public:
    explicit FleetLauncher(AppServices& services, QObject* parent = nullptr);
    ~FleetLauncher() override;

    /// Begins the launch; reports progress(), then exactly one of started(), failed() or
    /// cancelled(). Fails at once when a launch is already under way.
    void launch(devicesim::FleetSpec spec, const FleetTarget& target);
    /// Abandons the launch before the simulator starts (a started fleet is stopped by the host).
    void cancel();
    bool busy() const { return m_busy; }

Q_SIGNALS:
    /// What the launch is doing now, for a status line.
    void progress(const QString& step);
    void started();
    void failed(const QString& message);
    void cancelled();

private:
    struct Prepared;
    void onPrepared(const Prepared& prepared);
    void startSimulator();
    void finish();
    void reportFailure(const QString& reason);

    AppServices& m_services;
    devicesim::FleetSpec m_spec;
    bool m_busy = false;
    bool m_cancelRequested = false;
    QMetaObject::Connection m_startedConnection;
    QMetaObject::Connection m_failedConnection;
};

} // namespace hangar::app
