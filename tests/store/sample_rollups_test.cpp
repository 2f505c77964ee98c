#include "store_test_support.h"

#include "store/schema.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <ostream>
#include <set>
#include <random>
#include <tuple>

using namespace hangar;
using namespace hangar::store;
using namespace hangar::store::test;
using lwm2m::LwM2mPath;
using lwm2m::Value;

namespace hangar::store {

// For Catch's messages when buckets differ.
std::ostream& operator<<(std::ostream& out, const SampleBucket& b)
{
    return out << "{start " << b.startMs << ", count " << b.count << ", min " << b.min << ", max " << b.max
               << ", sum " << b.sum << ", first " << b.first << " @" << b.firstMs << ", last " << b.last << " @"
               << b.lastMs << "}";
}

} // namespace hangar::store

namespace {

constexpr std::int64_t kMinute = 60'000;
constexpr std::int64_t kHourStart = 1'699'999'200'000; // a whole hour since the epoch
constexpr std::int64_t kBaseMs = kHourStart + 40'000;   // 40 s into a minute

// What a chart or a REST client expects of a bucket, computed the obvious way from the samples
// in the order they were stored; independent of the store's code.
struct Tally
{
    std::int64_t count = 0;
    double min = 0, max = 0, sum = 0;
    std::int64_t firstMs = 0, lastMs = 0;
    double first = 0, last = 0;
};

std::optional<double> numberOf(const Value& value)
{
    switch (value.type()) {
    case lwm2m::ResourceType::Integer: return static_cast<double>(value.asInteger());
    case lwm2m::ResourceType::UnsignedInteger: return static_cast<double>(value.asUnsigned());
    case lwm2m::ResourceType::Float: // NaN, infinities and absurd magnitudes are not counted
        return std::abs(value.asFloat()) <= 1e300 ? std::optional(value.asFloat()) : std::nullopt;
    case lwm2m::ResourceType::Boolean: return value.asBool() ? 1.0 : 0.0;
    case lwm2m::ResourceType::Time: return static_cast<double>(value.asInteger());
    default: return std::nullopt;
    }
}

std::int64_t floorTo(std::int64_t timeMs, std::int64_t width)
{
    std::int64_t start = timeMs / width * width;
    return start > timeMs ? start - width : start;
}

std::map<std::int64_t, Tally> bruteForceBuckets(const std::vector<Sample>& stored, const std::string& endpoint,
                                                   const LwM2mPath& path, std::int64_t fromMs, std::int64_t toMs,
                                                   std::int64_t bucketMs)
{
    std::map<std::int64_t, Tally> buckets;
    for (const Sample& sample : stored) {
        const auto number = numberOf(sample.value);
        if (sample.endpoint != endpoint || sample.path != path || !number || sample.timeMs < fromMs
            || sample.timeMs > toMs)
            continue;
        auto [it, fresh] = buckets.try_emplace(floorTo(sample.timeMs, bucketMs));
        Tally& b = it->second;
        if (fresh || sample.timeMs < b.firstMs) {
            b.firstMs = sample.timeMs;
            b.first = *number;
        }
        if (fresh || sample.timeMs >= b.lastMs) {
            b.lastMs = sample.timeMs;
            b.last = *number;
        }
        b.min = fresh ? *number : std::min(b.min, *number);
        b.max = fresh ? *number : std::max(b.max, *number);
        b.sum += *number;
        ++b.count;
    }
    return buckets;
}

std::vector<SampleBucket> expectedAnswer(const std::map<std::int64_t, Tally>& buckets, TimeOrder order,
                                         std::size_t limit)
{
    std::vector<SampleBucket> answer;
    for (const auto& [start, b] : buckets)
        answer.push_back({start, b.count, b.min, b.max, b.sum, b.firstMs, b.first, b.lastMs, b.last});
    if (order == TimeOrder::NewestFirst)
        std::ranges::reverse(answer);
    if (answer.size() > limit)
        answer.resize(limit);
    return answer;
}

struct RawDb
{
    explicit RawDb(const std::string& path)
    {
        REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
    }
    ~RawDb() { sqlite3_close(db); }
    void exec(const char* sql)
    {
        char* message = nullptr;
        const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
        INFO((message ? message : ""));
        sqlite3_free(message);
        REQUIRE(rc == SQLITE_OK);
    }
    std::int64_t queryInt(const char* sql)
    {
        sqlite3_stmt* statement = nullptr;
        REQUIRE(sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK);
        REQUIRE(sqlite3_step(statement) == SQLITE_ROW);
        const auto value = sqlite3_column_int64(statement, 0);
        sqlite3_finalize(statement);
        return value;
    }
    sqlite3* db = nullptr;
};

using RollupKey = std::tuple<std::string, std::string, std::int64_t>; // endpoint, path, minute

/// Every stored rollup row, by endpoint, path and minute.
std::map<RollupKey, SampleBucket> storedRollups(const std::string& path)
{
    RawDb raw(path);
    sqlite3_stmt* statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(raw.db,
                               "SELECT d.endpoint, p.path, r.minute_ms, r.sample_count, r.min_value, "
                               "r.max_value, r.sum_value, r.first_ms, r.first_value, r.last_ms, "
                               "r.last_value FROM sample_rollups r JOIN devices d ON d.id = r.device_id "
                               "JOIN paths p ON p.id = r.path_id",
                               -1, &statement, nullptr)
            == SQLITE_OK);
    std::map<RollupKey, SampleBucket> rows;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        auto text = [&](int column) { return std::string(reinterpret_cast<const char*>(sqlite3_column_text(statement, column))); };
        rows[{text(0), text(1), sqlite3_column_int64(statement, 2)}] =
            SampleBucket{sqlite3_column_int64(statement, 2), sqlite3_column_int64(statement, 3),
                         sqlite3_column_double(statement, 4), sqlite3_column_double(statement, 5),
                         sqlite3_column_double(statement, 6), sqlite3_column_int64(statement, 7),
                         sqlite3_column_double(statement, 8), sqlite3_column_int64(statement, 9),
                         sqlite3_column_double(statement, 10)};
    }
    sqlite3_finalize(statement);
    return rows;
}

std::map<RollupKey, SampleBucket> bruteForceRollups(const std::vector<Sample>& stored)
{
    std::map<RollupKey, SampleBucket> rows;
    std::set<std::pair<std::string, LwM2mPath>> series;
    for (const Sample& sample : stored)
        series.insert({sample.endpoint, sample.path});
    for (const auto& [endpoint, path] : series) {
        for (const auto& [start, b] : bruteForceBuckets(stored, endpoint, path, INT64_MIN, INT64_MAX, kMinute))
            rows[{endpoint, path.toString(), start}] =
                SampleBucket{start, b.count, b.min, b.max, b.sum, b.firstMs, b.first, b.lastMs, b.last};
    }
    return rows;
}

const std::vector<std::string> kEndpoints{"pump-1", "pump-2", "valve-3"};
const std::vector<LwM2mPath> kPaths{LwM2mPath(3303, 0, 5700), LwM2mPath(3304, 0, 5700), LwM2mPath(3, 0, 1)};

/// Random samples of several devices and paths over ~3 hours: mostly in time order, some late
/// (into minutes an earlier batch wrote), some sharing a millisecond with the one before;
/// values are multiples of 1/4 (so sums stay exact), negative too. /3/0/1 carries strings,
/// which rollups ignore; pump-2's /3304/0/5700 reports once every few minutes.
std::vector<Sample> randomSamples(std::mt19937& random, int count)
{
    std::vector<Sample> samples;
    std::uniform_int_distribution<int> series(0, 5);
    std::uniform_int_distribution<int> step(0, 4000);
    std::uniform_int_distribution<int> quarter(-4000, 4000);
    std::uniform_int_distribution<int> percent(0, 99);
    std::int64_t clock = kBaseMs;
    std::int64_t sparseClock = kBaseMs;
    for (int i = 0; i < count; ++i) {
        const int roll = percent(random);
        const double number = quarter(random) / 4.0;
        switch (series(random)) {
        case 0: samples.push_back({"pump-1", kPaths[0], Value::floating(number), clock}); break;
        case 1: samples.push_back({"pump-2", kPaths[0], Value::floating(number), clock}); break;
        case 2:
            samples.push_back({"valve-3", kPaths[0],
                               roll < 50 ? Value::integer(quarter(random)) : Value::boolean(roll % 2 == 0), clock});
            break;
        case 3: samples.push_back({"pump-1", kPaths[2], Value::string("v" + std::to_string(i)), clock}); break;
        case 4:
            sparseClock += 3 * kMinute + step(random);
            samples.push_back({"pump-2", kPaths[1], Value::integer(quarter(random)), sparseClock});
            continue;
        default: samples.push_back({"pump-1", kPaths[1], Value::floating(number), clock}); break;
        }
        if (roll < 5)
            samples.back().timeMs -= 5 * kMinute;
        else if (roll < 10 && samples.size() > 1)
            samples.back().timeMs = samples[samples.size() - 2].timeMs;
        clock += step(random);
    }
    return samples;
}

/// Enqueues the samples in writes of random size; small batches put batch boundaries inside
/// minutes.
void writeInPieces(Store& store, std::mt19937& random, const std::vector<Sample>& samples)
{
    std::uniform_int_distribution<std::size_t> piece(1, 150);
    for (std::size_t at = 0; at < samples.size();) {
        const std::size_t end = std::min(samples.size(), at + piece(random));
        queued(store.enqueueSamples({samples.begin() + static_cast<std::ptrdiff_t>(at),
                                     samples.begin() + static_cast<std::ptrdiff_t>(end)}));
        at = end;
    }
    flushed(store);
}

WriteQueue::Limits smallBatches()
{
    WriteQueue::Limits limits;
    limits.maxDelay = std::chrono::milliseconds(1);
    limits.batchRows = 400;
    return limits;
}

void registerDevices(Store& store)
{
    for (const std::string& endpoint : kEndpoints)
        queued(store.enqueueDevice(makeDevice(endpoint)));
    flushed(store);
}

std::vector<SampleBucket> bucketsOf(Store& store, const std::string& endpoint, const LwM2mPath& path,
                                    std::int64_t fromMs, std::int64_t toMs, std::int64_t bucketMs,
                                    int limit = 100'000, TimeOrder order = TimeOrder::OldestFirst)
{
    auto buckets = store.sampleBuckets({endpoint, path, fromMs, toMs, limit, order}, bucketMs);
    INFO((buckets ? std::string() : buckets.error().message));
    REQUIRE(buckets.has_value());
    return *buckets;
}

} // namespace

TEST_CASE("per-minute rollups equal the minutes computed from the stored samples", "[store][rollups]")
{
    TempDatabase temp;
    auto store = openStore(temp.path(), smallBatches());
    registerDevices(*store);
    std::mt19937 random(GENERATE(1u, 2u, 3u));
    auto samples = randomSamples(random, 6000);
    // Samples of a device the store does not know are dropped, rollups included.
    samples.push_back({"stranger", kPaths[0], Value::floating(99), kBaseMs});
    writeInPieces(*store, random, samples);
    samples.pop_back();

    const auto stored = storedRollups(temp.path());
    const auto expected = bruteForceRollups(samples);
    REQUIRE(stored.size() == expected.size());
    CHECK(stored == expected);
    // Every minute of the sparse series holds one sample, whose value is min, max, first and last.
    const auto sparse = std::ranges::count_if(expected, [](const auto& row) {
        return std::get<0>(row.first) == "pump-2" && std::get<1>(row.first) == "/3304/0/5700";
    });
    CHECK(sparse > 100);
}

TEST_CASE("bucket queries answer like the samples over partial minutes, any width and order",
          "[store][rollups]")
{
    TempDatabase temp;
    auto store = openStore(temp.path(), smallBatches());
    registerDevices(*store);
    std::mt19937 random(7);
    const auto samples = randomSamples(random, 5000);
    writeInPieces(*store, random, samples);

    const std::int64_t bucketMs =
        GENERATE(as<std::int64_t>{}, kMinute, 5 * kMinute, 60 * kMinute, 1000, 45'000, 7 * kMinute + 1);
    const auto order = GENERATE(TimeOrder::OldestFirst, TimeOrder::NewestFirst);
    std::uniform_int_distribution<std::int64_t> offset(0, 3 * 3600 * 1000);
    for (int round = 0; round < 8; ++round) {
        // Range ends inside minutes (and once the whole history), so partial minutes come from
        // the samples and whole ones from the rollups.
        std::int64_t fromMs = kBaseMs + offset(random);
        std::int64_t toMs = fromMs + offset(random) / 2;
        if (round == 0) {
            fromMs = 0;
            toMs = INT64_MAX;
        }
        const int limit = round % 3 == 0 ? 5 : 100'000;
        for (std::size_t s = 0; s < kEndpoints.size(); ++s) {
            const std::string& endpoint = kEndpoints[s];
            INFO("bucket " << bucketMs << " ms, " << endpoint << ", [" << fromMs << ", " << toMs << "], limit "
                           << limit << (order == TimeOrder::NewestFirst ? ", newest first" : ""));
            const auto expected = expectedAnswer(
                bruteForceBuckets(samples, endpoint, kPaths[0], fromMs, toMs, bucketMs), order,
                static_cast<std::size_t>(limit));
            CHECK(bucketsOf(*store, endpoint, kPaths[0], fromMs, toMs, bucketMs, limit, order) == expected);
        }
    }
}

TEST_CASE("a bucket holds only the samples of the range, also in part-covered minutes", "[store][rollups]")
{
    TempDatabase temp;
    auto store = openStore(temp.path());
    registerDevices(*store);
    const std::int64_t minute = kHourStart;
    const LwM2mPath path = kPaths[0];
    queued(store->enqueueSamples({{"pump-1", path, Value::floating(5), minute + 30'000},
                                  {"pump-1", path, Value::integer(-3), minute + 70'000},
                                  {"pump-1", path, Value::floating(8.5), minute + 110'000},
                                  {"pump-1", path, Value::string("n/a"), minute + 115'000},
                                  {"pump-1", path, Value::floating(1), minute + 125'000}}));
    flushed(*store);

    // From 0:45 to 2:00: the first sample is before the range, the last after it.
    CHECK(bucketsOf(*store, "pump-1", path, minute + 45'000, minute + 120'000, kMinute)
          == std::vector<SampleBucket>{{minute + kMinute, 2, -3, 8.5, 5.5, minute + 70'000, -3, minute + 110'000, 8.5}});
    // From 0:20 to 2:05 in 5-minute buckets: one bucket of all four numbers.
    const auto whole = bucketsOf(*store, "pump-1", path, minute + 20'000, minute + 125'000, 5 * kMinute);
    REQUIRE(whole.size() == 1);
    CHECK(whole[0].startMs == floorTo(minute, 5 * kMinute));
    CHECK(whole[0].count == 4);
    CHECK(whole[0].min == -3);
    CHECK(whole[0].max == 8.5);
    CHECK(whole[0].mean() == (5 - 3 + 8.5 + 1) / 4);
    CHECK(whole[0].first == 5);
    CHECK(whole[0].last == 1);
    // Unknown series and empty ranges answer nothing; a width of 0 is refused.
    CHECK(bucketsOf(*store, "pump-9", path, 0, INT64_MAX, kMinute).empty());
    CHECK(bucketsOf(*store, "pump-1", kPaths[1], 0, INT64_MAX, kMinute).empty());
    CHECK(bucketsOf(*store, "pump-1", path, minute + 200'000, minute + 100'000, kMinute).empty());
    auto refused = store->sampleBuckets({"pump-1", path, 0, INT64_MAX, 10, TimeOrder::OldestFirst}, 0);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::InvalidArgument);
}

TEST_CASE("buckets keep huge unsigned values and leave out NaN, infinities and absurd floats", "[store][rollups]")
{
    TempDatabase temp;
    auto store = openStore(temp.path());
    registerDevices(*store);
    const std::uint64_t huge = (std::uint64_t{1} << 63) + 4096;
    const double inf = std::numeric_limits<double>::infinity();
    queued(store->enqueueSamples({{"pump-1", kPaths[0], Value::unsignedInteger(huge), kBaseMs},
                                  {"pump-1", kPaths[0], Value::unsignedInteger(7), kBaseMs + 1},
                                  {"pump-1", kPaths[0], Value::floating(std::nan("")), kBaseMs + 2},
                                  {"pump-1", kPaths[0], Value::floating(inf), kBaseMs + 3},
                                  {"pump-1", kPaths[0], Value::floating(-inf), kBaseMs + 4},
                                  {"pump-1", kPaths[0], Value::floating(1.7e308), kBaseMs + 4}}));
    // A minute whose sum would be +inf, then -inf (NaN together), in separate transactions.
    queued(store->enqueueSamples({{"pump-2", kPaths[0], Value::floating(1.7e308), kBaseMs},
                                  {"pump-2", kPaths[0], Value::floating(1.7e308), kBaseMs}}));
    flushed(*store);
    queued(store->enqueueSamples({{"pump-2", kPaths[0], Value::floating(-1.7e308), kBaseMs},
                                  {"pump-2", kPaths[0], Value::floating(-1.7e308), kBaseMs}}));
    flushed(*store);
    // The writer went on: later samples are stored and counted.
    queued(store->enqueueSamples({{"pump-1", kPaths[0], Value::floating(8), kBaseMs + 5}}));
    flushed(*store);
    for (const std::int64_t width : {kMinute, std::int64_t{1000}}) {
        const auto buckets = bucketsOf(*store, "pump-1", kPaths[0], 0, INT64_MAX, width);
        REQUIRE(buckets.size() == 1);
        CHECK(buckets[0].count == 3);
        CHECK(buckets[0].max == static_cast<double>(huge));
        CHECK(buckets[0].min == 7);
        CHECK(buckets[0].last == 8);
    }
}

TEST_CASE("deleting a device deletes its rollups, also right after its samples", "[store][rollups]")
{
    TempDatabase temp;
    WriteQueue::Limits oneBatch;
    oneBatch.maxDelay = std::chrono::milliseconds(200); // the samples and the delete share a batch
    auto store = openStore(temp.path(), oneBatch);
    registerDevices(*store);
    std::vector<Sample> samples;
    for (int i = 0; i < 600; ++i) {
        samples.push_back({"pump-1", kPaths[0], Value::floating(i), kBaseMs + i * 1000});
        samples.push_back({"pump-2", kPaths[0], Value::floating(-i), kBaseMs + i * 1000});
    }
    queued(store->enqueueSamples(samples));
    flushed(*store);
    const auto batchesBefore = store->stats().batchesCommitted;
    queued(store->enqueueSamples({{"pump-1", kPaths[0], Value::floating(1), kBaseMs + 3600'000}}));
    queued(store->enqueueDeleteDevice("pump-1"));
    flushed(*store);
    INFO("the last samples and the delete were committed in " << store->stats().batchesCommitted - batchesBefore
                                                            << " batch(es)");

    RawDb raw(temp.path());
    CHECK(raw.queryInt("SELECT count(*) FROM sample_rollups r WHERE NOT EXISTS "
                       "(SELECT 1 FROM devices d WHERE d.id = r.device_id)") == 0);
    CHECK(bucketsOf(*store, "pump-2", kPaths[0], 0, INT64_MAX, kMinute).size() == 11);

    // Registered again, the device starts with an empty history.
    queued(store->enqueueDevice(makeDevice("pump-1")));
    queued(store->enqueueSamples({{"pump-1", kPaths[0], Value::floating(42), kBaseMs}}));
    flushed(*store);
    CHECK(bucketsOf(*store, "pump-1", kPaths[0], 0, INT64_MAX, kMinute)
          == std::vector<SampleBucket>{{floorTo(kBaseMs, kMinute), 1, 42, 42, 42, kBaseMs, 42, kBaseMs, 42}});
}

TEST_CASE("opening a version 3 database fills the rollups from its samples", "[store][rollups][schema]")
{
    TempDatabase temp;
    std::mt19937 random(11);
    auto samples = randomSamples(random, 4000);
    samples.push_back({"pump-1", kPaths[0], Value::floating(std::nan("")), samples.back().timeMs});
    samples.push_back({"pump-1", kPaths[0], Value::floating(-std::numeric_limits<double>::infinity()),
                       samples.back().timeMs});
    {
        auto store = openStore(temp.path(), smallBatches());
        registerDevices(*store);
        writeInPieces(*store, random, samples);
    }
    {
        // What version 3 left: the same tables without sample_rollups (and the later event index).
        RawDb raw(temp.path());
        raw.exec("DROP TABLE sample_rollups; DROP INDEX events_by_endpoint; DROP INDEX events_by_kind_time; "
                 "DROP TABLE registrations; DROP TABLE observations; PRAGMA user_version = 3;");
    }
    {
        auto store = openStore(temp.path());
        CHECK(bucketsOf(*store, "pump-1", kPaths[0], 0, INT64_MAX, 10 * kMinute)
              == expectedAnswer(bruteForceBuckets(samples, "pump-1", kPaths[0], 0, INT64_MAX, 10 * kMinute),
                                TimeOrder::OldestFirst, 100'000));
        // New samples add to the migrated minutes.
        queued(store->enqueueSamples({{"pump-1", kPaths[0], Value::floating(-1e6), samples.front().timeMs + 1}}));
        flushed(*store);
        auto withNew = samples;
        withNew.push_back({"pump-1", kPaths[0], Value::floating(-1e6), samples.front().timeMs + 1});
        CHECK(storedRollups(temp.path()) == bruteForceRollups(withNew));
    }
    RawDb raw(temp.path());
    CHECK(raw.queryInt("PRAGMA user_version") == kSchemaVersion);
    CHECK(raw.queryInt("SELECT count(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'") == 1);
}

TEST_CASE("of samples sharing a millisecond, first is the one stored first and last the one stored last",
          "[store][rollups]")
{
    TempDatabase temp;
    auto store = openStore(temp.path());
    registerDevices(*store);
    const LwM2mPath path = kPaths[0];
    // Separate transactions (the stored minute meets new samples) and one transaction.
    for (const double value : {1.0, 2.0}) {
        queued(store->enqueueSamples({{"pump-1", path, Value::floating(value), kBaseMs}}));
        flushed(*store);
    }
    queued(store->enqueueSamples({{"pump-1", path, Value::floating(3), kBaseMs},
                                  {"pump-1", path, Value::floating(4), kBaseMs}}));
    flushed(*store);
    // From the rollups (a minute) and from the samples (a second), in both orders.
    const std::int64_t width = GENERATE(as<std::int64_t>{}, kMinute, 1000);
    const auto order = GENERATE(TimeOrder::OldestFirst, TimeOrder::NewestFirst);
    INFO("bucket " << width << " ms" << (order == TimeOrder::NewestFirst ? ", newest first" : ""));
    CHECK(bucketsOf(*store, "pump-1", path, 0, INT64_MAX, width, 10, order)
          == std::vector<SampleBucket>{{floorTo(kBaseMs, width), 4, 1, 4, 10, kBaseMs, 1, kBaseMs, 4}});
}
