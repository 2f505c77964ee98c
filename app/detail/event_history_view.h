#pragma once

#include <QWidget>

#include <string>

class QLabel;
class QTableView;
class QTimer;

namespace hangar::app {

class AppServices;
class EventHistoryModel;

/// The Events tab of the device detail: the engine's events for this device, read off the GUI
/// thread and refreshed every few seconds (only events newer than the last one shown).
class EventHistoryView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kRefreshMs = 3000;

    EventHistoryView(AppServices& services, const QString& endpoint, QWidget* parent = nullptr);

    EventHistoryModel& model() const { return *m_model; }
    QTableView* table() const { return m_table; }

public Q_SLOTS:
    /// Fetches events newer than the last one shown (ignored while a fetch runs).
    void refresh();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateSummary();

    AppServices& m_services;
    std::string m_endpoint;
    EventHistoryModel* m_model = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_table = nullptr;
    QTimer* m_timer = nullptr;
    std::int64_t m_lastId = 0;
    bool m_busy = false;
    QString m_error;
};

} // namespace hangar::app
