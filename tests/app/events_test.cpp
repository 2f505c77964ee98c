#include "shell_fixture.h"

#include "events/event_log_model.h"
#include "events/events_view.h"

#include "event_loop_wait.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>

using namespace hangar;
using namespace std::chrono_literals;

namespace {

store::EventRecord event(std::int64_t id, std::string kind, std::string endpoint, std::string details = "{}")
{
    return store::EventRecord{id, 1'700'000'000'000 + id * 1000, std::move(kind), std::move(endpoint),
                              std::move(details)};
}

std::vector<store::EventRecord> events(std::int64_t first, std::int64_t last)
{
    std::vector<store::EventRecord> batch;
    for (std::int64_t id = first; id <= last; ++id)
        batch.push_back(event(id, "registered", "dev-" + std::to_string(id)));
    return batch;
}

} // namespace

TEST_CASE("the event model appends batches and drops the oldest past its cap", "[app][events]")
{
    app::EventLogModel model(100);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    model.append(events(1, 60));
    CHECK(model.rowCount() == 60);
    CHECK(model.lastId() == 60);
    model.append(events(55, 90)); // 55..60 are held already
    CHECK(model.rowCount() == 90);
    model.append(events(91, 130));
    REQUIRE(model.rowCount() == 100);
    CHECK(model.index(0, app::EventLogModel::Endpoint).data().toString() == QStringLiteral("dev-31"));
    CHECK(model.index(99, app::EventLogModel::Endpoint).data().toString() == QStringLiteral("dev-130"));
    model.append(events(131, 400)); // more than the cap in one batch
    CHECK(model.rowCount() == 100);
    CHECK(model.index(0, app::EventLogModel::Endpoint).data().toString() == QStringLiteral("dev-301"));
    model.clear();
    CHECK(model.rowCount() == 0);
}

TEST_CASE("event details are shown as key: value pairs", "[app][events]")
{
    CHECK(app::EventLogModel::detailsText(R"({"reason":"bad key","address":"10.0.0.7:5684"})") ==
          QStringLiteral("address: 10.0.0.7:5684, reason: bad key"));
    CHECK(app::EventLogModel::detailsText(R"({"count":3})") == QStringLiteral("count: 3"));
    CHECK(app::EventLogModel::detailsText("not json") == QStringLiteral("not json"));
}

TEST_CASE("the events view fills from the engine's log, newest first, and filters", "[app][events]")
{
    test::ShellFixture fixture;
    app::EventsView view(*fixture.services);
    QAbstractItemModelTester tester(&view.filtered(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    // The engine logs its own start; a credential adds one more event with an endpoint.
    REQUIRE(test::waitFor([&] { return view.model().rowCount() >= 1; }));
    std::optional<bool> stored;
    fixture.engine->setCredential(store::Credential{"pump-7", "pump-7", lwm2m::Bytes(16, 0x42)},
                                  [&stored](Expected<void> result) { stored = result.has_value(); });
    REQUIRE(test::waitFor([&] { return stored.has_value(); }));
    REQUIRE(*stored);
    REQUIRE(fixture.engine->flushStore().has_value());
    view.refresh();
    REQUIRE(test::waitFor([&] { return view.model().rowCount() >= 2; }));

    const QModelIndex newest = view.filtered().index(0, app::EventLogModel::Endpoint);
    CHECK(newest.data().toString() == QStringLiteral("pump-7"));
    QSignalSpy opened(&view, &app::EventsView::deviceActivated);
    Q_EMIT view.table()->activated(newest);
    REQUIRE(opened.count() == 1);
    CHECK(opened.front().front().toString() == QStringLiteral("pump-7"));

    view.searchField()->setText(QStringLiteral("PUMP-7"));
    CHECK(view.filtered().rowCount() == 1);
    view.searchField()->setText(QStringLiteral("engine-started"));
    CHECK(view.filtered().rowCount() == 1);
    view.searchField()->setText(QStringLiteral("nothing like this"));
    CHECK(view.filtered().rowCount() == 0);
}
