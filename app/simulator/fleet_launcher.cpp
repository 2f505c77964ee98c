#include "simulator/fleet_launcher.h"

#include "services/app_services.h"
#include "services/gui_callback.h"
#include "services/simulator_host.h"

#include "scenario/server_uri.h"

namespace hangar::app {

/// The result of the worker-thread part of a launch.
struct FleetLauncher::Prepared
{
    devicesim::FleetSpec spec;
    std::vector<store::Credential> credentials; ///< to import into the embedded engine
    QString error;                              ///< empty when the spec is ready to start
};

FleetLauncher::FleetLauncher(AppServices& services, QObject* parent) : QObject(parent), m_services(services) {}

FleetLauncher::~FleetLauncher()
{
    disconnect(m_startedConnection);
    disconnect(m_failedConnection);
}

void FleetLauncher::launch(devicesim::FleetSpec spec, const FleetTarget& target)
{
    if (m_busy) {
        Q_EMIT failed(tr("A fleet is already being started; wait for it or cancel it."));
        return;
    }
    m_busy = true;
    m_cancelRequested = false;
    Q_EMIT progress(tr("Checking the fleet and resolving the server…"));
    // Name resolution blocks on DNS and planning a large fleet takes a moment: both off the GUI thread.
    m_services.query<Prepared>(
        this,
        [spec = std::move(spec), target]() mutable {
            Prepared prepared;
            if (auto targeted = applyTarget(spec, target); !targeted) {
                prepared.error = QString::fromStdString(targeted.error().message);
                return prepared;
            }
            if (auto resolved = devicesim::resolveServers(spec); !resolved) {
                prepared.error = QString::fromStdString(resolved.error().message);
                return prepared;
            }
            auto credentials = engineCredentials(spec);
            if (!credentials) {
                prepared.error = QString::fromStdString(credentials.error().message);
                return prepared;
            }
            if (target.kind == FleetTarget::Kind::EmbeddedEngine)
                prepared.credentials = std::move(*credentials);
            prepared.spec = std::move(spec);
            return prepared;
        },
        [this](Prepared prepared) { onPrepared(prepared); });
}

void FleetLauncher::cancel()
{
    if (m_busy)
        m_cancelRequested = true;
}

void FleetLauncher::onPrepared(const Prepared& prepared)
{
    if (m_cancelRequested) {
        finish();
        Q_EMIT cancelled();
        return;
    }
    if (!prepared.error.isEmpty()) {
        reportFailure(prepared.error);
        return;
    }
    m_spec = prepared.spec;
    if (prepared.credentials.empty()) {
        startSimulator();
        return;
    }
    const int count = static_cast<int>(prepared.credentials.size());
    Q_EMIT progress(tr("Importing device keys into the engine (%L1)…").arg(count));
    m_services.engine().importCredentials(prepared.credentials,
                                          onGui<std::size_t>(this, [this](Expected<std::size_t> imported) {
                                              if (m_cancelRequested) {
                                                  finish();
                                                  Q_EMIT cancelled();
                                              } else if (!imported) {
                                                  reportFailure(QString::fromStdString(imported.error().message));
                                              } else {
                                                  startSimulator();
                                              }
                                          }));
}

void FleetLauncher::startSimulator()
{
    SimulatorHost& host = m_services.simulator();
    const auto devices = static_cast<int>(m_spec.deviceCount());
    Q_EMIT progress(tr("Starting simulated devices (%L1)…").arg(devices));
    // The host reports every start to every listener: listen only for the answer to this one.
    m_startedConnection = connect(&host, &SimulatorHost::started, this, [this] {
        const bool cancelRequested = m_cancelRequested;
        finish();
        if (cancelRequested) {
            // Cancelled while the simulator was already starting: leave cleanly instead.
            m_services.simulator().stop();
            Q_EMIT cancelled();
        } else {
            Q_EMIT started();
        }
    });
    m_failedConnection = connect(&host, &SimulatorHost::startFailed, this,
                                 [this](const QString& message) { reportFailure(message); });
    host.start(m_spec);
}

void FleetLauncher::finish()
{
    disconnect(m_startedConnection);
    disconnect(m_failedConnection);
    m_busy = false;
    m_spec = {};
}

void FleetLauncher::reportFailure(const QString& reason)
{
    finish();
    Q_EMIT failed(tr("The fleet could not start: %1").arg(reason));
}

} // namespace hangar::app
