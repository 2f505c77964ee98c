#pragma once

#include "dashboard/fleet_summary.h"

#include <QTimer>
#include <QWidget>

#include <array>
#include <atomic>
#include <memory>

class QCustomPlot;
class QLabel;
class QTreeView;

namespace hangar::app {

class AppServices;
class CountListModel;
class RecentEventsModel;

/// The fleet at a glance: devices online / sleeping / offline / known, devices online over
/// time since the app started, firmware versions (top 10 and the rest) as bars, the top models
/// and the latest events. Every query runs on a worker; counts refresh every 2 s and soon after
/// devicesChanged (coalesced), the firmware and model tally (a pass over the whole device list)
/// when devices changed, at most every 2 s for small fleets and every 15 s for large ones.
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    enum Card { Online, Sleeping, Offline, Total, CardCount };

    DashboardView(AppServices& services, QWidget* parent = nullptr);
    ~DashboardView() override;

    /// Queries everything again now (F5).
    void refresh();

    /// The number a card shows, as displayed.
    QString cardText(Card card) const;
    /// The bars the firmware chart shows, in order.
    const std::vector<NamedCount>& firmwareBars() const { return m_firmware; }
    QCustomPlot* onlinePlot() const { return m_onlinePlot; }
    QCustomPlot* firmwarePlot() const { return m_firmwarePlot; }
    CountListModel* modelsModel() const { return m_models; }
    RecentEventsModel* eventsModel() const { return m_events; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildLayout();
    void retranslate();
    void onTick();
    void refreshCounts();
    void refreshDistribution();
    void refreshEvents();
    void showCounts(const StatusCounts& counts);
    void showDistribution(const FleetDistribution& tally);

    AppServices& m_services;
    std::array<QLabel*, CardCount> m_cardCaptions{};
    std::array<QLabel*, CardCount> m_cardValues{};
    std::array<QLabel*, 4> m_sectionTitles{};
    QCustomPlot* m_onlinePlot = nullptr;
    QCustomPlot* m_firmwarePlot = nullptr;
    QTreeView* m_modelsView = nullptr;
    QTreeView* m_eventsView = nullptr;
    CountListModel* m_models = nullptr;
    RecentEventsModel* m_events = nullptr;
    std::vector<NamedCount> m_firmware;
    FleetDistribution m_lastTally;

    QTimer m_tick;
    QTimer m_soon;
    bool m_countsRunning = false;
    bool m_tallyRunning = false;
    bool m_eventsRunning = false;
    bool m_tallyDirty = true;
    std::int64_t m_lastTallyMs = 0;
    std::int64_t m_knownDevices = 0;
    double m_lastSampleSec = 0;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace hangar::app
