#pragma once

#include "engine/engine.h"
#include "shell/shell_context.h"

#include <QElapsedTimer>
#include <QObject>

#include <optional>

class QLabel;
class QStatusBar;
class QTimer;

namespace hangar::app {

class ApiHost;
class AppServices;

/// The status bar's live part: the endpoints listening, devices online / known and the ingest
/// rate (store writes committed per second). Engine health is polled once a second on a worker
/// thread; a poll never overlaps the previous one.
class StatusMonitor : public QObject
{
    Q_OBJECT

public:
    StatusMonitor(AppServices& services, const ShellContext& context, QStatusBar* bar);

    /// Polls now (tests) instead of waiting for the next second.
    void pollNow();
    QLabel* endpointsLabel() const { return m_endpoints; }
    QLabel* devicesLabel() const { return m_devices; }
    QLabel* ingestLabel() const { return m_ingest; }

Q_SIGNALS:
    /// Each poll's answer (the degraded banner follows it).
    void healthPolled(const engine::EngineHealth& health);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onHealth(const engine::EngineHealth& health);
    void retranslate();

    AppServices& m_services;
    ListeningEndpoints m_listening;
    ApiHost* m_api = nullptr;
    QLabel* m_endpoints = nullptr;
    QLabel* m_devices = nullptr;
    QLabel* m_ingest = nullptr;
    QTimer* m_timer = nullptr;
    bool m_polling = false;
    std::optional<engine::EngineHealth> m_last;
    std::optional<std::uint64_t> m_lastDurable;
    QElapsedTimer m_sinceLast;
    double m_ratePerSec = 0.0;
};

} // namespace hangar::app
