#pragma once

#include "shell/page_factory.h"
#include "shell/shell_context.h"

#include <QMainWindow>

#include <vector>

class QAction;
class QActionGroup;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTabWidget;

namespace hangar::app {

class AppServices;
class DegradedBanner;
class StatusMonitor;

/// The application window: a sidebar switching the views, menus and shortcuts (Ctrl+F search,
/// F5 refresh, Ctrl+1… views, Ctrl+Q quit), a status bar with the endpoints, device counts and
/// ingest rate, a banner while the engine is degraded, and device detail tabs. Geometry, last view
/// and view layouts survive restarts.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(AppServices& services, ShellContext context, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Shows a page (selects its sidebar entry).
    void showPage(PageId id);
    PageId currentPage() const;
    /// The view widget of a page (nullptr for DeviceDetails before a device was opened).
    QWidget* pageWidget(PageId id) const;
    QListWidget* sidebar() const { return m_sidebar; }
    QTabWidget* detailTabs() const { return m_detailTabs; }
    StatusMonitor* statusMonitor() const { return m_status; }
    DegradedBanner* degradedBanner() const { return m_banner; }

    /// Writes geometry, state, last view and view layouts to the settings.
    void saveSettings();

public Q_SLOTS:
    /// Opens (or brings forward) the detail tab of `endpoint` and shows it.
    void openDevice(const QString& endpoint);
    /// Shows the telemetry tab (created on first use) with this device's resource added.
    void showChart(const QString& endpoint, const QString& path);
    /// F5: asks the current view to load its data again.
    void refreshCurrent();
    /// Ctrl+F: moves the focus to the current view's search box.
    void findInCurrent();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildPages();
    void buildSidebar();
    void buildMenus();
    void restoreSettings();
    void retranslate();
    void closeDetailTab(int index);
    ViewHooks currentHooks() const;
    int indexOf(PageId id) const;

    AppServices& m_services;
    ShellContext m_context;
    std::vector<ShellPage> m_pages; ///< sidebar order; DeviceDetails last
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTabWidget* m_detailTabs = nullptr;
    StatusMonitor* m_status = nullptr;
    DegradedBanner* m_banner = nullptr;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_find = nullptr;
    QAction* m_refresh = nullptr;
    QAction* m_about = nullptr;
    QAction* m_aboutQt = nullptr;
    QActionGroup* m_viewActions = nullptr;
};

} // namespace hangar::app
