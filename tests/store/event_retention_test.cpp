#include "store_test_support.h"

#include "event_loop_wait.h"
#include "store/sqlite_database.h"

#include <QDateTime>

#include <atomic>

using namespace hangar;
using namespace hangar::store;
using namespace hangar::store::test;
using hangar::test::waitFor;
using namespace std::chrono_literals;

namespace {

constexpr std::int64_t kDayMs = 24LL * 3600 * 1000;

/// Appends `count` events directly to the file (faster than the writer for big logs), the
/// first at `firstMs`, each `stepMs` later; ids continue after the last stored one.
void appendEvents(const std::string& path, std::int64_t count, std::int64_t firstMs,
                  std::int64_t stepMs)
{
    auto database = Database::open(path, Database::Mode::ReadWrite).value();
    REQUIRE(database->exec(
        "BEGIN; WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < " +
        std::to_string(count - 1) +
        ") INSERT INTO events (time_ms, kind, endpoint, details_json) SELECT " +
        std::to_string(firstMs) + " + i * " + std::to_string(stepMs) +
        ", 'registered', 'dev-' || (i % 10), '{}' FROM n; COMMIT"));
}

/// A database with the current schema and no events yet.
void createDatabase(const std::string& path)
{
    auto store = SqliteStore::open({path, {}, EventRetention{std::chrono::days{0}, 0}});
    REQUIRE(store.has_value());
}

std::int64_t queryNumber(const std::string& path, const std::string& sql)
{
    auto database = Database::open(path, Database::Mode::ReadOnly).value();
    auto number = database->queryInt(sql);
    INFO((number ? std::string() : number.error().message));
    REQUIRE(number.has_value());
    return *number;
}

std::unique_ptr<SqliteStore> openWithRetention(const std::string& path, EventRetention retention)
{
    auto store = SqliteStore::open({path, {}, retention});
    INFO((store ? std::string() : store.error().message));
    REQUIRE(store.has_value());
    return std::move(*store);
}

} // namespace

TEST_CASE("events older than the retention age are deleted in batches and newer ones kept",
          "[store][retention]")
{
    TempDatabase temp;
    createDatabase(temp.path());
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    // 500 events 40 to 35 days old, then 500 from 25 days old on: none near the 30-day limit.
    appendEvents(temp.path(), 500, now - 40 * kDayMs, 5 * kDayMs / 500);
    appendEvents(temp.path(), 500, now - 25 * kDayMs, 20 * kDayMs / 500);

    auto store = openWithRetention(temp.path(), EventRetention{std::chrono::days{30}, 0, 100, 60s});
    REQUIRE(waitFor([&] { return store->stats().eventsTrimmed >= 500; }, 10s));
    const auto old = queryNumber(temp.path(), "SELECT count(*) FROM events WHERE time_ms < " +
                                                  std::to_string(now - 30 * kDayMs));
    CHECK(old == 0);
    CHECK(queryNumber(temp.path(), "SELECT count(*) FROM events") == 500);
    CHECK(queryNumber(temp.path(), "SELECT min(id) FROM events") == 501);
    CHECK(store->stats().eventsTrimmed == 500);
    CHECK(store->stats().trimCommits >= 5);
}

TEST_CASE("the event log keeps the newest events up to its maximum count", "[store][retention]")
{
    TempDatabase temp;
    createDatabase(temp.path());
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    appendEvents(temp.path(), 5000, now - 5000, 1);

    auto store =
        openWithRetention(temp.path(), EventRetention{std::chrono::days{30}, 1000, 500, 10ms});
    REQUIRE(waitFor([&] { return store->stats().eventsTrimmed >= 4000; }, 10s));
    CHECK(queryNumber(temp.path(), "SELECT count(*) FROM events") == 1000);
    CHECK(queryNumber(temp.path(), "SELECT min(id) FROM events") == 4001);
    CHECK(queryNumber(temp.path(), "SELECT max(id) FROM events") == 5000);
    CHECK(store->stats().trimCommits >= 8);

    // New events push out the oldest ones again; the log stays at its maximum.
    for (int i = 0; i < 50; ++i)
        queued(store->enqueueEvent(EventRecord{0, now + i, "updated", "dev-new", "{}"}));
    flushed(*store);
    REQUIRE(waitFor([&] { return store->stats().eventsTrimmed >= 4050; }, 10s));
    CHECK(queryNumber(temp.path(), "SELECT count(*) FROM events") == 1000);
    CHECK(queryNumber(temp.path(), "SELECT min(id) FROM events") == 4051);
    CHECK(queryNumber(temp.path(), "SELECT count(*) FROM events WHERE endpoint = 'dev-new'") == 50);
}

TEST_CASE("trimming a big event log leaves room for other writes between its batches",
          "[store][retention]")
{
    TempDatabase temp;
    createDatabase(temp.path());
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    constexpr std::int64_t kLogged = 200'000;
    appendEvents(temp.path(), kLogged, now - kLogged, 1);

    auto store =
        openWithRetention(temp.path(), EventRetention{std::chrono::days{30}, 1000, 1000, 60s});
    std::atomic<std::uint64_t> trimmedAtFirstCommit{0};
    std::atomic<bool> committed{false};
    store->setCommitListener([&](WriteSequence) {
        if (!committed.exchange(true))
            trimmedAtFirstCommit = store->stats().eventsTrimmed;
    });
    queued(store->enqueueDevice(makeDevice("urn:dev:during-trim")));
    flushed(*store);
    store->setCommitListener({});
    INFO("events trimmed when the device was committed: " << trimmedAtFirstCommit.load());
    // The device did not wait for the whole backlog: it went in between two trim batches.
    CHECK(trimmedAtFirstCommit.load() < static_cast<std::uint64_t>(kLogged - 1000));
    CHECK(store->device("urn:dev:during-trim").has_value());

    REQUIRE(waitFor([&] { return store->stats().eventsTrimmed >= kLogged - 1000; }, 60s));
    CHECK(queryNumber(temp.path(), "SELECT count(*) FROM events") == 1000);
    CHECK(queryNumber(temp.path(), "SELECT min(id) FROM events") == kLogged - 999);
    CHECK(store->stats().trimCommits >= (kLogged - 1000) / 1000);
}

TEST_CASE("an event log without limits keeps every event", "[store][retention]")
{
    TempDatabase temp;
    createDatabase(temp.path());
    appendEvents(temp.path(), 3000, 1000, 1); // from 1970: older than any age limit
    auto store = openWithRetention(temp.path(), EventRetention{std::chrono::days{0}, 0, 100, 10ms});
    queued(store->enqueueEvent(EventRecord{0, 5000, "updated", "dev-x", "{}"}));
    flushed(*store);
    hangar::test::spin(100ms);
    CHECK(store->stats().eventsTrimmed == 0);
    CHECK(queryNumber(temp.path(), "SELECT count(*) FROM events") == 3001);
}
