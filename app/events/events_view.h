#pragma once

#include <QByteArray>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace hangar::app {

class AppServices;
class EventFeed;
class EventLogModel;

/// The Events view: the engine's event log (registrations, refusals, failed requests…), newest
/// first, live, with a filter box over every column. Double click opens the event's device.
class EventsView : public QWidget
{
    Q_OBJECT

public:
    EventsView(AppServices& services, QWidget* parent = nullptr);
    ~EventsView() override;

    /// Column widths and sort, for the shell to persist.
    QByteArray saveState() const;
    bool restoreState(const QByteArray& state);

    EventLogModel& model() const { return *m_model; }
    QSortFilterProxyModel& filtered() const { return *m_proxy; }
    QLineEdit* searchField() const { return m_search; }
    QTableView* table() const { return m_table; }

public Q_SLOTS:
    /// Polls the event log now (F5).
    void refresh();
    /// Moves the focus to the filter box (Ctrl+F).
    void focusSearch();

Q_SIGNALS:
    /// The user opened an event that concerns a device.
    void deviceActivated(const QString& endpoint);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateCount();

    EventLogModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    EventFeed* m_feed = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_error = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace hangar::app
