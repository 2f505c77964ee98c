#include "store_test_support.h"

#include "old_database.h"
#include "store/schema.h"

#include <sqlite3.h>

#include <atomic>

using namespace hangar;
using namespace hangar::store;
using namespace hangar::store::test;

namespace {

// The schema as version 1 of Hangar wrote it (frozen: migration 1 is never edited), with the
// rows a version 1 store holds.
constexpr const char* kVersion1Database = R"sql(
PRAGMA journal_mode = WAL;
CREATE TABLE devices (
    id INTEGER PRIMARY KEY,
    endpoint TEXT NOT NULL UNIQUE,
    registration_id TEXT NOT NULL,
    lwm2m_version TEXT NOT NULL,
    lifetime_sec INTEGER NOT NULL,
    binding TEXT NOT NULL,
    queue_mode INTEGER NOT NULL,
    object_links TEXT NOT NULL,
    status INTEGER NOT NULL CHECK (status BETWEEN 1 AND 3),
    registered_at_ms INTEGER NOT NULL,
    last_seen_ms INTEGER NOT NULL,
    manufacturer TEXT,
    model TEXT,
    serial_number TEXT,
    firmware_version TEXT,
    search_text TEXT NOT NULL
);
CREATE INDEX devices_by_endpoint ON devices(endpoint, search_text);
CREATE INDEX devices_by_status ON devices(status, endpoint, search_text);
CREATE TABLE credentials (
    endpoint TEXT PRIMARY KEY,
    psk_identity TEXT NOT NULL UNIQUE,
    psk_key BLOB NOT NULL
) WITHOUT ROWID;
CREATE TABLE resource_cache (
    device_id INTEGER NOT NULL,
    path TEXT NOT NULL,
    type INTEGER NOT NULL,
    value,
    time_ms INTEGER NOT NULL,
    PRIMARY KEY (device_id, path)
) WITHOUT ROWID;
CREATE TABLE paths (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE
);
CREATE TABLE samples (
    device_id INTEGER NOT NULL,
    path_id INTEGER NOT NULL,
    time_ms INTEGER NOT NULL,
    type INTEGER NOT NULL,
    value
);
CREATE INDEX samples_by_series ON samples(device_id, path_id, time_ms);
CREATE TABLE events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    time_ms INTEGER NOT NULL,
    kind TEXT NOT NULL,
    endpoint TEXT NOT NULL,
    details_json TEXT NOT NULL
);
INSERT INTO devices VALUES (1, 'pump-17', 'reg-1', '1.1', 300, 'UQ', 1, '</1/0>,</3/0>', 2,
    1700000000000, 1700000060000, 'Acme', 'Pumpmaster', 'SN-9', '1.2.3',
    'pump-17' || char(31) || 'acme' || char(31) || 'pumpmaster' || char(31) || 'sn-9');
INSERT INTO devices VALUES (2, 'valve-3', 'reg-2', '1.0', 86400, 'U', 0, '</3/0>', 3,
    1700000000000, 1700000000000, NULL, NULL, NULL, NULL,
    'valve-3' || char(31) || char(31) || char(31));
INSERT INTO credentials VALUES ('pump-17', 'id-pump', x'010203');
INSERT INTO events (time_ms, kind, endpoint, details_json)
    VALUES (1700000000000, 'registered', 'pump-17', '{}');
PRAGMA user_version = 1;
)sql";

void execRaw(const std::string& path, const char* sql)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
            == SQLITE_OK);
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    INFO((message ? message : ""));
    sqlite3_free(message);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

std::int64_t queryInt(const std::string& path, const char* sql)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(statement) == SQLITE_ROW);
    const auto value = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return value;
}

} // namespace

TEST_CASE("a version 1 database migrates in place to tags and addresses and keeps its data",
          "[store][schema][tags]")
{
    STATIC_REQUIRE(kSchemaVersion >= 2);
    TempDatabase temp;
    execRaw(temp.path(), kVersion1Database);
    REQUIRE(queryInt(temp.path(), "PRAGMA user_version") == 1);

    {
        auto store = openStore(temp.path());
        auto pump = store->device("pump-17");
        REQUIRE(pump.has_value());
        DeviceRecord expected;
        expected.endpoint = "pump-17";
        expected.registrationId = "reg-1";
        expected.lwm2mVersion = "1.1";
        expected.lifetimeSec = 300;
        expected.binding = "UQ";
        expected.queueMode = true;
        expected.objectLinks = "</1/0>,</3/0>";
        expected.status = DeviceStatus::Sleeping;
        expected.registeredAtMs = 1'700'000'000'000;
        expected.lastSeenMs = 1'700'000'060'000;
        expected.manufacturer = "Acme";
        expected.model = "Pumpmaster";
        expected.serialNumber = "SN-9";
        expected.firmwareVersion = "1.2.3";
        CHECK(*pump == expected); // no tags, no address yet
        auto valve = store->device("valve-3");
        REQUIRE(valve.has_value());
        CHECK(valve->status == DeviceStatus::Offline);
        CHECK_FALSE(valve->model.has_value());
        CHECK(store->credentialByIdentity("id-pump").has_value());
        auto events = store->eventsSince(0, 10);
        REQUIRE(events.has_value());
        CHECK(events->size() == 1);
        // The fleet summary counts migrated rows (through the indexes built by the migration).
        auto summary = store->fleetSummary();
        REQUIRE(summary.has_value());
        CHECK(summary->total == 2);
        CHECK(summary->sleeping == 1);
        CHECK(summary->offline == 1);
        CHECK(summary->firmware == std::vector<ValueCount>{{std::nullopt, 1}, {"1.2.3", 1}});

        // The old search text still serves the text filter; tags work on migrated rows.
        DeviceQuery text;
        text.text = "PUMPMASTER";
        auto found = store->listDevices(text);
        REQUIRE(found.has_value());
        REQUIRE(found->items.size() == 1);
        CHECK(found->items[0].endpoint == "pump-17");
        auto outcome = std::make_shared<DeviceTagOutcome>();
        queued(store->enqueueDeviceTags({{"valve-3"}, {"plant3"}, {}}, outcome));
        flushed(*store);
        CHECK(outcome->changed == std::vector<std::string>{"valve-3"});
        DeviceQuery tagged;
        tagged.tag = "plant3";
        auto valves = store->listDevices(tagged);
        REQUIRE(valves.has_value());
        REQUIRE(valves->items.size() == 1);
        CHECK(valves->items[0].endpoint == "valve-3");
    }
    CHECK(queryInt(temp.path(), "PRAGMA user_version") == kSchemaVersion);
    CHECK(queryInt(temp.path(), "SELECT count(*) FROM devices") == 2);
    CHECK(queryInt(temp.path(), "SELECT count(*) FROM pragma_table_info('devices') "
                                "WHERE name IN ('tags', 'address')") == 2);
    CHECK(queryInt(temp.path(), "SELECT count(*) FROM pragma_integrity_check "
                                "WHERE integrity_check = 'ok'") == 1);
    // Opening again runs no migration and keeps the tags.
    auto reopened = openStore(temp.path());
    auto valve = reopened->device("valve-3");
    REQUIRE(valve.has_value());
    CHECK(valve->tags == std::vector<std::string>{"plant3"});
}

TEST_CASE("a cancelled upgrade rolls back and leaves the database as it was; the next open upgrades it",
          "[store][schema]")
{
    TempDatabase temp;
    hangar::test::makeVersion3Database(temp.path(), 50'000);
    std::atomic<bool> cancel{true};
    SqliteStore::Options options;
    options.path = temp.path();
    options.cancelMigration = &cancel;
    {
        // Set before the upgrade: the rollups backfill is interrupted inside its statements.
        auto refused = SqliteStore::open(options);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().code == ErrorCode::Cancelled);
        CHECK_THAT(refused.error().message, Catch::Contains("stays at schema version 3"));
    }
    CHECK(queryInt(temp.path(), "PRAGMA user_version") == 3);
    CHECK(queryInt(temp.path(), "SELECT count(*) FROM sqlite_master WHERE name = 'sample_rollups'") == 0);
    CHECK(queryInt(temp.path(), "SELECT count(*) FROM samples") == 50'000);

    cancel = false;
    {
        auto store = SqliteStore::open(options);
        REQUIRE(store.has_value());
    }
    CHECK(queryInt(temp.path(), "PRAGMA user_version") == kSchemaVersion);
    CHECK(queryInt(temp.path(), "SELECT sum(sample_count) FROM sample_rollups") == 50'000);
    CHECK(storedSchemaVersion(temp.path()) == kSchemaVersion);
    CHECK(storedSchemaVersion(temp.dir() + "/none.db") == 0);
}
