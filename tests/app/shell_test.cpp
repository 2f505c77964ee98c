#include "shell_fixture.h"

#include "events/event_feed.h"
#include "events/events_view.h"
#include "shell/main_window.h"
#include "shell/status_monitor.h"
#include "simulator/first_run.h"

#include "services/gui_callback.h"

#include "scenario/server_uri.h"
#include "simulator.h"

#include "event_loop_wait.h"
#include "simulated_fleet.h"
#include "keyboard_reach.h"
#include "test_palettes.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace hangar;
using namespace std::chrono_literals;
using app::PageId;

namespace {

QString sidebarText(const app::MainWindow& window, PageId id)
{
    for (int row = 0; row < window.sidebar()->count(); ++row) {
        if (window.sidebar()->item(row)->data(Qt::UserRole).toInt() == static_cast<int>(id))
            return window.sidebar()->item(row)->text();
    }
    return {};
}

void showActive(QWidget& window)
{
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

} // namespace

TEST_CASE("every sidebar entry switches to its page", "[app][shell]")
{
    test::ShellFixture fixture;
    app::MainWindow window(*fixture.services, fixture.context);
    const auto* stack = window.findChild<QStackedWidget*>();
    REQUIRE(stack != nullptr);
    const PageId pages[] = {PageId::Dashboard, PageId::Devices, PageId::Updates, PageId::Provisioning,
                            PageId::Simulator, PageId::Events, PageId::Settings};
    int visible = 0;
    for (int row = 0; row < window.sidebar()->count(); ++row) {
        if (window.sidebar()->item(row)->isHidden())
            continue;
        ++visible;
        window.sidebar()->setCurrentRow(row);
        const auto id = static_cast<PageId>(window.sidebar()->item(row)->data(Qt::UserRole).toInt());
        CHECK(window.currentPage() == id);
        CHECK(stack->currentWidget() == window.pageWidget(id));
    }
    CHECK(visible == static_cast<int>(std::size(pages)));
    for (PageId id : pages)
        CHECK_FALSE(sidebarText(window, id).isEmpty());
}

TEST_CASE("the keyboard moves through the sidebar and Ctrl+number opens a view", "[app][shell]")
{
    test::ShellFixture fixture;
    app::MainWindow window(*fixture.services, fixture.context);
    showActive(window);
    window.showPage(PageId::Dashboard);
    window.sidebar()->setFocus();
    QTest::keyClick(window.sidebar(), Qt::Key_Down);
    CHECK(window.currentPage() == PageId::Devices);
    QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
    CHECK(window.currentPage() == PageId::Events);
}

TEST_CASE("Ctrl+F focuses the current view's search box and F5 refreshes it", "[app][shell]")
{
    test::ShellFixture fixture;
    app::MainWindow window(*fixture.services, fixture.context);
    showActive(window);
    window.showPage(PageId::Events);
    auto* events = qobject_cast<app::EventsView*>(window.pageWidget(PageId::Events));
    REQUIRE(events != nullptr);
    window.sidebar()->setFocus();

    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    CHECK(events->searchField()->hasFocus());

    auto* feed = events->findChild<app::EventFeed*>();
    REQUIRE(feed != nullptr);
    REQUIRE(test::waitFor([&] { return !feed->polling(); }));
    QSignalSpy polled(feed, &app::EventFeed::polled);
    // The feed's own timer polls once a second; F5 must poll well before that.
    QTest::keyClick(&window, Qt::Key_F5);
    CHECK(feed->polling());
    CHECK(test::waitFor([&] { return polled.count() > 0; }, 2000ms));
}

TEST_CASE("window layout, column widths and the last view survive a new main window", "[app][shell]")
{
    test::ShellFixture fixture;
    int width = 0;
    {
        app::MainWindow window(*fixture.services, fixture.context);
        window.resize(1000, 700);
        window.showPage(PageId::Events);
        auto* events = qobject_cast<app::EventsView*>(window.pageWidget(PageId::Events));
        events->table()->horizontalHeader()->resizeSection(1, 333);
        width = events->table()->horizontalHeader()->sectionSize(1);
        window.close();
    }
    app::MainWindow again(*fixture.services, fixture.context);
    CHECK(again.currentPage() == PageId::Events);
    CHECK(again.size() == QSize(1000, 700));
    auto* events = qobject_cast<app::EventsView*>(again.pageWidget(PageId::Events));
    CHECK(events->table()->horizontalHeader()->sectionSize(1) == width);
}

TEST_CASE("switching the language retranslates the sidebar and menus at once", "[app][shell]")
{
    test::ShellFixture fixture;
    app::MainWindow window(*fixture.services, fixture.context);
    CHECK(sidebarText(window, PageId::Devices) == QStringLiteral("Devices"));

    REQUIRE(fixture.language->apply(QStringLiteral("de")));
    QCoreApplication::processEvents();
    CHECK(sidebarText(window, PageId::Devices) == QStringLiteral("Geräte"));
    CHECK(sidebarText(window, PageId::Settings) == QStringLiteral("Einstellungen"));
    CHECK(fixture.settings->language() == QStringLiteral("de"));

    REQUIRE(fixture.language->apply(QStringLiteral("ja")));
    QCoreApplication::processEvents();
    CHECK(sidebarText(window, PageId::Devices) == QStringLiteral("デバイス"));

    fixture.language->apply(QStringLiteral("en"));
    QCoreApplication::processEvents();
    CHECK(sidebarText(window, PageId::Devices) == QStringLiteral("Devices"));
}

TEST_CASE("opening a device shows its detail tab once", "[app][shell]")
{
    test::ShellFixture fixture;
    app::MainWindow window(*fixture.services, fixture.context);
    window.openDevice(QStringLiteral("pump-7"));
    CHECK(window.currentPage() == PageId::DeviceDetails);
    window.showPage(PageId::Devices);
    window.openDevice(QStringLiteral("pump-7"));
    CHECK(window.detailTabs()->count() == 1);
    CHECK(window.detailTabs()->tabText(0) == QStringLiteral("pump-7"));
    Q_EMIT window.detailTabs()->tabCloseRequested(0);
    CHECK(window.detailTabs()->count() == 0);
    CHECK(window.currentPage() == PageId::Devices);
}

TEST_CASE("the status bar names the endpoints and the device counts", "[app][shell]")
{
    test::ShellFixture fixture;
    app::MainWindow window(*fixture.services, fixture.context);
    app::StatusMonitor* status = window.statusMonitor();
    CHECK(status->endpointsLabel()->text().contains(QStringLiteral("127.0.0.1:%1").arg(fixture.engine->coapPort())));
    CHECK(status->endpointsLabel()->text().contains(QString::number(fixture.api->port())));
    REQUIRE(test::waitFor([&] { return status->devicesLabel()->text().contains(QStringLiteral("online")); }));
    CHECK(status->devicesLabel()->text() == QStringLiteral("Devices: 0 online of 0"));
}

TEST_CASE("every control a keyboard reaches in the main views has a spoken name", "[app][shell][a11y]")
{
    test::ShellFixture fixture;
    app::MainWindow window(*fixture.services, fixture.context);
    window.resize(1280, 800);
    showActive(window);
    const PageId pages[] = {PageId::Dashboard, PageId::Devices,  PageId::Updates, PageId::Provisioning,
                            PageId::Simulator, PageId::Events, PageId::Settings};
    for (const PageId id : pages) {
        window.showPage(id);
        QCoreApplication::processEvents();
        QWidget* page = window.pageWidget(id);
        REQUIRE(page != nullptr);
        for (QWidget* widget : app::test::tabReachable(*page)) {
            INFO("page " << static_cast<int>(id) << ": " << app::test::describe(widget));
            CHECK_FALSE(app::test::spokenName(widget).isEmpty());
        }
    }
    window.openDevice(QStringLiteral("no-such-device"));
    QCoreApplication::processEvents();
    QWidget* detail = window.pageWidget(PageId::DeviceDetails);
    REQUIRE(detail != nullptr);
    for (QWidget* widget : app::test::tabReachable(*detail)) {
        INFO("device detail: " << app::test::describe(widget));
        CHECK_FALSE(app::test::spokenName(widget).isEmpty());
    }
    window.showChart(QStringLiteral("no-such-device"), QStringLiteral("/3303/0/5700"));
    QCoreApplication::processEvents();
    for (QWidget* widget : app::test::tabReachable(*detail)) {
        INFO("telemetry: " << app::test::describe(widget));
        CHECK_FALSE(app::test::spokenName(widget).isEmpty());
    }
}

// Not a check: renders every view with a demo fleet registered, for the README and for looking
// at the window (run with `app_tests "[.shots]"`, HANGAR_SHOTS=<dir>, default /tmp/shots).
TEST_CASE("screenshots of the main views", "[.shots]")
{
    test::ShellFixture fixture;
    const QString dir = qEnvironmentVariableIsEmpty("HANGAR_SHOTS") ? QStringLiteral("/tmp/shots")
                                                                    : qEnvironmentVariable("HANGAR_SHOTS");
    QDir().mkpath(dir);
    app::MainWindow window(*fixture.services, fixture.context);
    window.resize(1280, 800);
    window.show();
    app::startDemoFleet(*fixture.services, fixture.engine->coapPort(), 0, &window);
    REQUIRE(test::waitFor([&] { return fixture.engine->health().devicesOnline >= 50; }, 30000ms));
    test::spin(3000ms);
    const std::pair<PageId, const char*> pages[] = {
        {PageId::Dashboard, "dashboard"}, {PageId::Devices, "devices"}, {PageId::Updates, "updates"},
        {PageId::Simulator, "simulator"}, {PageId::Events, "events"},   {PageId::Settings, "settings"}};
    for (const auto& [id, name] : pages) {
        window.showPage(id);
        test::spin(1500ms);
        window.grab().save(QStringLiteral("%1/%2.png").arg(dir, QLatin1StringView(name)));
    }
    window.openDevice(QStringLiteral("demo-0001"));
    test::spin(3000ms);
    window.grab().save(QStringLiteral("%1/detail.png").arg(dir));
    fixture.language->applyForThisRun(QStringLiteral("de"));
    window.showPage(PageId::Settings);
    test::spin(1000ms);
    window.grab().save(QStringLiteral("%1/settings_de.png").arg(dir));
    fixture.language->applyForThisRun(QStringLiteral("ja"));
    window.showPage(PageId::Events);
    test::spin(1000ms);
    window.grab().save(QStringLiteral("%1/events_ja.png").arg(dir));

    QEventLoop stopped;
    QObject::connect(fixture.simulator.get(), &app::SimulatorHost::stopped, &stopped, &QEventLoop::quit);
    QTimer::singleShot(10000, &stopped, &QEventLoop::quit);
    fixture.simulator->stop();
    stopped.exec();
}

// Not a check: the main views after the application palette switched to dark at runtime, the
// way a desktop theme change arrives (`app_tests "[.shots-dark]"`, files dark_<view>.png in
// HANGAR_SHOTS, default /tmp/shots). Combine with QT_SCALE_FACTOR=2 to look at HiDPI.
TEST_CASE("screenshots of the main views after a switch to a dark palette", "[.shots-dark]")
{
    test::ShellFixture fixture;
    const QString dir = qEnvironmentVariableIsEmpty("HANGAR_SHOTS") ? QStringLiteral("/tmp/shots")
                                                                    : qEnvironmentVariable("HANGAR_SHOTS");
    QDir().mkpath(dir);
    const app::test::ScopedApplicationPalette light(app::test::lightPalette());
    app::MainWindow window(*fixture.services, fixture.context);
    window.resize(1280, 800);
    window.show();
    app::startDemoFleet(*fixture.services, fixture.engine->coapPort(), 0, &window);
    REQUIRE(test::waitFor([&] { return fixture.engine->health().devicesOnline >= 50; }, 30000ms));
    window.openDevice(QStringLiteral("demo-0001"));
    test::spin(3000ms);
    window.showChart(QStringLiteral("demo-0001"), QStringLiteral("/3/0/9"));
    test::spin(1500ms);

    const app::test::ScopedApplicationPalette dark(app::test::darkPalette());
    const std::pair<PageId, const char*> pages[] = {
        {PageId::Dashboard, "dashboard"}, {PageId::Devices, "devices"}, {PageId::Simulator, "simulator"},
        {PageId::Events, "events"},       {PageId::Settings, "settings"}, {PageId::DeviceDetails, "telemetry"}};
    for (const auto& [id, name] : pages) {
        window.showPage(id);
        test::spin(1500ms);
        window.grab().save(QStringLiteral("%1/dark_%2.png").arg(dir, QLatin1StringView(name)));
    }
    window.openDevice(QStringLiteral("demo-0001"));
    test::spin(1500ms);
    window.grab().save(QStringLiteral("%1/dark_detail.png").arg(dir));

    QEventLoop stopped;
    QObject::connect(fixture.simulator.get(), &app::SimulatorHost::stopped, &stopped, &QEventLoop::quit);
    QTimer::singleShot(10000, &stopped, &QEventLoop::quit);
    fixture.simulator->stop();
    stopped.exec();
}

namespace {

/// The number in "Ingest: 12 writes/s"; -1 when the label says something else.
int ingestRate(const app::StatusMonitor& status)
{
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("^Ingest: ([\\d,]+) writes/s$")).match(status.ingestLabel()->text());
    return match.hasMatch() ? match.captured(1).remove(u',').toInt() : -1;
}

} // namespace

TEST_CASE("Ctrl+Q closes the main window, which keeps its layout for the next start", "[app][shell]")
{
    test::ShellFixture fixture;
    {
        app::MainWindow window(*fixture.services, fixture.context);
        showActive(window);
        window.showPage(PageId::Events);
        QAction* quit = nullptr;
        for (QAction* action : window.findChildren<QAction*>()) {
            if (action->menuRole() == QAction::QuitRole)
                quit = action;
        }
        REQUIRE(quit != nullptr);
        CHECK(quit->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Q));
        QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
        CHECK_FALSE(window.isVisible());
    }
    app::MainWindow again(*fixture.services, fixture.context);
    CHECK(again.currentPage() == PageId::Events);
}

TEST_CASE("the status bar counts online devices and shows the ingest rate while observed values arrive",
          "[app][shell]")
{
    test::ShellFixture fixture;
    devicesim::Simulator fleet(fixture.engine->models());
    REQUIRE(fleet.start(app::test::oneGroupFleet(fixture.engine->coapPort(), "ht", "temperature-humidity", 3)).has_value());
    devicesim::Simulator gone(fixture.engine->models());
    REQUIRE(gone.start(app::test::oneGroupFleet(fixture.engine->coapPort(), "gone", "temperature-humidity", 1)).has_value());
    app::MainWindow window(*fixture.services, fixture.context);
    app::StatusMonitor* status = window.statusMonitor();

    REQUIRE(test::waitFor([&] { return status->devicesLabel()->text() == QStringLiteral("Devices: 4 online of 4"); },
                          10000ms));
    app::test::stopSimulator(gone);
    REQUIRE(test::waitFor([&] { return status->devicesLabel()->text() == QStringLiteral("Devices: 3 online of 4"); },
                          8000ms));
    // Registered and read: the store goes quiet.
    REQUIRE(test::waitFor([&] { return ingestRate(*status) == 0; }, 8000ms));

    engine::NotificationAttributes everySecond;
    everySecond.pminSec = 0;
    everySecond.pmaxSec = 1;
    int observing = 0;
    for (const char* endpoint : {"sim-ht-001", "sim-ht-002", "sim-ht-003"}) {
        fixture.engine->observe(endpoint, lwm2m::LwM2mPath(3303, 0, 5700), everySecond,
                                app::onGui<engine::ReadResult>(&window, [&](Expected<engine::ReadResult> r) {
                                    observing += r.has_value() ? 1 : 0;
                                }));
    }
    REQUIRE(test::waitFor([&] { return observing == 3; }, 5000ms));
    REQUIRE(test::waitFor([&] { return ingestRate(*status) > 0; }, 8000ms));
    CHECK(status->devicesLabel()->text() == QStringLiteral("Devices: 3 online of 4"));
    app::test::stopSimulator(fleet);
}
