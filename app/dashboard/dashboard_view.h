#pragma once

#include "dashboard/top_counts.h"
#include "store/store_records.h"

#include <QTimer>
#include <QWidget>

#include <array>
#include <atomic>
#include <memory>
#include <optional>

class QCustomPlot;
class QLabel;
class QTreeView;

namespace hangar::app {

class AppServices;
class CountListModel;
class RecentEventsModel;

/// The fleet at a glance: devices online / sleeping / offline / known, devices online over
/// time since the app started, firmware versions (top 10 and the rest) as bars, the top models
/// and the latest events. Every query runs on a worker. The cards, the firmware bars and the
/// models come from one Engine::fleetSummary() (a few GROUP BY queries, ~30 ms at 100,000
/// devices), taken every 2 s and 250 ms after devicesChanged: a burst of changes costs one query
/// per 250 ms (longer when the store answers slowly), and queries never overlap.
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
    QCustomPlot* registrationsPlot() const { return m_registrationsPlot; }
    /// The registrations per 15-minute bucket the chart shows (the last 24 hours).
    const std::vector<store::EventCount>& registrationBars() const { return m_registrations; }
    QCustomPlot* firmwarePlot() const { return m_firmwarePlot; }
    CountListModel* modelsModel() const { return m_models; }
    RecentEventsModel* eventsModel() const { return m_events; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildLayout();
    void retranslate();
    void onTick();
    void refreshSummary();
    void refreshEvents();
    void refreshRegistrations();
    void showSummary(const store::FleetSummary& summary);
    /// The firmware bars and the models of the last summary; unchanged bars are not redrawn
    /// unless `redraw` (their names were translated again).
    void showBreakdown(bool redraw);

    AppServices& m_services;
    std::array<QLabel*, CardCount> m_cardCaptions{};
    std::array<QLabel*, CardCount> m_cardValues{};
    std::array<QLabel*, 4> m_sectionTitles{};
    QCustomPlot* m_registrationsPlot = nullptr;
    QCustomPlot* m_firmwarePlot = nullptr;
    QTreeView* m_modelsView = nullptr;
    QTreeView* m_eventsView = nullptr;
    CountListModel* m_models = nullptr;
    RecentEventsModel* m_events = nullptr;
    std::vector<NamedCount> m_firmware;
    std::optional<store::FleetSummary> m_summary;
    std::vector<store::EventCount> m_registrations;

    QTimer m_tick;
    QTimer m_soon;
    bool m_summaryRunning = false;
    bool m_summaryWanted = false; ///< asked for while one was running: run again when it ends
    bool m_eventsRunning = false;
    bool m_registrationsRunning = false;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace hangar::app
