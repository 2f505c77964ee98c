#include "shell/main_window.h"

#include "charts/telemetry_view.h"
#include "detail/device_detail_view.h"

#include "services/app_services.h"
#include "settings/app_settings.h"
#include "shell/degraded_banner.h"
#include "shell/status_monitor.h"
#include "shell/themed_icon.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace hangar::app {
namespace {

const char* const kDetailsTitle = QT_TRANSLATE_NOOP("hangar::app::MainWindow", "Device details");

QIcon pageIcon(const QString& name) { return themedIcon(name); }

} // namespace

MainWindow::MainWindow(AppServices& services, ShellContext context, QWidget* parent)
    : QMainWindow(parent), m_services(services), m_context(std::move(context))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/hangar.svg")));
    buildPages();
    buildSidebar();

    auto* central = new QWidget(this);
    auto* rows = new QVBoxLayout(central);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(0);
    m_banner = new DegradedBanner(central);
    rows->addWidget(m_banner);
    auto* layout = new QHBoxLayout;
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    auto* divider = new QFrame(central);
    divider->setFrameShape(QFrame::VLine);
    divider->setFrameShadow(QFrame::Sunken);
    layout->addWidget(divider);
    layout->addWidget(m_stack, 1);
    rows->addLayout(layout, 1);
    setCentralWidget(central);

    m_status = new StatusMonitor(m_services, m_context, statusBar());
    connect(m_status, &StatusMonitor::healthPolled, m_banner, &DegradedBanner::showHealth);
    buildMenus();
    retranslate();
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildPages()
{
    m_stack = new QStackedWidget(this);
    m_pages = createPages(m_services, m_context, m_stack,
                          [this](const QString& endpoint) { openDevice(endpoint); });

    m_detailTabs = new QTabWidget(m_stack);
    m_detailTabs->setObjectName(QStringLiteral("detailTabs"));
    m_detailTabs->setTabsClosable(true);
    m_detailTabs->setDocumentMode(true);
    connect(m_detailTabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeDetailTab);
    m_pages.push_back(ShellPage{PageId::DeviceDetails, QStringLiteral("details"),
                                QStringLiteral("devices"), kDetailsTitle, m_detailTabs, {}});

    for (const ShellPage& page : m_pages)
        m_stack->addWidget(page.widget);
}

void MainWindow::buildSidebar()
{
    m_sidebar = new QListWidget(this);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setIconSize(QSize(24, 24)); // SVG icons: sharp at any device pixel ratio
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_sidebar->setSpacing(2);
    // The sidebar is a navigation list: the palette's window colour sets it apart from the pages.
    m_sidebar->setBackgroundRole(QPalette::Window);
    m_sidebar->viewport()->setBackgroundRole(QPalette::Window);
    for (const ShellPage& page : m_pages) {
        auto* item = new QListWidgetItem(pageIcon(page.icon), QString(), m_sidebar);
        item->setData(Qt::UserRole, static_cast<int>(page.id));
        item->setHidden(page.id == PageId::DeviceDetails);
    }
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_stack->setCurrentIndex(row);
    });
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    // Not QKeySequence::Quit: the Windows key scheme (also offscreen's) binds nothing to it.
    // Qt::CTRL is Command on macOS, so this is Ctrl+Q / Cmd+Q wherever Quit has a binding.
    m_quit = m_fileMenu->addAction(QIcon(), QString(), QKeySequence(Qt::CTRL | Qt::Key_Q), this,
                                   &QWidget::close);
    m_quit->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(QString());
    m_find = m_editMenu->addAction(QIcon(), QString(), QKeySequence::Find, this, &MainWindow::findInCurrent);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewActions = new QActionGroup(this);
    for (const ShellPage& page : m_pages) {
        if (page.id == PageId::DeviceDetails)
            continue;
        const int number = indexOf(page.id) + 1;
        QAction* action = m_viewMenu->addAction(pageIcon(page.icon), QString());
        action->setCheckable(true);
        action->setData(static_cast<int>(page.id));
        action->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(number)));
        m_viewActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, id = page.id] { showPage(id); });
    }
    m_viewMenu->addSeparator();
    m_refresh = m_viewMenu->addAction(pageIcon(QStringLiteral("refresh")), QString(),
                                      QKeySequence::Refresh, this, &MainWindow::refreshCurrent);

    m_helpMenu = menuBar()->addMenu(QString());
    m_about = m_helpMenu->addAction(pageIcon(QStringLiteral("hangar")), QString(), this, [this] {
        QMessageBox::about(this, tr("About Hangar"),
                           tr("<h3>Hangar %1</h3><p>Self-hosted LwM2M device management: register, "
                              "watch and manage a fleet of devices.</p>")
                               .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
    });
    m_about->setMenuRole(QAction::AboutRole);
    m_aboutQt = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);

    connect(m_stack, &QStackedWidget::currentChanged, this, [this](int index) {
        if (index < 0 || static_cast<std::size_t>(index) >= m_pages.size())
            return;
        m_sidebar->setCurrentRow(index);
        for (QAction* action : m_viewActions->actions())
            action->setChecked(action->data().toInt() == static_cast<int>(m_pages[static_cast<std::size_t>(index)].id));
        const ViewHooks hooks = currentHooks();
        m_refresh->setEnabled(static_cast<bool>(hooks.refresh));
        m_find->setEnabled(static_cast<bool>(hooks.focusSearch));
    });
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Hangar"));
    for (int row = 0; row < m_sidebar->count(); ++row) {
        const ShellPage& page = m_pages[static_cast<std::size_t>(row)];
        const QString title = tr(page.title);
        m_sidebar->item(row)->setText(title);
        m_sidebar->item(row)->setToolTip(title);
    }
    m_sidebar->setAccessibleName(tr("Views"));
    for (int i = 0; m_detailTabs != nullptr && i < m_detailTabs->count(); ++i)
        if (qobject_cast<TelemetryView*>(m_detailTabs->widget(i)) != nullptr)
            m_detailTabs->setTabText(i, tr("Telemetry"));
    // Wide enough for the longest title in the current language.
    m_sidebar->setFixedWidth(m_sidebar->sizeHintForColumn(0) + 2 * m_sidebar->frameWidth() +
                             fontMetrics().averageCharWidth() * 2);

    m_fileMenu->setTitle(tr("&File"));
    m_quit->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_find->setText(tr("&Find…"));
    m_viewMenu->setTitle(tr("&View"));
    for (QAction* action : m_viewActions->actions()) {
        const int index = indexOf(static_cast<PageId>(action->data().toInt()));
        action->setText(tr(m_pages[static_cast<std::size_t>(index)].title));
    }
    m_refresh->setText(tr("&Refresh"));
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About Hangar"));
    m_aboutQt->setText(tr("About &Qt"));
    m_detailTabs->setAccessibleName(tr("Open devices"));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::showPage(PageId id)
{
    const int index = indexOf(id);
    if (index < 0)
        return;
    m_sidebar->item(index)->setHidden(false);
    m_stack->setCurrentIndex(index);
}

PageId MainWindow::currentPage() const
{
    return m_pages[static_cast<std::size_t>(m_stack->currentIndex())].id;
}

QWidget* MainWindow::pageWidget(PageId id) const
{
    const int index = indexOf(id);
    return index < 0 ? nullptr : m_pages[static_cast<std::size_t>(index)].widget;
}

int MainWindow::indexOf(PageId id) const
{
    for (std::size_t i = 0; i < m_pages.size(); ++i) {
        if (m_pages[i].id == id)
            return static_cast<int>(i);
    }
    return -1;
}

ViewHooks MainWindow::currentHooks() const
{
    if (currentPage() == PageId::DeviceDetails) {
        QWidget* detail = m_detailTabs->currentWidget();
        return detail ? metaHooksOf(detail) : ViewHooks{};
    }
    return m_pages[static_cast<std::size_t>(m_stack->currentIndex())].hooks;
}

void MainWindow::refreshCurrent()
{
    if (const ViewHooks hooks = currentHooks(); hooks.refresh)
        hooks.refresh();
}

void MainWindow::findInCurrent()
{
    if (const ViewHooks hooks = currentHooks(); hooks.focusSearch)
        hooks.focusSearch();
}

void MainWindow::openDevice(const QString& endpoint)
{
    for (int i = 0; i < m_detailTabs->count(); ++i) {
        if (m_detailTabs->widget(i)->property("endpoint").toString() == endpoint) {
            m_detailTabs->setCurrentIndex(i);
            showPage(PageId::DeviceDetails);
            return;
        }
    }
    QWidget* detail = createDeviceDetail(m_services, endpoint, m_detailTabs);
    detail->setProperty("endpoint", endpoint);
    if (auto* view = qobject_cast<DeviceDetailView*>(detail))
        connect(view, &DeviceDetailView::chartRequested, this, &MainWindow::showChart);
    m_detailTabs->setCurrentIndex(m_detailTabs->addTab(detail, pageIcon(QStringLiteral("devices")), endpoint));
    showPage(PageId::DeviceDetails);
}

void MainWindow::showChart(const QString& endpoint, const QString& path)
{
    // One telemetry tab collects every series asked for, so devices can be overlaid.
    TelemetryView* chart = nullptr;
    for (int i = 0; i < m_detailTabs->count() && chart == nullptr; ++i)
        chart = qobject_cast<TelemetryView*>(m_detailTabs->widget(i));
    if (chart == nullptr) {
        chart = new TelemetryView(m_services, m_detailTabs);
        m_detailTabs->addTab(chart, pageIcon(QStringLiteral("chart")), tr("Telemetry"));
    }
    chart->addSeries(endpoint, path);
    m_detailTabs->setCurrentWidget(chart);
    showPage(PageId::DeviceDetails);
}

void MainWindow::closeDetailTab(int index)
{
    QWidget* detail = m_detailTabs->widget(index);
    m_detailTabs->removeTab(index);
    detail->deleteLater();
    if (m_detailTabs->count() == 0) {
        m_sidebar->item(indexOf(PageId::DeviceDetails))->setHidden(true);
        if (currentPage() == PageId::DeviceDetails)
            showPage(PageId::Devices);
    }
}

void MainWindow::restoreSettings()
{
    AppSettings& settings = *m_context.settings;
    if (!restoreGeometry(settings.windowGeometry()))
        resize(QSize(1200, 760).boundedTo(screen() ? screen()->availableSize() * 0.9 : QSize(1200, 760)));
    restoreState(settings.windowState());
    for (const ShellPage& page : m_pages) {
        const QByteArray state = settings.viewState(page.key);
        if (page.hooks.restoreState && !state.isEmpty())
            page.hooks.restoreState(state);
    }
    PageId start = PageId::Dashboard;
    for (const ShellPage& page : m_pages) {
        if (page.key == settings.lastView() && page.id != PageId::DeviceDetails)
            start = page.id;
    }
    showPage(start);
    // currentChanged does not fire when the start page is already the current one.
    Q_EMIT m_stack->currentChanged(m_stack->currentIndex());
}

void MainWindow::saveSettings()
{
    AppSettings& settings = *m_context.settings;
    settings.setWindow(saveGeometry(), saveState());
    const PageId shown = currentPage() == PageId::DeviceDetails ? PageId::Devices : currentPage();
    settings.setLastView(m_pages[static_cast<std::size_t>(indexOf(shown))].key);
    for (const ShellPage& page : m_pages) {
        if (page.hooks.saveState)
            settings.setViewState(page.key, page.hooks.saveState());
    }
    settings.sync();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace hangar::app
