#include "store/schema.h"

#include "store/pending_rollups.h"
#include "store/sqlite_database.h"

#include <sqlite3.h>

#include <array>
#include <atomic>
#include <filesystem>
#include <string>

namespace hangar::store {

namespace {

// Migration 1 creates the schema. Later migrations are appended, never edited: a database at
// version k runs migrations k+1 .. kSchemaVersion.
constexpr const char* kMigration1 = R"sql(
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
    -- lower-cased endpoint, manufacturer, model and serial number: the list's text filter
    -- scans this one column instead of four
    search_text TEXT NOT NULL
);
-- The list pages in endpoint order; these indexes cover its filters, so a text filter scans
-- index entries, not whole rows, and only matching rows are read from the table.
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
)sql";

// Migration 2: device tags and the device's peer address. Both default to empty, so existing
// rows keep their search text (it gains one kTagSeparator-prefixed folded tag per tag) and
// their indexes: no row is rewritten, which keeps the migration instant at 100k devices.
constexpr const char* kMigration2 = R"sql(
ALTER TABLE devices ADD COLUMN tags TEXT NOT NULL DEFAULT '';
ALTER TABLE devices ADD COLUMN address TEXT NOT NULL DEFAULT '';
)sql";

// Fleet summary indexes (Store::fleetSummary): each GROUP BY walks its small index in order
// instead of scanning the table and sorting, ~150 ms -> a few ms of CPU at 100,000 devices
// (bench/fleet_summary_bench). Building them on an existing fleet is one pass over the table.
constexpr const char* kMigrationFleetSummaryIndexes = R"sql(
CREATE INDEX devices_by_firmware ON devices(firmware_version);
CREATE INDEX devices_by_model ON devices(model);
CREATE INDEX devices_by_manufacturer ON devices(manufacturer);
)sql";

// Per-minute rollups of numeric samples (min, max, sum, count, first and last), which long
// chart ranges and REST buckets read instead of every sample: a 7-day 1 Hz series is 10,080
// rows instead of 604,800. The writer keeps them in the transaction that appends the samples.
// The migration fills them from the stored samples in its own transaction (one pass in series
// order, see backfillRollups): a kill during it leaves version 3, and the next start redoes it.
constexpr const char* kMigrationSampleRollups = R"sql(
CREATE TABLE sample_rollups (
    device_id INTEGER NOT NULL,
    path_id INTEGER NOT NULL,
    minute_ms INTEGER NOT NULL,
    min_value REAL NOT NULL,
    max_value REAL NOT NULL,
    sum_value REAL NOT NULL,
    sample_count INTEGER NOT NULL,
    first_ms INTEGER NOT NULL,
    first_value REAL NOT NULL,
    last_ms INTEGER NOT NULL,
    last_value REAL NOT NULL,
    PRIMARY KEY (device_id, path_id, minute_ms)
) WITHOUT ROWID;
)sql";

// One device's event history (Store::deviceEventsSince) walks its own entries instead of the
// whole log; building it on an existing log is one pass.
constexpr const char* kMigrationEventsByEndpoint = R"sql(
CREATE INDEX events_by_endpoint ON events(endpoint, id);
)sql";

// Event counts per kind over time (Store::eventCounts: the dashboard's registrations) read
// only the counted kind's entries in the range.
constexpr const char* kMigrationEventsByKindTime = R"sql(
CREATE INDEX events_by_kind_time ON events(kind, time_ms);
)sql";

// Live registrations and observations, so that a restarted engine still reaches its devices
// and stores their notifications (see live_state_rows.h). Devices an older build left online
// have no row here: the engine marks them offline at start, as before.
constexpr const char* kMigrationLiveState = R"sql(
CREATE TABLE registrations (
    endpoint TEXT PRIMARY KEY,
    registration_key INTEGER NOT NULL,
    lwm2m_version TEXT NOT NULL,
    binding TEXT NOT NULL,
    queue_mode INTEGER NOT NULL,
    object_links TEXT NOT NULL,
    root_path TEXT NOT NULL,
    content_format INTEGER NOT NULL,
    lifetime_sec INTEGER NOT NULL,
    registered_at_ms INTEGER NOT NULL,
    last_update_ms INTEGER NOT NULL,
    peer_host TEXT NOT NULL,
    peer_port INTEGER NOT NULL,
    local_port INTEGER NOT NULL,
    security INTEGER NOT NULL CHECK (security BETWEEN 1 AND 2),
    psk_identity TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE observations (
    endpoint TEXT NOT NULL,
    path TEXT NOT NULL,
    token BLOB NOT NULL,
    content_format INTEGER NOT NULL,
    pmin_sec INTEGER,
    pmax_sec INTEGER,
    greater_than REAL,
    less_than REAL,
    step REAL,
    since_ms INTEGER NOT NULL,
    PRIMARY KEY (endpoint, path)
) WITHOUT ROWID;
)sql";

/// One schema step: SQL, then optionally code that moves data, in the same transaction.
struct Migration
{
    const char* sql = nullptr;
    Expected<void> (*fill)(Database&) = nullptr;
};

constexpr std::array<Migration, kSchemaVersion> kMigrations = {
    Migration{kMigration1}, Migration{kMigration2}, Migration{kMigrationFleetSummaryIndexes},
    Migration{kMigrationSampleRollups, &backfillRollups}, Migration{kMigrationEventsByEndpoint},
    Migration{kMigrationEventsByKindTime}, Migration{kMigrationLiveState}};

Expected<void> runMigration(Database& database, std::int64_t version)
{
    const auto index = static_cast<std::size_t>(version - 1);
    if (auto begun = database.exec("BEGIN IMMEDIATE"); !begun)
        return begun;
    const Migration& migration = kMigrations[index];
    auto applied = database.exec(migration.sql);
    if (applied && migration.fill)
        applied = migration.fill(database);
    if (applied)
        applied = database.exec("PRAGMA user_version = " + std::to_string(version));
    if (applied)
        applied = database.exec("COMMIT");
    if (!applied) {
        (void)database.exec("ROLLBACK");
        applied.error().message = "Migrating the store to schema version "
                                  + std::to_string(version) + ": " + applied.error().message;
    }
    return applied;
}

/// Runs the migrations after `version` in order; once `*cancel` is set, none starts and the
/// failing one (interrupted) reports Cancelled.
Expected<void> migrateFrom(Database& database, std::int64_t version, const std::atomic<bool>* cancel)
{
    const auto cancelled = [cancel] { return cancel != nullptr && cancel->load(); };
    for (std::int64_t next = version + 1; next <= kSchemaVersion; ++next) {
        // A step too short for the progress handler to see the flag must not run either.
        auto migrated = cancelled() ? fail(ErrorCode::Cancelled, "cancelled") : runMigration(database, next);
        if (!migrated && cancelled()) {
            return fail(ErrorCode::Cancelled, "The upgrade of \"" + database.path() + "\" was cancelled: it stays at "
                                                  "schema version " + std::to_string(next - 1) + ", as it was.");
        }
        if (!migrated)
            return migrated;
    }
    return {};
}

} // namespace

Expected<void> configureConnection(Database& database, bool writer)
{
    // 64 MiB page cache for the writer keeps the samples index hot; readers need less.
    return database.exec(writer ? "PRAGMA cache_size = -65536" : "PRAGMA cache_size = -16384");
}

Expected<void> prepareSchema(Database& database, const std::atomic<bool>* cancel)
{
    // Reading the version is the first access: a file that is not a database fails here,
    // before anything is written to it.
    auto version = database.queryInt("PRAGMA user_version");
    if (!version)
        return std::unexpected(version.error());
    if (*version > kSchemaVersion || *version < 0) {
        return fail(ErrorCode::Unsupported,
                    "The database \"" + database.path() + "\" has schema version "
                        + std::to_string(*version) + " but this build knows up to version "
                        + std::to_string(kSchemaVersion)
                        + ". It was written by a newer Hangar: run that version, or restore a "
                          "backup made by this one. The file was left unchanged.");
    }
    auto mode = database.queryText("PRAGMA journal_mode = WAL");
    if (!mode)
        return std::unexpected(mode.error());
    if (*mode != "wal") {
        return fail(ErrorCode::IoFailure,
                    "SQLite: switching \"" + database.path() + "\" to WAL mode failed (mode is \""
                        + *mode + "\"). Put the data directory on a local file system.");
    }
    // In WAL mode, synchronous=NORMAL syncs the WAL at checkpoints only, not at every commit.
    // A commit is in the WAL file (the OS page cache) when COMMIT returns, so it survives the
    // process being killed (kill -9); only an OS crash or power loss can lose the last commits.
    // Both never corrupt the database.
    if (auto synced = database.exec("PRAGMA synchronous = NORMAL"); !synced)
        return synced;
    if (auto configured = configureConnection(database, true); !configured)
        return configured;
    if (auto checkpoints = database.exec("PRAGMA wal_autocheckpoint = 8192"); !checkpoints)
        return checkpoints;
    // A cancel interrupts the running statement; its migration rolls back, those before stay.
    if (cancel != nullptr) {
        sqlite3_progress_handler(database.handle(), 10'000, [](void* flag) -> int {
            return static_cast<const std::atomic<bool>*>(flag)->load(std::memory_order_relaxed) ? 1 : 0;
        }, const_cast<std::atomic<bool>*>(cancel));
    }
    auto migrated = migrateFrom(database, *version, cancel);
    if (cancel != nullptr)
        sqlite3_progress_handler(database.handle(), 0, nullptr, nullptr);
    return migrated;
}

Expected<std::int64_t> storedSchemaVersion(const std::string& path)
{
    std::error_code missing;
    if (!std::filesystem::exists(path, missing))
        return std::int64_t{0};
    auto database = Database::open(path, Database::Mode::ReadOnly);
    if (!database)
        return std::unexpected(database.error());
    return (*database)->queryInt("PRAGMA user_version");
}

} // namespace hangar::store
