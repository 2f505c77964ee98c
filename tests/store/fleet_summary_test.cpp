#include "store_test_support.h"

#include <sqlite3.h>

#include <atomic>
#include <numeric>
#include <thread>

using namespace hangar;
using namespace hangar::store;
using namespace hangar::store::test;

namespace {

DeviceRecord identified(const std::string& endpoint, DeviceStatus status, std::optional<std::string> firmware,
                        std::optional<std::string> model, std::optional<std::string> manufacturer)
{
    auto device = makeDevice(endpoint, status);
    device.firmwareVersion = std::move(firmware);
    device.model = std::move(model);
    device.manufacturer = std::move(manufacturer);
    return device;
}

FleetSummary summaryOf(Store& store)
{
    auto summary = store.fleetSummary();
    INFO((summary ? std::string() : summary.error().message));
    REQUIRE(summary.has_value());
    return *summary;
}

std::int64_t sumOf(const std::vector<ValueCount>& counts)
{
    return std::accumulate(counts.begin(), counts.end(), std::int64_t{0},
                           [](std::int64_t sum, const ValueCount& entry) { return sum + entry.count; });
}

} // namespace

TEST_CASE("the fleet summary of an empty store is all zero", "[store][summary]")
{
    TempDatabase temp;
    auto store = openStore(temp.path());
    CHECK(summaryOf(*store) == FleetSummary{});
}

TEST_CASE("the fleet summary counts devices per status, firmware, model and manufacturer", "[store][summary]")
{
    TempDatabase temp;
    auto store = openStore(temp.path());
    const auto online = DeviceStatus::Registered;
    const auto sleeping = DeviceStatus::Sleeping;
    const auto offline = DeviceStatus::Offline;
    queued(store->enqueueDevice(identified("a", online, "2.0", "HT-210", "Acme")));
    queued(store->enqueueDevice(identified("b", online, "2.0", "HT-210", "Acme")));
    queued(store->enqueueDevice(identified("c", sleeping, "2.0", "PC-400", "Acme")));
    queued(store->enqueueDevice(identified("d", sleeping, "1.0", "PC-400", "Globex")));
    queued(store->enqueueDevice(identified("e", offline, "1.0", "HT-210", "Globex")));
    // Not identified yet (no /3/0 read), or reporting empty text: both are unknown.
    queued(store->enqueueDevice(identified("f", online, std::nullopt, std::nullopt, std::nullopt)));
    queued(store->enqueueDevice(identified("g", online, "", "", "")));
    queued(store->enqueueDevice(identified("h", offline, "3.0", std::nullopt, "Acme")));
    flushed(*store);

    const FleetSummary summary = summaryOf(*store);
    CHECK(summary.total == 8);
    CHECK(summary.online == 4);
    CHECK(summary.sleeping == 2);
    CHECK(summary.offline == 2);
    // Largest first; equal counts by value, unknown first.
    CHECK(summary.firmware == std::vector<ValueCount>{{"2.0", 3}, {std::nullopt, 2}, {"1.0", 2}, {"3.0", 1}});
    CHECK(summary.models == std::vector<ValueCount>{{std::nullopt, 3}, {"HT-210", 3}, {"PC-400", 2}});
    CHECK(summary.manufacturers == std::vector<ValueCount>{{"Acme", 4}, {std::nullopt, 2}, {"Globex", 2}});
}

TEST_CASE("the fleet summary follows status and firmware changes and forgotten devices", "[store][summary]")
{
    TempDatabase temp;
    auto store = openStore(temp.path());
    for (int i = 0; i < 10; ++i)
        queued(store->enqueueDevice(identified("dev-" + std::to_string(i), DeviceStatus::Registered, "1.0", "M", "V")));
    flushed(*store);
    REQUIRE(summaryOf(*store).online == 10);

    // Three go to sleep, two lose their lifetime, one is updated to 1.1, one is forgotten.
    for (int i = 0; i < 3; ++i)
        queued(store->enqueueDevice(identified("dev-" + std::to_string(i), DeviceStatus::Sleeping, "1.0", "M", "V")));
    for (int i = 3; i < 5; ++i)
        queued(store->enqueueDevice(identified("dev-" + std::to_string(i), DeviceStatus::Offline, "1.0", "M", "V")));
    queued(store->enqueueDevice(identified("dev-5", DeviceStatus::Registered, "1.1", "M", "V")));
    queued(store->enqueueDeleteDevice("dev-9"));
    flushed(*store);

    const FleetSummary summary = summaryOf(*store);
    CHECK(summary.total == 9);
    CHECK(summary.online == 4);
    CHECK(summary.sleeping == 3);
    CHECK(summary.offline == 2);
    CHECK(summary.firmware == std::vector<ValueCount>{{"1.0", 8}, {"1.1", 1}});
    CHECK(summary.models == std::vector<ValueCount>{{"M", 9}});

    for (int i = 0; i < 9; ++i)
        queued(store->enqueueDeleteDevice("dev-" + std::to_string(i)));
    flushed(*store);
    CHECK(summaryOf(*store) == FleetSummary{});
}

TEST_CASE("every fleet summary is one snapshot while the writer adds devices", "[store][summary][concurrency]")
{
    TempDatabase temp;
    // Small batches: many commits land while the summaries are taken.
    WriteQueue::Limits limits;
    limits.batchRows = 50;
    auto store = openStore(temp.path(), limits);
    constexpr int kDevices = 6000;
    std::atomic<bool> writing = true;
    std::thread writer([&] {
        for (int i = 0; i < kDevices; ++i) {
            const auto status = i % 3 == 0 ? DeviceStatus::Sleeping : DeviceStatus::Registered;
            auto firmware = i % 7 == 0 ? std::nullopt : std::optional<std::string>("fw-" + std::to_string(i % 4));
            (void)store->enqueueDevice(identified("dev-" + std::to_string(i), status, firmware, "M", std::nullopt));
        }
        (void)store->flush();
        writing = false;
    });
    int summaries = 0;
    int inconsistent = 0;
    std::int64_t lastTotal = 0;
    bool shrank = false;
    while (writing || summaries == 0) {
        auto summary = store->fleetSummary();
        REQUIRE(summary.has_value());
        ++summaries;
        if (summary->online + summary->sleeping + summary->offline != summary->total
            || sumOf(summary->firmware) != summary->total || sumOf(summary->models) != summary->total
            || sumOf(summary->manufacturers) != summary->total)
            ++inconsistent;
        shrank = shrank || summary->total < lastTotal;
        lastTotal = summary->total;
    }
    writer.join();
    INFO(summaries << " summaries taken");
    CHECK(inconsistent == 0);
    CHECK_FALSE(shrank);
    CHECK(summaryOf(*store).total == kDevices);
}

TEST_CASE("the fleet summary's GROUP BYs walk indexes instead of scanning the devices table", "[store][summary]")
{
    // At 100,000 devices a table scan per GROUP BY costs ~50 ms of CPU; an index walk a few
    // ms: the dashboard takes the summary after every burst of device changes.
    TempDatabase temp;
    openStore(temp.path()).reset();
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(temp.path().c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    for (const char* column : {"status", "firmware_version", "model", "manufacturer"}) {
        const std::string sql = std::string("EXPLAIN QUERY PLAN SELECT ") + column
                                + ", count(*) FROM devices GROUP BY " + column;
        sqlite3_stmt* statement = nullptr;
        REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK);
        std::string plan;
        while (sqlite3_step(statement) == SQLITE_ROW)
            plan += reinterpret_cast<const char*>(sqlite3_column_text(statement, 3)) + std::string("\n");
        sqlite3_finalize(statement);
        INFO(column << ": " << plan);
        CHECK(plan.find("COVERING INDEX") != std::string::npos);
        CHECK(plan.find("TEMP B-TREE") == std::string::npos);
    }
    sqlite3_close(db);
}
