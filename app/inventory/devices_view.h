#pragma once

#include <QByteArray>
#include <QWidget>

#include <string>
#include <vector>

class QAction;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTableView;
class QTimer;
class QToolBar;
class QToolButton;

namespace hangar::app {

class AppServices;
class BulkActionRunner;
class BulkProgressPanel;
class DeviceFeed;
class DeviceTableModel;
class MatchHighlightDelegate;

/// The Devices view: every device in one sortable table, a search box with a small query
/// syntax, and bulk actions (read, reboot, tag, export CSV, forget) on the selection.
class DevicesView : public QWidget
{
    Q_OBJECT

public:
    DevicesView(AppServices& services, QWidget* parent = nullptr);
    ~DevicesView() override;

    /// Column widths, order and sort, for the shell to persist.
    QByteArray saveState() const;
    /// Restores what saveState() returned; false (and nothing changed) for foreign data.
    bool restoreState(const QByteArray& state);

    /// The model behind the table (tests and benches).
    DeviceTableModel& model() const { return *m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchField() const { return m_search; }

    /// Writes the selected rows (or every shown row when none is selected), with the shown
    /// columns in their shown order, to `path` off the GUI thread; exportFinished() follows.
    void exportCsvTo(const QString& path);

public Q_SLOTS:
    /// Loads every device again (F5).
    void refresh();
    /// Moves the focus to the search box (Ctrl+F).
    void focusSearch();

Q_SIGNALS:
    /// The user opened a device (Enter or double click).
    void deviceActivated(const QString& endpoint);
    /// A CSV export ended; `message` says where it went or why it failed (translated).
    void exportFinished(bool ok, const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildActions();
    void buildLayout();
    void retranslate();
    void applySearch();
    void updateCount();
    void updateActions();
    void showContextMenu(const QPoint& position);
    std::vector<std::string> selectedEndpoints() const;

    void readSelected();
    void rebootSelected();
    void tagSelected();
    void exportSelected();
    void forgetSelected();

    AppServices& m_services;
    DeviceTableModel* m_model = nullptr;
    DeviceFeed* m_feed = nullptr;
    BulkActionRunner* m_runner = nullptr;
    MatchHighlightDelegate* m_delegate = nullptr;

    QToolBar* m_toolbar = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_searchError = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_info = nullptr;
    QProgressBar* m_loadBar = nullptr;
    QToolButton* m_loadCancel = nullptr;
    QTableView* m_table = nullptr;
    BulkProgressPanel* m_bulkPanel = nullptr;
    QTimer* m_searchTimer = nullptr;
    int m_loaded = 0;
    int m_loadTotal = 0;

    QAction* m_refreshAction = nullptr;
    QAction* m_readAction = nullptr;
    QAction* m_rebootAction = nullptr;
    QAction* m_tagAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_forgetAction = nullptr;
    QAction* m_openAction = nullptr;
};

} // namespace hangar::app
