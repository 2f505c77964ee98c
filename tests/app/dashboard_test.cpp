#include "dashboard/count_list_model.h"
#include "dashboard/dashboard_view.h"
#include "dashboard/top_counts.h"
#include "dashboard/recent_events_model.h"
#include "services/app_services.h"
#include "services/simulator_host.h"

#include "charts/qcustomplot_include.h"
#include "engine/local_engine.h"
#include "store/sqlite_store.h"
#include "simulator.h"

#include "event_loop_wait.h"
#include "live_engine.h"
#include "simulated_fleet.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QDir>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace hangar;
using namespace hangar::app;
using namespace std::chrono_literals;
using hangar::test::waitFor;

namespace {

store::EventRecord event(std::int64_t id, const std::string& kind)
{
    return store::EventRecord{id, 1'700'000'000'000 + id, kind, "dev-" + std::to_string(id), "{}"};
}

std::int64_t registrationsShown(const DashboardView& view)
{
    std::int64_t total = 0;
    for (const store::EventCount& bar : view.registrationBars())
        total += bar.count;
    return total;
}

} // namespace

TEST_CASE("top counts keep the largest entries and sum the rest as other", "[app][dashboard]")
{
    const std::vector<store::ValueCount> counts{{"1.0", 5}, {"2.0", 9}, {std::nullopt, 2}, {"3.0", 1}, {"4.0", 1}};
    const auto top = topCounts(counts, 2, QStringLiteral("unknown"), QStringLiteral("other"));
    REQUIRE(top.size() == 3);
    CHECK(top[0] == NamedCount{QStringLiteral("2.0"), 9, false});
    CHECK(top[1] == NamedCount{QStringLiteral("1.0"), 5, false});
    CHECK(top[2] == NamedCount{QStringLiteral("other"), 4, true});
    const auto all = topCounts(counts, 10, QStringLiteral("unknown"), QStringLiteral("other"));
    CHECK(all.size() == 5);
    CHECK(all[2].name == QStringLiteral("unknown"));
}

TEST_CASE("the latest-events model keeps the newest events first, up to its capacity", "[app][dashboard]")
{
    RecentEventsModel model(3);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.append({event(1, "registered"), event(2, "updated")});
    CHECK(model.rowCount() == 2);
    CHECK(model.index(0, 1).data().toString() == QStringLiteral("updated"));
    model.append({event(2, "updated"), event(3, "deregistered"), event(4, "registered")});
    REQUIRE(model.rowCount() == 3);
    CHECK(model.index(0, 2).data().toString() == QStringLiteral("dev-4"));
    CHECK(model.index(2, 2).data().toString() == QStringLiteral("dev-2"));
    model.append({event(5, "a"), event(6, "b"), event(7, "c"), event(8, "d")});
    CHECK(model.rowCount() == 3);
    CHECK(model.index(0, 2).data().toString() == QStringLiteral("dev-8"));
    CHECK(model.lastId() == 8);
}

TEST_CASE("the dashboard shows the online count, firmware bars and models of a small fleet", "[app][dashboard]")
{
    QTemporaryDir dir;
    auto engine = app::test::startLoopbackEngine(dir.path());
    SimulatorHost host(engine->models());
    AppServices services(*engine, host);

    devicesim::Simulator simulator(engine->models());
    REQUIRE(simulator
                .start(app::test::simulatedFleet(engine->coapPort(), {{"ht", "temperature-humidity", 3},
                                                                      {"pump", "pump-controller", 2}}))
                .has_value());

    DashboardView view(services);
    view.resize(1400, 900);
    view.show();
    QAbstractItemModelTester modelsTester(view.modelsModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester eventsTester(view.eventsModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    REQUIRE(waitFor([&] { return view.cardText(DashboardView::Online) == QStringLiteral("5"); }, 20000ms));
    CHECK(view.cardText(DashboardView::Total) == QStringLiteral("5"));
    CHECK(view.cardText(DashboardView::Offline) == QStringLiteral("0"));
    // Model and firmware come from the /3/0 read after registration.
    auto barFor = [&](const QString& name) -> std::int64_t {
        for (const NamedCount& bar : view.firmwareBars()) {
            if (bar.name == name)
                return bar.count;
        }
        return 0;
    };
    REQUIRE(waitFor([&] { return barFor(QStringLiteral("3.2.1")) == 3 && barFor(QStringLiteral("5.0.3")) == 2; },
                    20000ms));
    CHECK(view.firmwareBars().size() == 2);
    CHECK(view.firmwareBars().front().name == QStringLiteral("3.2.1")); // the larger group first
    auto* bars = qobject_cast<QCPBars*>(view.firmwarePlot()->plottable(0));
    REQUIRE(bars);
    REQUIRE(bars->data()->size() == 2);
    CHECK(bars->data()->at(0)->value == 3);
    REQUIRE(waitFor([&] { return view.modelsModel()->rowCount() == 2; }, 5000ms));
    CHECK(view.modelsModel()->index(0, 0).data().toString() == QStringLiteral("HT-210"));
    CHECK(view.modelsModel()->index(0, 1).data(Qt::UserRole).toLongLong() == 3);
    REQUIRE(waitFor([&] { return view.eventsModel()->rowCount() > 0; }, 5000ms));
    // The five registrations, read back from the event log into this quarter hour's bar.
    REQUIRE(waitFor([&] { return registrationsShown(view) == 5; }, 10000ms));
    auto* registrationBars = qobject_cast<QCPBars*>(view.registrationsPlot()->plottable(0));
    REQUIRE(registrationBars);
    double drawn = 0;
    for (auto bar = registrationBars->data()->constBegin(); bar != registrationBars->data()->constEnd(); ++bar)
        drawn += bar->value;
    CHECK(drawn == 5);

    if (const QString folder = qEnvironmentVariable("HANGAR_SHOT_DIR"); !folder.isEmpty() && QDir().mkpath(folder))
        view.grab().save(QDir(folder).filePath(QStringLiteral("dashboard.png")));

    REQUIRE(app::test::stopSimulator(simulator));
    // De-registration takes the devices offline; the dashboard follows.
    REQUIRE(waitFor([&] { return view.cardText(DashboardView::Offline) == QStringLiteral("5"); }, 10000ms));
    CHECK(view.cardText(DashboardView::Online) == QStringLiteral("0"));
    CHECK(barFor(QStringLiteral("5.0.3")) == 2);

    // Forgetting a pump takes it out of the cards, the bars and the models soon after.
    auto pumps = engine->listDevices(store::DeviceQuery{"pump", std::nullopt, 1, 0});
    REQUIRE(pumps.has_value());
    REQUIRE(pumps->items.size() == 1);
    engine->forgetDevice(pumps->items.front().endpoint, [](Expected<void>) {});
    REQUIRE(waitFor([&] { return barFor(QStringLiteral("5.0.3")) == 1; }, 5000ms));
    CHECK(view.cardText(DashboardView::Total) == QStringLiteral("4"));
    CHECK(barFor(QStringLiteral("3.2.1")) == 3);
    REQUIRE(waitFor([&] { return view.modelsModel()->index(1, 1).data(Qt::UserRole).toLongLong() == 1; }, 5000ms));
}

TEST_CASE("the registrations chart reads the event log: past registrations show after a restart", "[app][dashboard]")
{
    QTemporaryDir dir;
    constexpr std::int64_t kQuarterMs = 15 * 60 * 1000;
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    const std::int64_t twoHoursAgo = (now - 2 * 3600 * 1000) / kQuarterMs * kQuarterMs + 1000;
    {
        // What an earlier run of the engine left in the log.
        auto store = store::SqliteStore::open({dir.filePath(QStringLiteral("hangar.db")).toStdString(), {}}).value();
        for (int i = 0; i < 3; ++i)
            REQUIRE(store->enqueueEvent({0, twoHoursAgo + i, "registered", "old-" + std::to_string(i), "{}"}));
        REQUIRE(store->enqueueEvent({0, twoHoursAgo + kQuarterMs, "registered", "old-3", "{}"}));
        REQUIRE(store->enqueueEvent({0, twoHoursAgo + 5, "updated", "old-0", "{}"}));           // not a registration
        REQUIRE(store->enqueueEvent({0, now - 30 * 3600 * 1000, "registered", "older", "{}"})); // before the last day
        REQUIRE(store->flush());
    }
    auto engine = app::test::startLoopbackEngine(dir.path());
    SimulatorHost host(engine->models());
    AppServices services(*engine, host);
    DashboardView view(services);

    REQUIRE(waitFor([&] { return registrationsShown(view) == 4; }, 5000ms));
    REQUIRE(view.registrationBars().size() == 2);
    CHECK(view.registrationBars()[0] == store::EventCount{twoHoursAgo - 1000, 3});
    CHECK(view.registrationBars()[1] == store::EventCount{twoHoursAgo - 1000 + kQuarterMs, 1});
    auto* bars = qobject_cast<QCPBars*>(view.registrationsPlot()->plottable(0));
    REQUIRE(bars);
    REQUIRE(bars->data()->size() == 2);
    // Each bar stands within its quarter hour, and the axis spans the last day.
    const double firstBarSec = bars->data()->at(0)->key;
    CHECK(firstBarSec > static_cast<double>(twoHoursAgo - 1000) / 1000.0);
    CHECK(firstBarSec < static_cast<double>(twoHoursAgo - 1000 + kQuarterMs) / 1000.0);
    CHECK(view.registrationsPlot()->xAxis->range().size() == Approx(24 * 3600.0));
    CHECK(view.registrationsPlot()->xAxis->range().upper >= static_cast<double>(now) / 1000.0);
    services.waitForQueries();
}
