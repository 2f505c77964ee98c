#include "store_test_support.h"

#include <sqlite3.h>

#include <atomic>

using namespace hangar;
using namespace hangar::store;
using namespace hangar::store::test;
using lwm2m::LwM2mPath;
using lwm2m::Value;

namespace {

/// How SQLite would run `sql` on the database at `path` (EXPLAIN QUERY PLAN, one step a line).
std::string queryPlan(const std::string& path, const std::string& sql)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, ("EXPLAIN QUERY PLAN " + sql).c_str(), -1, &statement, nullptr) == SQLITE_OK);
    std::string plan;
    while (sqlite3_step(statement) == SQLITE_ROW)
        plan += reinterpret_cast<const char*>(sqlite3_column_text(statement, 3)) + std::string("\n");
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return plan;
}

} // namespace

TEST_CASE("a device upsert replaces every field and reads back", "[store][devices]")
{
    TempDatabase temp;
    auto store = openStore(temp.path());
    auto device = makeDevice("urn:dev:1");
    queued(store->enqueueDevice(device));
    device.status = DeviceStatus::Sleeping;
    device.queueMode = true;
    device.manufacturer = "Acme";
    device.model = "T-1000";
    device.serialNumber = "SN42";
    device.firmwareVersion = "2.1.0";
    queued(store->enqueueDevice(device));
    flushed(*store);

    auto stored = store->device("urn:dev:1");
    REQUIRE(stored.has_value());
    CHECK(*stored == device);
    CHECK(store->listDevices({})->total == 1);

    auto missing = store->device("urn:dev:2");
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().code == ErrorCode::NotFound);
}

TEST_CASE("credentials are found by identity and all load at start-up", "[store][credentials]")
{
    TempDatabase temp;
    auto store = openStore(temp.path());
    queued(store->enqueueCredential({"dev-a", "identity-a", {0x01, 0x02}}));
    queued(store->enqueueCredential({"dev-b", "identity-b", {0x0b}}));
    queued(store->enqueueCredential({"dev-a", "identity-a2", {0xaa}})); // replaces dev-a's
    // Taking another endpoint's identity violates uniqueness: dropped, the store goes on.
    queued(store->enqueueCredential({"dev-c", "identity-b", {0xcc}}));
    queued(store->enqueueDeleteCredential("dev-b"));
    queued(store->enqueueCredential({"dev-d", "identity-d", {}}));
    flushed(*store);

    CHECK(store->credentialByIdentity("identity-a2")->pskKey == lwm2m::Bytes{0xaa});
    CHECK(store->credentialByIdentity("identity-a").error().code == ErrorCode::NotFound);
    CHECK(store->credentialByIdentity("identity-b").error().code == ErrorCode::NotFound);
    auto all = store->allCredentials();
    REQUIRE(all.has_value());
    REQUIRE(all->size() == 2);
    CHECK((*all)[0] == Credential{"dev-a", "identity-a2", {0xaa}});
    CHECK((*all)[1] == Credential{"dev-d", "identity-d", {}});
    CHECK(store->stats().rowsDropped == 1);
}

TEST_CASE("every value type survives the resource cache and samples", "[store][values]")
{
    TempDatabase temp;
    auto store = openStore(temp.path());
    queued(store->enqueueDevice(makeDevice("dev")));
    const std::vector<Value> values = {
        Value(),
        Value::string("héllo"),
        Value::integer(-42),
        Value::unsignedInteger(18'446'744'073'709'551'615ull),
        Value::floating(21.5),
        Value::boolean(true),
        Value::opaque({0x00, 0xff, 0x10}),
        Value::opaque({}),
        Value::time(1'700'000'000),
        Value::objectLink({65535, 65535}),
        Value::coreLink("</3/0>"),
    };
    std::vector<CachedValue> cached;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const auto id = static_cast<std::uint16_t>(i);
        cached.push_back({"dev", LwM2mPath(3, 0, id), values[i], 1000});
        queued(store->enqueueSamples({{"dev", LwM2mPath(3, 0, id), values[i], 1000}}));
    }
    queued(store->enqueueCachedValues(cached));
    flushed(*store);

    auto read = store->cachedValues("dev", LwM2mPath(3, 0));
    REQUIRE(read.has_value());
    CHECK(*read == cached);
    for (std::size_t i = 0; i < values.size(); ++i) {
        const auto id = static_cast<std::uint16_t>(i);
        auto samples = store->samples({"dev", LwM2mPath(3, 0, id), 0, 2000, 10, TimeOrder::OldestFirst});
        REQUIRE(samples.has_value());
        REQUIRE(samples->size() == 1);
        CHECK((*samples)[0].value == values[i]);
    }
}

TEST_CASE("the resource cache keeps the newest value per path and filters by path", "[store][cache]")
{
    TempDatabase temp;
    auto store = openStore(temp.path());
    queued(store->enqueueDevice(makeDevice("dev")));
    queued(store->enqueueCachedValues({
        {"dev", LwM2mPath(3, 0, 9), Value::integer(80), 2000},
        {"dev", LwM2mPath(3, 0, 10), Value::integer(1), 2000},
        {"dev", LwM2mPath(30, 0, 1), Value::integer(7), 2000},
        {"dev", LwM2mPath(3303, 0, 5700), Value::floating(20.0), 2000},
        {"nobody", LwM2mPath(3, 0, 9), Value::integer(1), 2000},
    }));
    queued(store->enqueueCachedValues({{"dev", LwM2mPath(3, 0, 9), Value::integer(75), 3000}}));
    queued(store->enqueueCachedValues({{"dev", LwM2mPath(3, 0, 9), Value::integer(99), 2500}}));
    flushed(*store);

    auto underDevice = store->cachedValues("dev", LwM2mPath(3));
    REQUIRE(underDevice.has_value());
    REQUIRE(underDevice->size() == 2);
    CHECK((*underDevice)[0].path == LwM2mPath(3, 0, 9));
    CHECK((*underDevice)[0].value == Value::integer(75)); // 2500 is older than 3000
    CHECK((*underDevice)[0].timeMs == 3000);
    CHECK((*underDevice)[1].path == LwM2mPath(3, 0, 10));
    CHECK(store->cachedValues("dev", LwM2mPath())->size() == 4);
    CHECK(store->cachedValues("dev", LwM2mPath(3, 0, 10))->size() == 1);
    CHECK(store->cachedValues("nobody", LwM2mPath())->empty());
    CHECK(store->stats().rowsDropped == 1);
}

TEST_CASE("sample range queries honour bounds, limit and order", "[store][samples]")
{
    TempDatabase temp;
    auto store = openStore(temp.path());
    queued(store->enqueueDevice(makeDevice("dev-1")));
    queued(store->enqueueDevice(makeDevice("dev-2")));
    const LwM2mPath temperature(3303, 0, 5700);
    const LwM2mPath humidity(3304, 0, 5700);
    std::vector<Sample> batch;
    for (int t = 0; t < 100; ++t) {
        batch.push_back({"dev-1", temperature, Value::floating(t), t * 10});
        batch.push_back({"dev-1", humidity, Value::floating(-t), t * 10});
        batch.push_back({"dev-2", temperature, Value::floating(1000 + t), t * 10});
    }
    queued(store->enqueueSamples(batch));
    queued(store->enqueueSamples({{"ghost", temperature, Value::floating(1), 5}}));
    flushed(*store);

    auto oldest = store->samples({"dev-1", temperature, 200, 500, 10, TimeOrder::OldestFirst});
    REQUIRE(oldest.has_value());
    REQUIRE(oldest->size() == 10);
    CHECK(oldest->front().timeMs == 200);
    CHECK(oldest->back().timeMs == 290);
    CHECK(oldest->front().value == Value::floating(20));

    auto newest = store->samples({"dev-1", temperature, 200, 500, 5, TimeOrder::NewestFirst});
    REQUIRE(newest->size() == 5);
    CHECK(newest->front().timeMs == 500);
    CHECK(newest->back().timeMs == 460);

    auto all = store->samples({"dev-1", temperature, 200, 500, 1000, TimeOrder::OldestFirst});
    CHECK(all->size() == 31); // both bounds included
    CHECK(store->samples({"dev-2", temperature, 0, 0, 10, TimeOrder::OldestFirst})->front().value
          == Value::floating(1000));
    CHECK(store->samples({"dev-1", LwM2mPath(3, 0, 0), 0, 5000, 10, TimeOrder::OldestFirst})->empty());
    CHECK(store->samples({"ghost", temperature, 0, 5000, 10, TimeOrder::OldestFirst})->empty());
    CHECK(store->stats().rowsDropped == 1);
}

TEST_CASE("samples of a resource and of its instances stay separate series", "[store][samples]")
{
    TempDatabase temp;
    auto store = openStore(temp.path());
    queued(store->enqueueDevice(makeDevice("dev")));
    queued(store->enqueueSamples({{"dev", LwM2mPath(3, 0, 7), Value::integer(1), 1},
                                  {"dev", LwM2mPath(3, 0, 7, 0), Value::integer(2), 1},
                                  {"dev", LwM2mPath(3, 0, 7, 1), Value::integer(3), 1},
                                  {"dev", LwM2mPath(3, 0), Value::integer(4), 1}}));
    flushed(*store);
    for (const auto& [path, expected] : std::vector<std::pair<LwM2mPath, int>>{
             {LwM2mPath(3, 0, 7), 1}, {LwM2mPath(3, 0, 7, 0), 2}, {LwM2mPath(3, 0, 7, 1), 3},
             {LwM2mPath(3, 0), 4}}) {
        auto samples = store->samples({"dev", path, 0, 10, 10, TimeOrder::OldestFirst});
        REQUIRE(samples->size() == 1);
        CHECK((*samples)[0].value == Value::integer(expected));
    }
}

TEST_CASE("events are numbered in commit order and read after an id", "[store][events]")
{
    TempDatabase temp;
    auto store = openStore(temp.path());
    for (int i = 0; i < 5; ++i)
        queued(store->enqueueEvent({0, 1000 + i, "registered", "dev-" + std::to_string(i), "{}"}));
    flushed(*store);
    auto first = store->eventsSince(0, 3);
    REQUIRE(first.has_value());
    REQUIRE(first->size() == 3);
    CHECK((*first)[0] == EventRecord{1, 1000, "registered", "dev-0", "{}"});
    auto rest = store->eventsSince(first->back().id, 10);
    REQUIRE(rest->size() == 2);
    CHECK(rest->back().endpoint == "dev-4");
    CHECK(store->eventsSince(rest->back().id, 10)->empty());
}

TEST_CASE("one device's events are read after an id without the others', through an index", "[store][events]")
{
    TempDatabase temp;
    auto store = openStore(temp.path());
    for (int i = 0; i < 30; ++i)
        queued(store->enqueueEvent({0, 1000 + i, "updated", "dev-" + std::to_string(i % 3), "{}"}));
    flushed(*store);
    auto first = store->deviceEventsSince("dev-1", 0, 4);
    REQUIRE(first.has_value());
    REQUIRE(first->size() == 4);
    for (const EventRecord& event : *first)
        CHECK(event.endpoint == "dev-1");
    CHECK((*first)[0].id == 2);
    CHECK((*first)[3].id == 11);
    auto rest = store->deviceEventsSince("dev-1", first->back().id, 100);
    REQUIRE(rest.has_value());
    CHECK(rest->size() == 6);
    CHECK(rest->back().id == 29);
    CHECK(store->deviceEventsSince("dev-1", 29, 100)->empty());
    CHECK(store->deviceEventsSince("nobody", 0, 100)->empty());
    CHECK_FALSE(store->deviceEventsSince("dev-1", 0, -1).has_value());
    store.reset();

    // A device's history must not walk the whole log: at a million events that is seconds.
    const std::string plan =
        queryPlan(temp.path(), "SELECT id FROM events WHERE endpoint = 'dev-1' AND id > 5 ORDER BY id LIMIT 10");
    INFO(plan);
    CHECK(plan.find("events_by_endpoint") != std::string::npos);
    CHECK(plan.find("TEMP B-TREE") == std::string::npos);
}

TEST_CASE("events of one kind are counted per time bucket, through an index", "[store][events]")
{
    TempDatabase temp;
    auto store = openStore(temp.path());
    constexpr std::int64_t kBucket = 60'000;
    constexpr std::int64_t kBase = 1'700'000'040'000; // a whole minute since the epoch
    for (const std::int64_t offset : {0, 1, 59'999, 60'000, 180'000, 180'500})
        queued(store->enqueueEvent({0, kBase + offset, "registered", "dev", "{}"}));
    queued(store->enqueueEvent({0, kBase + 2, "updated", "dev", "{}"}));
    flushed(*store);

    auto counts = store->eventCounts("registered", kBase, kBase + 240'000, kBucket);
    REQUIRE(counts.has_value());
    // Buckets align to the epoch, the empty one is left out, other kinds are not counted.
    CHECK(*counts == std::vector<EventCount>{{kBase, 3}, {kBase + 60'000, 1}, {kBase + 180'000, 2}});
    // The range is half-open, and a bucket cut by it counts what lies inside only.
    CHECK(*store->eventCounts("registered", kBase + 1, kBase + 180'000, kBucket) ==
          std::vector<EventCount>{{kBase, 2}, {kBase + 60'000, 1}});
    CHECK(*store->eventCounts("updated", 0, kBase * 2, 3'600'000) ==
          std::vector<EventCount>{{(kBase + 2) / 3'600'000 * 3'600'000, 1}});
    CHECK(store->eventCounts("deregistered", 0, kBase * 2, kBucket)->empty());
    CHECK(store->eventCounts("registered", kBase, kBase, kBucket)->empty());
    for (const auto& [from, to, bucket] : {std::tuple{kBase, kBase + 1, std::int64_t{0}},
                                           std::tuple{kBase, kBase - 1, kBucket},
                                           std::tuple{std::int64_t{-1}, kBase, kBucket}}) {
        const auto refused = store->eventCounts("registered", from, to, bucket);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().code == ErrorCode::InvalidArgument);
    }
    store.reset();

    // The day's registrations, not the whole log: a log of millions of events would take seconds.
    const std::string plan = queryPlan(temp.path(), "SELECT time_ms / 60000 AS bucket, count(*) FROM events "
                                                    "WHERE kind = 'registered' AND time_ms >= 0 AND time_ms < 10 "
                                                    "GROUP BY bucket");
    INFO(plan);
    CHECK(plan.find("COVERING INDEX events_by_kind_time") != std::string::npos);
}

TEST_CASE("deleting a device removes its credentials, cache and samples but not others'", "[store][devices]")
{
    TempDatabase temp;
    auto store = openStore(temp.path());
    const LwM2mPath path(3303, 0, 5700);
    for (const std::string endpoint : {"gone", "kept"}) {
        queued(store->enqueueDevice(makeDevice(endpoint)));
        queued(store->enqueueCredential({endpoint, "id-" + endpoint, {1}}));
        queued(store->enqueueCachedValues({{endpoint, path, Value::floating(1), 10}}));
        queued(store->enqueueSamples({{endpoint, path, Value::floating(1), 10}}));
    }
    queued(store->enqueueEvent({0, 5, "registered", "gone", "{}"}));
    queued(store->enqueueDeleteDevice("gone"));
    flushed(*store);

    CHECK(store->device("gone").error().code == ErrorCode::NotFound);
    CHECK(store->credentialByIdentity("id-gone").error().code == ErrorCode::NotFound);
    CHECK(store->cachedValues("gone", LwM2mPath())->empty());
    CHECK(store->samples({"gone", path, 0, 100, 10, TimeOrder::OldestFirst})->empty());
    CHECK(store->eventsSince(0, 10)->size() == 1);

    CHECK(store->device("kept").has_value());
    CHECK(store->credentialByIdentity("id-kept").has_value());
    CHECK(store->cachedValues("kept", LwM2mPath())->size() == 1);
    CHECK(store->samples({"kept", path, 0, 100, 10, TimeOrder::OldestFirst})->size() == 1);

    // A device registered again under the same endpoint starts with no history.
    queued(store->enqueueDevice(makeDevice("gone")));
    flushed(*store);
    CHECK(store->samples({"gone", path, 0, 100, 10, TimeOrder::OldestFirst})->empty());
}

TEST_CASE("write sequences grow, and the listener reports each durable watermark", "[store][writer]")
{
    TempDatabase temp;
    auto store = openStore(temp.path(), {std::chrono::milliseconds(5), 100, 250000});
    std::atomic<WriteSequence> heard{0};
    std::atomic<int> commits{0};
    std::atomic<bool> increasing{true};
    // Catch2 assertions are not thread-safe: the listener (writer thread) only records.
    store->setCommitListener([&](WriteSequence durable) {
        if (durable <= heard.load())
            increasing = false;
        heard = durable;
        ++commits;
    });
    const auto first = queued(store->enqueueDevice(makeDevice("dev")));
    WriteSequence last = first;
    for (int i = 0; i < 1000; ++i) {
        const auto next = queued(store->enqueueSamples(
            {{"dev", LwM2mPath(1, 0, 1), Value::integer(i), i}}));
        CHECK(next == last + 1);
        last = next;
    }
    flushed(*store);
    CHECK(store->durableSequence() >= last);
    CHECK(heard.load() == store->durableSequence());
    CHECK(increasing.load());
    CHECK(commits.load() >= 10); // batches of at most 100 rows
    const auto stats = store->stats();
    CHECK(stats.enqueued == last);
    CHECK(stats.rowsCommitted == 1001);
    CHECK(stats.pendingRows == 0);
    store->setCommitListener({});
}

TEST_CASE("telemetry over the high-water mark is refused while state writes are kept", "[store][writer]")
{
    TempDatabase temp;
    // A long batch delay keeps everything queued, so the mark is reached deterministically.
    auto store = openStore(temp.path(), {std::chrono::milliseconds(60'000), 1'000'000, 100});
    queued(store->enqueueDevice(makeDevice("dev")));
    std::vector<Sample> ninety(90, Sample{"dev", LwM2mPath(1, 0, 1), Value::integer(1), 1});
    queued(store->enqueueSamples(ninety));
    auto refused = store->enqueueSamples(std::vector<Sample>(20, ninety.front()));
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::LimitExceeded);
    CHECK_FALSE(store->enqueueCachedValues(std::vector<CachedValue>(20)).has_value());
    queued(store->enqueueDevice(makeDevice("dev-2")));
    queued(store->enqueueEvent({0, 1, "registered", "dev-2", "{}"}));
    flushed(*store); // flush does not wait for the batch delay
    CHECK(store->listDevices({})->total == 2);
    CHECK(store->samples({"dev", LwM2mPath(1, 0, 1), 0, 10, 1000, TimeOrder::OldestFirst})->size() == 90);
    queued(store->enqueueSamples(std::vector<Sample>(20, ninety.front())));
}

TEST_CASE("negative limits and offsets are refused", "[store][reads]")
{
    TempDatabase temp;
    auto store = openStore(temp.path());
    CHECK(store->listDevices({"", std::nullopt, -1, 0}).error().code == ErrorCode::InvalidArgument);
    CHECK(store->listDevices({"", std::nullopt, 10, -5}).error().code == ErrorCode::InvalidArgument);
    CHECK(store->eventsSince(0, -1).error().code == ErrorCode::InvalidArgument);
}
