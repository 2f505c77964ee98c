#pragma once

#include "fleet_spec.h"
#include "fleet_stats.h"
#include "simulator.h"

#include <QWidget>

#include <cstdint>
#include <functional>

class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace hangar::app {

class AppServices;
class ErrorLabel;
class FaultControls;
class FleetCounters;
class FleetForm;
class FleetLauncher;
class GroupStatsModel;

/// The Simulator view: starts a simulated fleet (built-in profile or scenario file) against the
/// embedded engine or another server, stops it with a clean de-registration, changes its faults
/// while it runs and shows its live counters, in total and per group. Everything runs on the
/// SimulatorHost's thread; this view only reacts to its signals.
class SimulatorPanel : public QWidget
{
    Q_OBJECT

public:
    /// `coapPort` / `coapsPort`: the embedded engine's bound ports (LocalEngine::coapPort(),
    /// coapsPort(); 0 when an endpoint is off) — the Engine facade does not name them.
    SimulatorPanel(AppServices& services, std::uint16_t coapPort, std::uint16_t coapsPort,
                   QWidget* parent = nullptr);
    ~SimulatorPanel() override;

    /// The per-group counts (tests, and views that want them).
    GroupStatsModel* groupModel() const { return m_groupModel; }
    FleetCounters* counters() const { return m_counters; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void startFleet();
    void stopFleet();
    void onStateChanged(devicesim::SimulatorState state);
    void onStats(const devicesim::SimulatorStats& stats);
    void onStopped(const devicesim::SimulatorStats& finalStats);
    /// `text` is re-evaluated on a language change.
    void setStatus(std::function<QString()> text, bool error = false);
    void updateControls();
    void updateProgress();

    AppServices& m_services;
    FleetLauncher* m_launcher = nullptr;
    GroupStatsModel* m_groupModel = nullptr;
    devicesim::FleetSpec m_fleetSpec; ///< of the running (or last) fleet, for the group table
    devicesim::SimulatorStats m_stats;
    std::uint64_t m_onlineAtStop = 0;
    std::function<QString()> m_statusText;

    QGroupBox* m_newFleetBox = nullptr;
    FleetForm* m_form = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_stop = nullptr;
    ErrorLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QGroupBox* m_faultsBox = nullptr;
    FaultControls* m_faults = nullptr;
    QGroupBox* m_countersBox = nullptr;
    FleetCounters* m_counters = nullptr;
    QTableView* m_groupTable = nullptr;
};

} // namespace hangar::app
