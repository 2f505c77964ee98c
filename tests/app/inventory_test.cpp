#include "inventory/csv_export.h"
#include "inventory/device_filter.h"
#include "inventory/device_table_model.h"
#include "inventory/devices_view.h"
#include "services/app_services.h"
#include "services/simulator_host.h"

#include "engine/local_engine.h"
#include "simulator.h"

#include "event_loop_wait.h"
#include "simulated_fleet.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "live_engine.h"

#include "shown_endpoints.h"

#include <catch2/catch.hpp>

#include <limits>
#include <set>

using namespace hangar;
using namespace hangar::app;
using hangar::app::test::shownEndpoints;
using namespace std::chrono_literals;
using hangar::test::waitFor;

namespace {

store::DeviceRecord record(const std::string& endpoint, const std::string& model,
                           store::DeviceStatus status, std::int64_t lastSeenMs,
                           const std::string& firmware = "1.0")
{
    store::DeviceRecord r;
    r.endpoint = endpoint;
    r.model = model;
    r.serialNumber = "SN-" + endpoint;
    r.firmwareVersion = firmware;
    r.status = status;
    r.lastSeenMs = lastSeenMs;
    r.lifetimeSec = 60 + lastSeenMs % 7;
    return r;
}

std::vector<store::DeviceRecord> syntheticFleet(int count)
{
    std::vector<store::DeviceRecord> records;
    for (int i = 0; i < count; ++i) {
        const auto status = static_cast<store::DeviceStatus>(1 + i % 3);
        records.push_back(record("dev-" + std::to_string(i), i % 2 ? "PC-400" : "HT-210", status,
                                 1'700'000'000'000 + (i * 7919) % 1000,
                                 "1." + std::to_string(i % 12)));
    }
    return records;
}

bool sortedBy(const DeviceTableModel& model, DeviceColumn column, Qt::SortOrder order)
{
    for (int row = 1; row < model.rowCount(); ++row) {
        int c = compareRows(model.visibleRow(row - 1), model.visibleRow(row), column);
        if (order == Qt::DescendingOrder)
            c = -c;
        if (c > 0)
            return false;
    }
    return true;
}

/// A real engine on loopback and the services the views use.
struct Fixture : app::test::LiveEngine
{
    devicesim::FleetSpec fleet(const std::vector<app::test::FleetGroup>& groups)
    {
        return app::test::simulatedFleet(engine->coapPort(), groups);
    }
};

void typeSearch(DevicesView& view, const QString& text)
{
    view.searchField()->setText(text);
    QTest::keyClick(view.searchField(), Qt::Key_Return);
}

} // namespace

TEST_CASE("the query syntax parses fields, bare words and quoted values", "[app][inventory]")
{
    const DeviceFilter filter = parseDeviceFilter(R"(status:offline model:"pc 400" fw:1.2 tag:north plant3)");
    REQUIRE(filter.terms.size() == 5);
    CHECK(filter.error.isEmpty());
    CHECK(filter.terms[0].field == FilterField::Status);
    CHECK(filter.terms[0].status == store::DeviceStatus::Offline);
    CHECK(filter.terms[1].field == FilterField::Model);
    CHECK(filter.terms[1].needle == "pc 400");
    CHECK(filter.terms[2].field == FilterField::Firmware);
    CHECK(filter.terms[3].field == FilterField::Tag);
    CHECK(filter.terms[4].field == FilterField::Any);
    CHECK(filter.terms[4].needle == "plant3");

    const DeviceFilter bad = parseDeviceFilter("colour:red status:lost pump");
    CHECK(bad.terms.size() == 1); // the bare word still filters
    CHECK(bad.error.contains(QStringLiteral("colour")));
    CHECK(bad.error.contains(QStringLiteral("lost")));
    CHECK(!parseDeviceFilter(R"(model:"pump)").error.isEmpty());
}

TEST_CASE("the device model filters, sorts stably and applies changes without a reset", "[app][inventory]")
{
    DeviceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.upsert(syntheticFleet(300), 1);
    CHECK(model.rowCount() == 300);

    SECTION("sorting works on every column, both ways")
    {
        for (int column = 0; column < kDeviceColumnCount; ++column) {
            for (const auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                model.sort(column, order);
                INFO("column " << column << " order " << order);
                CHECK(sortedBy(model, static_cast<DeviceColumn>(column), order));
            }
        }
        // Stable: rows with the same status keep the model order they had.
        model.sort(static_cast<int>(DeviceColumn::Model), Qt::AscendingOrder);
        model.sort(static_cast<int>(DeviceColumn::Status), Qt::AscendingOrder);
        for (int row = 1; row < model.rowCount(); ++row) {
            const DeviceRow& a = model.visibleRow(row - 1);
            const DeviceRow& b = model.visibleRow(row);
            if (a.status == b.status)
                CHECK(compareRows(a, b, DeviceColumn::Model) <= 0);
        }
        // Natural order: dev-9 before dev-10.
        model.sort(0, Qt::AscendingOrder);
        CHECK(model.visibleRow(9).endpoint == QStringLiteral("dev-9"));
        CHECK(model.visibleRow(10).endpoint == QStringLiteral("dev-10"));
    }

    SECTION("filters by field and bare word")
    {
        model.setFilter(parseDeviceFilter("status:offline model:pc"));
        for (const std::string& endpoint : shownEndpoints(model)) {
            const DeviceRow* row = model.rowFor(endpoint);
            CHECK(row->status == store::DeviceStatus::Offline);
            CHECK(row->model == QStringLiteral("PC-400"));
        }
        CHECK(model.rowCount() == 50); // odd i with i % 3 == 2
        model.setFilter(parseDeviceFilter("dev-29"));
        CHECK(shownEndpoints(model) == std::vector<std::string>{"dev-29", "dev-290", "dev-291",
                                                                 "dev-292", "dev-293", "dev-294",
                                                                 "dev-295", "dev-296", "dev-297",
                                                                 "dev-298", "dev-299"});
        model.setFilter(parseDeviceFilter("fw:1.11 sn-dev-1"));
        for (const std::string& endpoint : shownEndpoints(model))
            CHECK(model.rowFor(endpoint)->firmware == QStringLiteral("1.11"));
        CHECK(model.rowCount() > 0);
    }

    SECTION("small and large change batches keep the order and the filter")
    {
        model.sort(static_cast<int>(DeviceColumn::LastSeen), Qt::DescendingOrder);
        model.setFilter(parseDeviceFilter("status:online"));
        const int online = model.rowCount();
        // One device comes online with the newest time: it moves to the top.
        model.upsert({record("dev-2", "HT-210", store::DeviceStatus::Registered, 1'800'000'000'000)}, 2);
        CHECK(model.rowCount() == online + 1);
        CHECK(model.visibleRow(0).endpoint == QStringLiteral("dev-2"));
        // One goes offline: it leaves the filtered rows.
        model.upsert({record("dev-0", "HT-210", store::DeviceStatus::Offline, 1)}, 3);
        CHECK(model.rowCount() == online);
        // A large batch: 200 updates and 100 new devices, one layout change.
        std::vector<store::DeviceRecord> batch;
        for (int i = 0; i < 200; ++i)
            batch.push_back(record("dev-" + std::to_string(i), "HT-210", store::DeviceStatus::Registered,
                                   1'750'000'000'000 + i));
        for (int i = 0; i < 100; ++i)
            batch.push_back(record("new-" + std::to_string(i), "PC-400", store::DeviceStatus::Registered, i));
        model.upsert(batch, 4);
        CHECK(model.totalCount() == 400);
        CHECK(sortedBy(model, DeviceColumn::LastSeen, Qt::DescendingOrder));
        CHECK(model.visibleRow(0).endpoint == QStringLiteral("dev-199"));
        // An older fetch never overwrites a newer one.
        model.upsert({record("dev-2", "HT-210", store::DeviceStatus::Offline, 5)}, 1);
        CHECK(model.rowFor("dev-2")->status == store::DeviceStatus::Registered);
        model.remove({"new-1", "dev-2"});
        CHECK(model.totalCount() == 398);
        CHECK(model.visiblePosition("dev-2") == -1);
    }
    CHECK(resets.count() == 0);
}

TEST_CASE("sorting by address puts IPv4 before IPv6 and orders numbers by value", "[app][inventory]")
{
    DeviceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    std::vector<store::DeviceRecord> records;
    for (const char* address : {"[::1]:5683", "10.0.0.10:5683", "9.1.1.1:5683", "10.0.0.9:5683"}) {
        records.push_back(record(std::string("at-") + address, "HT-210", store::DeviceStatus::Registered, 1));
        records.back().address = address;
    }
    model.upsert(records, 1);
    model.sort(static_cast<int>(DeviceColumn::Address), Qt::AscendingOrder);
    std::vector<QString> shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown.push_back(model.visibleRow(row).address);
    CHECK(shown == std::vector<QString>{QStringLiteral("9.1.1.1:5683"), QStringLiteral("10.0.0.9:5683"),
                                        QStringLiteral("10.0.0.10:5683"), QStringLiteral("[::1]:5683")});
}

TEST_CASE("a device whose firmware changes moves to its sorted place and stays selected", "[app][inventory]")
{
    DeviceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTableView view;
    view.setModel(&model);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    std::vector<store::DeviceRecord> fleet = syntheticFleet(300);
    model.upsert(fleet, 1);
    model.sort(static_cast<int>(DeviceColumn::Firmware), Qt::AscendingOrder);
    const auto select = [&](const std::string& endpoint) {
        const int row = model.visiblePosition(endpoint);
        REQUIRE(row >= 0);
        view.selectionModel()->select(model.index(row, 0),
                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    };
    const auto selectedEndpoint = [&] {
        const QModelIndexList rows = view.selectionModel()->selectedRows();
        return rows.size() == 1 ? rows.front().data(DeviceTableModel::EndpointRole).toString().toStdString()
                                : std::string();
    };
    const auto withFirmware = [&](std::size_t i, const std::string& firmware) {
        store::DeviceRecord changed = fleet[i];
        changed.firmwareVersion = firmware;
        return changed;
    };

    SECTION("one change moves one row")
    {
        select("dev-5"); // firmware 1.5
        model.upsert({withFirmware(5, "1.10.1")}, 2);
        CHECK(sortedBy(model, DeviceColumn::Firmware, Qt::AscendingOrder));
        const int row = model.visiblePosition("dev-5");
        REQUIRE(row > 0);
        CHECK(model.visibleRow(row - 1).firmware == QStringLiteral("1.10"));
        CHECK(selectedEndpoint() == "dev-5");
    }
    SECTION("a large batch of changes is one layout change and keeps the selection")
    {
        select("dev-7");
        std::vector<store::DeviceRecord> batch;
        for (std::size_t i = 0; i < 100; ++i)
            batch.push_back(withFirmware(i, "0.9." + std::to_string(i)));
        model.upsert(batch, 2);
        CHECK(sortedBy(model, DeviceColumn::Firmware, Qt::AscendingOrder));
        CHECK(model.visibleRow(0).endpoint == QStringLiteral("dev-0"));
        CHECK(model.visiblePosition("dev-7") == 7);
        CHECK(selectedEndpoint() == "dev-7");
    }
}

TEST_CASE("CSV export quotes fields and writes the chosen columns", "[app][inventory]")
{
    CHECK(csvField(QStringLiteral("plain")) == QStringLiteral("plain"));
    CHECK(csvField(QStringLiteral("a,b")) == QStringLiteral("\"a,b\""));
    CHECK(csvField(QStringLiteral("say \"hi\"")) == QStringLiteral("\"say \"\"hi\"\"\""));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    std::vector<DeviceRow> rows{makeDeviceRow(record("a,1", "M", store::DeviceStatus::Offline, 0), 1)};
    REQUIRE(writeDevicesCsv(path, rows, {DeviceColumn::Endpoint, DeviceColumn::Status}).has_value());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == QByteArray("Endpoint,Status\r\n\"a,1\",Offline\r\n"));
}

TEST_CASE("the Devices view fills from a real engine, filters, follows changes and exports", "[app][inventory]")
{
    Fixture fixture;
    devicesim::Simulator simulator(fixture.engine->models());
    REQUIRE(simulator.start(fixture.fleet({{"ht", "temperature-humidity", 20}, {"pump", "pump-controller", 10}}))
                .has_value());

    DevicesView view(*fixture.services);
    view.resize(1200, 600);
    DeviceTableModel& model = view.model();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    // Registration first, then the engine reads /3/0 for model and firmware.
    const bool filled = waitFor([&] {
        if (model.totalCount() != 30)
            return false;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.visibleRow(row).model.isEmpty())
                return false;
        }
        return true;
    }, 20000ms);
    if (!filled) {
        const auto stored = fixture.engine->listDevices(store::DeviceQuery{});
        int withModel = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            withModel += !model.visibleRow(row).model.isEmpty();
        UNSCOPED_INFO("the view holds " << model.totalCount() << " rows (" << withModel << " with a model); the store "
                                        << (stored ? stored->total : -1) << " devices; online "
                                        << fixture.engine->health().devicesOnline);
    }
    REQUIRE(filled);
    CHECK(model.rowCount() == 30);
    CHECK(model.rowFor("sim-pump-003")->model == QStringLiteral("PC-400"));
    CHECK(model.rowFor("sim-ht-001")->firmware == QStringLiteral("3.2.1"));

    typeSearch(view, QStringLiteral("model:pc-400"));
    CHECK(model.rowCount() == 10);
    typeSearch(view, QStringLiteral("status:online ht-210"));
    CHECK(model.rowCount() == 20);
    typeSearch(view, QStringLiteral("sim-ht-00"));
    CHECK(model.rowCount() == 9);
    typeSearch(view, QStringLiteral("status:offline"));
    CHECK(model.rowCount() == 0);

    SECTION("a new device and a device going offline update their rows without a reset")
    {
        typeSearch(view, QString());
        devicesim::Simulator late(fixture.engine->models());
        REQUIRE(late.start(fixture.fleet({{"late", "pump-controller", 1}})).has_value());
        REQUIRE(waitFor([&] { return model.rowFor("sim-late-001") != nullptr; }, 10000ms));
        CHECK(model.rowCount() == 31);
        CHECK(model.visiblePosition("sim-late-001") == 20); // sorted by endpoint: ht, late, pump

        typeSearch(view, QStringLiteral("status:offline"));
        bool stopped = false;
        QObject::connect(&late, &devicesim::Simulator::stopped, &late, [&] { stopped = true; });
        late.stop();
        REQUIRE(waitFor([&] { return stopped; }, 8000ms));
        REQUIRE(waitFor([&] { return model.rowCount() == 1; }, 8000ms));
        CHECK(model.visibleRow(0).endpoint == QStringLiteral("sim-late-001"));
        CHECK(resets.count() == 0);
    }

    SECTION("Enter opens the current device")
    {
        typeSearch(view, QStringLiteral("sim-pump-002"));
        REQUIRE(model.rowCount() == 1);
        QSignalSpy activated(&view, &DevicesView::deviceActivated);
        view.table()->setCurrentIndex(model.index(0, 0));
        QTest::keyClick(view.table(), Qt::Key_Return);
        REQUIRE(activated.count() == 1);
        CHECK(activated.at(0).at(0).toString() == QStringLiteral("sim-pump-002"));
    }

    SECTION("export writes the shown rows, or only the selected ones")
    {
        typeSearch(view, QStringLiteral("model:pc-400"));
        QTemporaryDir dir;
        QSignalSpy finished(&view, &DevicesView::exportFinished);
        const QString all = dir.filePath(QStringLiteral("all.csv"));
        view.exportCsvTo(all);
        REQUIRE(waitFor([&] { return finished.count() == 1; }));
        CHECK(finished.at(0).at(0).toBool());
        QFile file(all);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        REQUIRE(lines.size() == 11);
        CHECK(lines[0].startsWith("Endpoint,Model,Serial,Firmware,Status"));
        CHECK(lines[1].startsWith("sim-pump-001,PC-400,"));
        CHECK(lines[10].startsWith("sim-pump-010,PC-400,"));

        view.table()->selectionModel()->select(
            QItemSelection(model.index(2, 0), model.index(3, kDeviceColumnCount - 1)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QString some = dir.filePath(QStringLiteral("some.csv"));
        view.exportCsvTo(some);
        REQUIRE(waitFor([&] { return finished.count() == 2; }));
        QFile selected(some);
        REQUIRE(selected.open(QIODevice::ReadOnly));
        const QList<QByteArray> chosen = selected.readAll().trimmed().split('\n');
        REQUIRE(chosen.size() == 3);
        CHECK(chosen[1].startsWith("sim-pump-003,"));
        CHECK(chosen[2].startsWith("sim-pump-004,"));
    }

    SECTION("the column layout and sort survive saveState/restoreState")
    {
        view.table()->sortByColumn(static_cast<int>(DeviceColumn::Status), Qt::DescendingOrder);
        view.table()->horizontalHeader()->moveSection(1, 5);
        const QByteArray state = view.saveState();
        DevicesView other(*fixture.services);
        CHECK(!other.restoreState(QByteArray("nonsense")));
        REQUIRE(other.restoreState(state));
        CHECK(other.table()->horizontalHeader()->sortIndicatorSection() == static_cast<int>(DeviceColumn::Status));
        CHECK(other.table()->horizontalHeader()->visualIndex(1) == 5);
    }
    app::test::stopSimulator(simulator);
}

// Not a check: renders the view with a few thousand synthetic devices to /tmp/shots for a look.
TEST_CASE("render the Devices view", "[.][inventory-shot]")
{
    Fixture fixture;
    DevicesView view(*fixture.services);
    view.resize(1280, 720);
    std::vector<store::DeviceRecord> records = syntheticFleet(3000);
    for (std::size_t i = 0; i < records.size(); ++i) {
        records[i].address = "10.0." + std::to_string(i / 250) + "." + std::to_string(i % 250) + ":5683";
        records[i].tags = {i % 2 ? "north" : "south", "plant" + std::to_string(i % 4)};
    }
    view.model().upsert(records, std::numeric_limits<std::uint64_t>::max() / 2);
    waitFor([&] { return false; }, 300ms);
    view.searchField()->setText(QStringLiteral("status:online dev-1 plant3"));
    QTest::keyClick(view.searchField(), Qt::Key_Return);
    view.model().setResult("dev-1003", QStringLiteral("Read 14 values"), false);
    view.model().setResult("dev-1015", QStringLiteral("Read failed: no answer in time"), true);
    view.table()->selectionModel()->select(
        QItemSelection(view.model().index(1, 0), view.model().index(2, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view.show();
    waitFor([&] { return false; }, 200ms);
    QDir().mkpath(QStringLiteral("/tmp/shots"));
    CHECK(view.grab().save(QStringLiteral("/tmp/shots/inventory.png")));
}
