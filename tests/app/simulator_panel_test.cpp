#include "services/app_services.h"
#include "services/simulator_host.h"
#include "simulator/fault_controls.h"
#include "simulator/first_run.h"
#include "simulator/fleet_counters.h"
#include "simulator/fleet_request.h"
#include "simulator/group_stats_model.h"
#include "simulator/simulator_panel.h"

#include "engine/local_engine.h"

#include "event_loop_wait.h"
#include "keyboard_reach.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

#include <atomic>
#include <memory>

using namespace hangar;
using namespace std::chrono_literals;
using hangar::test::waitFor;

namespace {

/// A real engine on 127.0.0.1 (plain and DTLS on free ports), the real SimulatorHost, and the
/// services the views get.
struct SimulatorFixture
{
    QTemporaryDir dir;
    std::unique_ptr<engine::LocalEngine> engine;
    std::unique_ptr<app::SimulatorHost> host;
    std::unique_ptr<app::AppServices> services;

    SimulatorFixture()
    {
        engine::EngineConfig config;
        config.dataDir = dir.path().toStdString();
        config.coap = engine::ListenAddress{"127.0.0.1", 0};
        config.coaps = engine::ListenAddress{"127.0.0.1", 0};
        config.transport.plainListenShards = 2;
        config.minimumLifetime = 1s;
        auto started = engine::LocalEngine::start(config);
        REQUIRE(started.has_value());
        engine = std::move(*started);
        host = std::make_unique<app::SimulatorHost>(engine->models());
        services = std::make_unique<app::AppServices>(*engine, *host);
    }

    ~SimulatorFixture()
    {
        if (host->state() == devicesim::SimulatorState::Running)
            host->stop();
        waitFor([this] { return host->state() == devicesim::SimulatorState::Idle; }, 8000ms);
        services->waitForQueries();
        services.reset();
        host.reset();
    }

    std::int64_t online() const { return engine->health().devicesOnline; }

    /// True when the store knows `endpoint` (after the queued writes are durable).
    bool known(const std::string& endpoint) const
    {
        REQUIRE(engine->flushStore().has_value());
        return engine->device(endpoint).has_value();
    }

    std::unique_ptr<app::SimulatorPanel> panel() const
    {
        auto view = std::make_unique<app::SimulatorPanel>(*services, engine->coapPort(), engine->coapsPort());
        view->resize(1100, 640);
        view->show();
        return view;
    }
};

template <typename T>
T* child(const QWidget& parent, const char* name)
{
    T* found = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(found != nullptr);
    return found;
}

std::uint64_t groupCount(const app::GroupStatsModel& model, int row, int column)
{
    return model.data(model.index(row, column), Qt::EditRole).toULongLong();
}

QString writeFile(const QTemporaryDir& dir, const char* name, const QByteArray& text)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text);
    return path;
}

void chooseScenario(const QWidget& panel, const QString& path)
{
    child<QTabWidget>(panel, "fleetSource")->setCurrentIndex(1);
    auto* edit = child<QLineEdit>(panel, "scenarioPath");
    edit->setText(path);
    QTest::keyClick(edit, Qt::Key_Return);
}

} // namespace

TEST_CASE("starting a 20-device fleet from the panel registers it and stop de-registers it", "[app][simulator]")
{
    SimulatorFixture fixture;
    auto panel = fixture.panel();
    auto* start = child<QPushButton>(*panel, "startFleet");
    auto* stop = child<QPushButton>(*panel, "stopFleet");
    CHECK(start->isEnabled());
    CHECK_FALSE(stop->isEnabled());

    child<QSpinBox>(*panel, "deviceCount")->setValue(20);
    child<QLineEdit>(*panel, "endpointPrefix")->setText(QStringLiteral("paneltest"));
    QTest::mouseClick(start, Qt::LeftButton);
    CHECK_FALSE(start->isEnabled());

    REQUIRE(waitFor([&] { return fixture.online() == 20; }, 15000ms));
    REQUIRE(waitFor([&] { return panel->counters()->valueText(app::FleetCounters::Registered) == QStringLiteral("20"); },
                    5000ms));
    CHECK(panel->counters()->valueText(app::FleetCounters::Devices) == QStringLiteral("20"));
    const app::GroupStatsModel& model = *panel->groupModel();
    REQUIRE(model.rowCount() == 1);
    CHECK(model.data(model.index(0, app::GroupStatsModel::GroupColumn)).toString() == QStringLiteral("paneltest"));
    CHECK(groupCount(model, 0, app::GroupStatsModel::RegisteredColumn) == 20);
    CHECK(fixture.known("paneltest-0007"));
    CHECK_FALSE(start->isEnabled());
    CHECK(stop->isEnabled());

    QTest::mouseClick(stop, Qt::LeftButton);
    REQUIRE(waitFor([&] { return fixture.host->state() == devicesim::SimulatorState::Idle; }, 10000ms));
    REQUIRE(waitFor([&] { return fixture.online() == 0; }, 5000ms));
    CHECK(child<QLabel>(*panel, "simulatorStatus")->text().contains(QStringLiteral("20")));
    CHECK(start->isEnabled());
    CHECK_FALSE(stop->isEnabled());
}

TEST_CASE("packet loss set in the panel while running reaches the group's relay", "[app][simulator]")
{
    SimulatorFixture fixture;
    auto panel = fixture.panel();
    child<QSpinBox>(*panel, "deviceCount")->setValue(10);
    child<QLineEdit>(*panel, "endpointPrefix")->setText(QStringLiteral("lossy"));
    auto* loss = child<QDoubleSpinBox>(*panel, "lossPercent");
    CHECK_FALSE(loss->isEnabled());
    QTest::mouseClick(child<QPushButton>(*panel, "startFleet"), Qt::LeftButton);
    REQUIRE(waitFor([&] { return fixture.online() == 10; }, 15000ms));
    REQUIRE(waitFor([&] { return loss->isEnabled(); }, 2000ms));
    const app::GroupStatsModel& model = *panel->groupModel();
    CHECK(groupCount(model, 0, app::GroupStatsModel::RetransmissionsColumn) == 0);

    loss->setValue(60.0);
    test::spin(500ms); // the edit is applied shortly after the last change
    // Traffic for the lossy link to lose: the engine reads every device's /3/0 and must retransmit.
    auto answered = std::make_shared<std::atomic<int>>(0);
    for (int n = 1; n <= 10; ++n) {
        const std::string endpoint = QStringLiteral("lossy-%1").arg(n, 4, 10, QLatin1Char('0')).toStdString();
        fixture.engine->read(endpoint, lwm2m::LwM2mPath(3, 0), {}, [answered](auto) { ++*answered; });
    }
    REQUIRE(waitFor([&] { return groupCount(model, 0, app::GroupStatsModel::RetransmissionsColumn) > 0; }, 20000ms));
    CHECK(model.data(model.index(0, app::GroupStatsModel::RetransmissionsColumn)).toString() != QStringLiteral("0"));

    loss->setValue(0.0);
    test::spin(500ms);
}

TEST_CASE("a malformed scenario file shows the file and field error and starts nothing", "[app][simulator]")
{
    SimulatorFixture fixture;
    QTemporaryDir files;
    const QString path = writeFile(files, "broken-plant.json",
                                   R"({"groups": [{"name": "pumps", "profile": "pump-controller", "count": -3}]})");
    auto panel = fixture.panel();
    chooseScenario(*panel, path);
    auto* info = child<QLabel>(*panel, "scenarioInfo");
    REQUIRE(waitFor([&] { return info->text().contains(QStringLiteral("groups[0].count")); }, 5000ms));
    CHECK(info->text().contains(QStringLiteral("broken-plant.json")));
    auto* start = child<QPushButton>(*panel, "startFleet");
    CHECK_FALSE(start->isEnabled());
    start->click();
    test::spin(300ms);
    CHECK(fixture.host->state() == devicesim::SimulatorState::Idle);
    CHECK(fixture.online() == 0);
}

TEST_CASE("a scenario with a PSK group starts against the embedded engine with imported keys", "[app][simulator]")
{
    SimulatorFixture fixture;
    QTemporaryDir files;
    const QString path = writeFile(files, "two-groups.json", R"({
        "seed": 7,
        "groups": [
            {"name": "sensors", "profile": "temperature-humidity", "count": 4, "endpoint": "plain-{n:02}"},
            {"name": "meters", "profile": "energy-meter", "count": 3, "endpoint": "secure-{n:02}", "security": "psk"}
        ]})");
    auto panel = fixture.panel();
    QAbstractItemModelTester tester(panel->groupModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
    chooseScenario(*panel, path);
    auto* start = child<QPushButton>(*panel, "startFleet");
    REQUIRE(waitFor([&] { return start->isEnabled(); }, 5000ms));
    QTest::mouseClick(start, Qt::LeftButton);
    REQUIRE(waitFor([&] { return fixture.online() == 7; }, 20000ms));
    CHECK(fixture.known("secure-03"));
    const app::GroupStatsModel& model = *panel->groupModel();
    REQUIRE(waitFor([&] { return model.rowCount() == 2 && groupCount(model, 1, app::GroupStatsModel::OnlineColumn) == 3; },
                    5000ms));
    CHECK(model.data(model.index(1, app::GroupStatsModel::GroupColumn)).toString() == QStringLiteral("meters"));
    // Faults can be aimed at one group: the combo lists every group after "All groups".
    CHECK(child<QComboBox>(*panel, "faultGroup")->count() == 3);
}

TEST_CASE("the per-group model passes QAbstractItemModelTester through fleets of changing shape", "[app][simulator]")
{
    app::GroupStatsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    devicesim::SimulatorStats stats;
    devicesim::FleetSpec spec;
    for (const char* name : {"a", "b", "c"}) {
        devicesim::GroupSpec group;
        group.name = name;
        group.profile = "gateway";
        spec.groups.push_back(group);
        devicesim::GroupStats entry;
        entry.name = name;
        entry.counts.devices = 5;
        stats.groups.push_back(entry);
    }
    model.setStats(stats, spec);
    REQUIRE(model.rowCount() == 3);
    stats.groups[1].counts.registered = 4;
    model.setStats(stats, spec);
    CHECK(groupCount(model, 1, app::GroupStatsModel::RegisteredColumn) == 4);
    CHECK(model.data(model.index(1, app::GroupStatsModel::ProfileColumn)).toString() == QStringLiteral("Gateway"));
    stats.groups.pop_back();
    model.setStats(stats, spec);
    CHECK(model.rowCount() == 2);
    model.clear();
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.headerData(app::GroupStatsModel::ErrorsColumn, Qt::Horizontal).toString().isEmpty());
}

TEST_CASE("accepting the first-run offer starts 50 demo devices against the engine", "[app][simulator]")
{
    SimulatorFixture fixture;
    QString question;
    // The offer is modal: answer it the way a user would, from inside its event loop.
    QTimer::singleShot(100ms, [&question] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box == nullptr)
            return;
        question = box->text();
        box->button(QMessageBox::Yes)->click();
    });
    app::offerDemoFleet(*fixture.services, fixture.engine->coapPort(), fixture.engine->coapsPort(), nullptr);
    CHECK(question.contains(QStringLiteral("50")));
    REQUIRE(waitFor([&] { return fixture.online() == 50; }, 20000ms));
    CHECK(fixture.known("demo-0050"));
}

TEST_CASE("declining the first-run offer starts nothing", "[app][simulator]")
{
    SimulatorFixture fixture;
    QTimer::singleShot(100ms, [] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
            box->button(QMessageBox::No)->click();
    });
    app::offerDemoFleet(*fixture.services, fixture.engine->coapPort(), fixture.engine->coapsPort(), nullptr);
    test::spin(300ms);
    CHECK(fixture.host->state() == devicesim::SimulatorState::Idle);
}

TEST_CASE("a PSK fleet cannot target a switched-off DTLS endpoint and says so", "[app][simulator]")
{
    devicesim::FleetSpec spec = app::demoFleetSpec(true);
    app::FleetTarget target;
    target.coapPort = 5683;
    auto applied = app::applyTarget(spec, target);
    REQUIRE_FALSE(applied.has_value());
    CHECK(applied.error().message.find("DTLS") != std::string::npos);
}

namespace {

/// Tabs through `panel` from `first`: every reachable control is met exactly once and has a
/// spoken name. Returns the names in Tab order.
std::string tabNames(QWidget& panel, QWidget* first)
{
    const QWidgetList chain = app::test::tabChain(panel, first);
    QStringList names;
    for (QWidget* widget : chain) {
        INFO(app::test::describe(widget));
        CHECK_FALSE(app::test::spokenName(widget).isEmpty());
        names.append(app::test::spokenName(widget));
    }
    for (QWidget* widget : app::test::tabReachable(panel)) {
        INFO(app::test::describe(widget));
        CHECK(chain.count(widget) == 1);
    }
    return names.join(QStringLiteral(" | ")).toStdString();
}

} // namespace

TEST_CASE("Tab walks the simulator panel in reading order, idle and running, and names every control",
          "[app][simulator][a11y]")
{
    SimulatorFixture fixture;
    auto panel = fixture.panel();
    auto* source = child<QTabWidget>(*panel, "fleetSource");
    CHECK(tabNames(*panel, source->tabBar()) ==
          "Fleet source | Profile: | Devices: | Endpoint prefix: | "
          "Start ramp in devices per second, 0 for all at once | Security: | Server: | Start fleet | "
          "Counters per group");

    child<QSpinBox>(*panel, "deviceCount")->setValue(2);
    child<QLineEdit>(*panel, "endpointPrefix")->setText(QStringLiteral("tabbing"));
    QTest::mouseClick(child<QPushButton>(*panel, "startFleet"), Qt::LeftButton);
    REQUIRE(waitFor([&] { return fixture.online() == 2; }, 15000ms));
    auto* stop = child<QPushButton>(*panel, "stopFleet");
    REQUIRE(waitFor([&] { return stop->isEnabled() && child<QComboBox>(*panel, "faultGroup")->isEnabled(); }, 5000ms));
    CHECK(tabNames(*panel, stop) ==
          "Stop fleet | Group: | Packet loss in percent | Added latency in milliseconds | "
          "Reboot loop interval in seconds, 0 for off | Partition length in seconds | Partition now | "
          "Counters per group");
}

TEST_CASE("screenshot of the simulator panel with a running fleet", "[.][simulator-shot]")
{
    SimulatorFixture fixture;
    auto panel = fixture.panel();
    child<QSpinBox>(*panel, "deviceCount")->setValue(200);
    child<QDoubleSpinBox>(*panel, "rampPerSec")->setValue(50.0);
    QTest::mouseClick(child<QPushButton>(*panel, "startFleet"), Qt::LeftButton);
    waitFor([&] { return fixture.online() >= 120; }, 20000ms);
    test::spin(1100ms);
    const QString dir = qEnvironmentVariable("HANGAR_SHOT_DIR", QStringLiteral("/tmp/shots"));
    QDir().mkpath(dir);
    CHECK(panel->grab().save(dir + QStringLiteral("/simulator.png")));
}
