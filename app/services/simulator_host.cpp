#include "services/simulator_host.h"

namespace hangar::app {

SimulatorHost::SimulatorHost(const lwm2m::ObjectRegistry& registry, QObject* parent)
    : QObject(parent), m_simulator(new devicesim::Simulator(registry))
{
    m_thread.setObjectName(QStringLiteral("hangar-simulator"));
    m_simulator->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_simulator, &QObject::deleteLater);
    connect(m_simulator, &devicesim::Simulator::statsChanged, this, [this](const devicesim::SimulatorStats& stats) {
        m_stats = stats;
        Q_EMIT statsChanged(stats);
    });
    connect(m_simulator, &devicesim::Simulator::stateChanged, this, [this](devicesim::SimulatorState state) {
        m_state = state;
        if (state == devicesim::SimulatorState::Idle)
            m_spec = {};
        Q_EMIT stateChanged(state);
    });
    connect(m_simulator, &devicesim::Simulator::stopped, this, &SimulatorHost::stopped);
    m_thread.start();
}

SimulatorHost::~SimulatorHost()
{
    m_thread.quit();
    m_thread.wait();
}

void SimulatorHost::start(devicesim::FleetSpec spec)
{
    m_spec = spec;
    QMetaObject::invokeMethod(m_simulator, [this, spec = std::move(spec)]() mutable {
        auto result = m_simulator->start(std::move(spec));
        const QString message = result ? QString() : QString::fromStdString(result.error().message);
        QMetaObject::invokeMethod(this, [this, message] {
            if (message.isEmpty()) {
                Q_EMIT started();
            } else {
                m_spec = {};
                Q_EMIT startFailed(message);
            }
        });
    });
}

void SimulatorHost::stop()
{
    QMetaObject::invokeMethod(m_simulator, [this] { m_simulator->stop(); });
}

void SimulatorHost::setGroupFaults(const QString& group, const devicesim::FaultSettings& faults)
{
    QMetaObject::invokeMethod(m_simulator, [this, name = group.toStdString(), faults] {
        auto result = m_simulator->setGroupFaults(name, faults);
        if (!result) {
            const QString message = QString::fromStdString(result.error().message);
            QMetaObject::invokeMethod(this, [this, message] { Q_EMIT faultsFailed(message); });
        }
    });
}

} // namespace hangar::app
