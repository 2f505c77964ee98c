// Store figures: samples persisted per second through the batched writer (1 M samples over
// 1,000 devices x 10 paths), latency from enqueue to durable (saturated and at a steady rate),
// device-list page latency at 100,000 devices, telemetry range-query latency, and reading a
// 7-day series sampled at 1 Hz (604,800 samples) whole, as the chart's 7-day view read it before
// rollups, against bucket queries on the per-minute rollups (1 and 8 series), and the schema
// migration that builds the rollups of an existing database.
// Figures, not pass/fail: run from the build tree, `--quick` for a short run. The database
// lives in a temporary directory (set TMPDIR to measure another disk).

#include "store/sqlite_database.h"
#include "store/sqlite_store.h"

#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <functional>
#include <string>
#include <thread>
#include <vector>

using namespace hangar;
using namespace hangar::store;
using lwm2m::LwM2mPath;
using lwm2m::Value;

namespace {

using Clock = std::chrono::steady_clock;

double msBetween(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration<double, std::milli>(to - from).count();
}

double percentile(std::vector<double> values, double fraction)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(fraction * static_cast<double>(values.size() - 1));
    return values[index];
}

std::string endpointOf(int device)
{
    char name[32];
    std::snprintf(name, sizeof name, "dev-%06d", device);
    return name;
}

LwM2mPath pathOf(int index)
{
    return LwM2mPath(static_cast<std::uint16_t>(3300 + index), 0, 5700);
}

void require(bool ok, const std::string& what)
{
    if (!ok) {
        std::fprintf(stderr, "store_bench: %s\n", what.c_str());
        std::exit(1);
    }
}

// Enqueues one sample per write (one notification), retrying while the writer pushes back.
// Returns the per-sample latencies from enqueue to durable, in ms.
struct WriteRun
{
    double seconds = 0;
    std::vector<double> latenciesMs;
    std::uint64_t refusals = 0;
};

WriteRun writeSamples(SqliteStore& store, int count, int devices, std::int64_t baseTimeMs,
                      double ratePerSec)
{
    WriteRun run;
    const WriteSequence base = store.stats().enqueued;
    std::vector<Clock::time_point> enqueuedAt(static_cast<std::size_t>(count));
    run.latenciesMs.assign(static_cast<std::size_t>(count), 0.0);
    WriteSequence seen = base;
    // Runs on the writer thread; enqueuedAt[i] was written before the enqueue that made
    // sequence base+1+i, and the queue's mutex orders that write before this read.
    store.setCommitListener([&](WriteSequence durable) {
        const auto now = Clock::now();
        for (WriteSequence s = seen + 1; s <= durable; ++s) {
            const auto i = static_cast<std::size_t>(s - base - 1);
            run.latenciesMs[i] = msBetween(enqueuedAt[i], now);
        }
        seen = durable;
    });
    const auto start = Clock::now();
    for (int i = 0; i < count; ++i) {
        if (ratePerSec > 0) {
            const auto due = start + std::chrono::duration_cast<Clock::duration>(
                                         std::chrono::duration<double>(i / ratePerSec));
            std::this_thread::sleep_until(due);
        }
        const int device = i % devices;
        const int path = (i / devices) % 10;
        Sample sample{endpointOf(device), pathOf(path), Value::floating(20.0 + (i % 100) * 0.1),
                      baseTimeMs + i};
        enqueuedAt[static_cast<std::size_t>(i)] = Clock::now();
        while (true) {
            auto queued = store.enqueueSamples({std::move(sample)});
            if (queued)
                break;
            require(queued.error().code == ErrorCode::LimitExceeded, queued.error().message);
            ++run.refusals;
            sample = Sample{endpointOf(device), pathOf(path), Value::floating(20.0), baseTimeMs + i};
            std::this_thread::sleep_for(std::chrono::microseconds(200));
            // Latency counts from the first attempt: the refusal is part of the wait.
        }
    }
    require(store.flush().has_value(), "flush failed");
    run.seconds = msBetween(start, Clock::now()) / 1000.0;
    store.setCommitListener({});
    return run;
}

struct Timing
{
    double p50Ms = 0;
    double p99Ms = 0;
    std::int64_t total = 0;
    std::size_t items = 0;
};

Timing timeQuery(int repeats, const std::function<std::pair<std::int64_t, std::size_t>()>& query)
{
    Timing timing;
    std::vector<double> ms;
    query(); // warm the page cache and the statement cache
    for (int i = 0; i < repeats; ++i) {
        const auto start = Clock::now();
        const auto [total, items] = query();
        ms.push_back(msBetween(start, Clock::now()));
        timing.total = total;
        timing.items = items;
    }
    timing.p50Ms = percentile(ms, 0.5);
    timing.p99Ms = percentile(ms, 0.99);
    return timing;
}

void printRow(const char* name, const Timing& timing)
{
    std::printf("  %-44s %8.2f %8.2f %9lld %6zu\n", name, timing.p50Ms, timing.p99Ms,
                static_cast<long long>(timing.total), timing.items);
}

} // namespace

int main(int argc, char* argv[])
{
    const bool quick = argc > 1 && std::strcmp(argv[1], "--quick") == 0;
    const int kSamples = quick ? 200'000 : 1'000'000;
    const int kSampleDevices = 1000;
    const int kListDevices = quick ? 20'000 : 100'000;
    const int kPacedSamples = quick ? 20'000 : 100'000;
    const double kPacedRate = 20'000;
    const int kDenseSamples = quick ? 50'000 : 200'000;
    const int kRepeats = quick ? 20 : 100;

    QTemporaryDir dir;
    require(dir.isValid(), "no temporary directory");
    const std::string path = dir.filePath(QStringLiteral("hangar.db")).toStdString();
    auto opened = SqliteStore::open({path, {}});
    require(opened.has_value(), opened ? "" : opened.error().message);
    SqliteStore& store = **opened;

    std::printf("Hangar store benchmark (%s), database %s\n", quick ? "quick" : "full", path.c_str());
    const WriteQueue::Limits limits;
    std::printf("writer: batch delay %lld ms, batch %zu rows, high-water mark %zu rows, WAL, "
                "synchronous=NORMAL\n\n",
                static_cast<long long>(limits.maxDelay.count()), limits.batchRows,
                limits.highWaterRows);

    // Devices first: the list benchmark uses them, and samples need their device rows.
    const auto devicesStart = Clock::now();
    for (int d = 0; d < kListDevices; ++d) {
        DeviceRecord device;
        device.endpoint = endpointOf(d);
        device.registrationId = "r" + std::to_string(d);
        device.lwm2mVersion = "1.1";
        device.lifetimeSec = 300;
        device.binding = "U";
        device.objectLinks = "</1/0>,</3/0>,</3303/0>";
        device.status = d % 4 == 0 ? DeviceStatus::Sleeping
                                   : (d % 10 == 0 ? DeviceStatus::Offline : DeviceStatus::Registered);
        device.registeredAtMs = 1'700'000'000'000 + d;
        device.lastSeenMs = device.registeredAtMs + 60'000;
        device.manufacturer = d % 2 == 0 ? "Acme Sensors" : "Globex";
        device.model = "TH-" + std::to_string(d % 20);
        device.serialNumber = "SN" + std::to_string(5'000'000 + d);
        require(store.enqueueDevice(std::move(device)).has_value(), "device enqueue failed");
    }
    require(store.flush().has_value(), "flush failed");
    const double devicesSec = msBetween(devicesStart, Clock::now()) / 1000.0;

    const auto saturated = writeSamples(store, kSamples, kSampleDevices, 1'700'000'000'000, 0);
    const auto paced = writeSamples(store, kPacedSamples, kSampleDevices, 1'800'000'000'000, kPacedRate);
    const auto stats = store.stats();

    std::printf("Writes                                          rows      seconds    rows/s\n");
    std::printf("  device upserts                           %10d %10.2f %10.0f\n", kListDevices,
                devicesSec, kListDevices / devicesSec);
    std::printf("  samples, as fast as accepted             %10d %10.2f %10.0f\n", kSamples,
                saturated.seconds, kSamples / saturated.seconds);
    std::printf("  (refused at the high-water mark and retried: %llu times; %llu batches in all)\n\n",
                static_cast<unsigned long long>(saturated.refusals),
                static_cast<unsigned long long>(stats.batchesCommitted));
    std::printf("Latency enqueue -> durable                    p50 ms   p99 ms   max ms\n");
    std::printf("  saturated (queue full)                   %8.1f %8.1f %8.1f\n",
                percentile(saturated.latenciesMs, 0.5), percentile(saturated.latenciesMs, 0.99),
                percentile(saturated.latenciesMs, 1.0));
    std::printf("  steady %6.0f samples/s                   %8.1f %8.1f %8.1f\n\n", kPacedRate,
                percentile(paced.latenciesMs, 0.5), percentile(paced.latenciesMs, 0.99),
                percentile(paced.latenciesMs, 1.0));

    // A dense series for range queries: one resource sampled every second.
    std::vector<Sample> dense;
    for (int i = 0; i < kDenseSamples; ++i) {
        dense.push_back({endpointOf(7), LwM2mPath(3303, 0, 5601), Value::floating(i * 0.5),
                         1'700'000'000'000 + i * 1000LL});
        if (dense.size() == 5000) {
            while (!store.enqueueSamples(dense))
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            dense.clear();
        }
    }
    require(store.flush().has_value(), "flush failed");

    // A week at 1 Hz of one resource, written in notification-sized batches among the others.
    const std::int64_t kWeekStartMs = 1'710'000'000'000;
    const int kWeekSamples = 7 * 24 * 3600;
    const LwM2mPath weekPath(3303, 0, 5700);
    const auto weekStart = Clock::now();
    std::vector<Sample> week;
    for (int i = 0; i < kWeekSamples; ++i) {
        week.push_back({endpointOf(9), weekPath, Value::floating(20.0 + (i % 600) * 0.01),
                        kWeekStartMs + i * 1000LL});
        if (week.size() == 5000 || i + 1 == kWeekSamples) {
            while (!store.enqueueSamples(week))
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            week.clear();
        }
    }
    require(store.flush().has_value(), "flush failed");
    const double weekSec = msBetween(weekStart, Clock::now()) / 1000.0;
    std::printf("Batched writes                                  rows      seconds    rows/s\n");
    std::printf("  one series, 7 days at 1 Hz, 5,000 a batch%10d %10.2f %10.0f\n\n", kWeekSamples,
                weekSec, kWeekSamples / weekSec);

    std::printf("Device list, %d devices, limit 50            p50 ms   p99 ms     total  items\n",
                kListDevices);
    auto list = [&](DeviceQuery query) {
        return [&store, query] {
            auto page = store.listDevices(query);
            require(page.has_value(), page ? "" : page.error().message);
            return std::pair<std::int64_t, std::size_t>(page->total, page->items.size());
        };
    };
    const int deep = kListDevices - 50;
    printRow("no filter, offset 0", timeQuery(kRepeats, list({"", std::nullopt, 50, 0})));
    printRow("no filter, deep offset", timeQuery(kRepeats, list({"", std::nullopt, 50, deep})));
    printRow("status=sleeping, offset 0", timeQuery(kRepeats, list({"", DeviceStatus::Sleeping, 50, 0})));
    printRow("status=sleeping, deep offset",
             timeQuery(kRepeats, list({"", DeviceStatus::Sleeping, 50, kListDevices / 4 - 50})));
    printRow("q=\"acme\" (half match), offset 0", timeQuery(kRepeats, list({"acme", std::nullopt, 50, 0})));
    printRow("q=\"acme\", deep offset",
             timeQuery(kRepeats, list({"acme", std::nullopt, 50, kListDevices / 2 - 50})));
    printRow("q=\"sn5012345\" (one match)", timeQuery(kRepeats, list({"sn5012345", std::nullopt, 50, 0})));
    printRow("q=\"th-7\" + status=registered",
             timeQuery(kRepeats, list({"th-7", DeviceStatus::Registered, 50, 0})));
    std::printf("\n");

    std::printf("Telemetry range query                          p50 ms   p99 ms   (rows)  items\n");
    auto range = [&](std::string endpoint, LwM2mPath resource, std::int64_t from, std::int64_t to,
                     int limit, TimeOrder order) {
        return [&store, endpoint, resource, from, to, limit, order] {
            auto samples = store.samples({endpoint, resource, from, to, limit, order});
            require(samples.has_value(), samples ? "" : samples.error().message);
            return std::pair<std::int64_t, std::size_t>(0, samples->size());
        };
    };
    const std::int64_t mid = 1'700'000'000'000 + kDenseSamples / 2 * 1000LL;
    printRow("dense series, 1 h window, limit 1000 oldest",
             timeQuery(kRepeats, range(endpointOf(7), LwM2mPath(3303, 0, 5601), mid, mid + 3'600'000, 1000, TimeOrder::OldestFirst)));
    printRow("dense series, whole range, limit 100 newest",
             timeQuery(kRepeats, range(endpointOf(7), LwM2mPath(3303, 0, 5601), 0, INT64_MAX, 100, TimeOrder::NewestFirst)));
    printRow("sparse series, whole range, limit 1000",
             timeQuery(kRepeats, range(endpointOf(123), pathOf(3), 0, INT64_MAX, 1000, TimeOrder::OldestFirst)));
    const std::int64_t weekEndMs = kWeekStartMs + kWeekSamples * 1000LL;
    const int kWeekRepeats = quick ? 3 : 10;
    printRow("7 days at 1 Hz, raw (604,800 samples)",
             timeQuery(kWeekRepeats, range(endpointOf(9), weekPath, kWeekStartMs, weekEndMs, kWeekSamples + 1, TimeOrder::OldestFirst)));
    auto buckets = [&](std::int64_t bucketMs, int series) {
        return [&store, &weekPath, kWeekStartMs, weekEndMs, bucketMs, series] {
            std::size_t items = 0;
            for (int s = 0; s < series; ++s) {
                auto found = store.sampleBuckets({endpointOf(9), weekPath, kWeekStartMs, weekEndMs, 1'000'000,
                                                  TimeOrder::OldestFirst},
                                                 bucketMs);
                require(found.has_value(), found ? "" : found.error().message);
                items += found->size();
            }
            return std::pair<std::int64_t, std::size_t>(0, items);
        };
    };
    printRow("7 days, 1-min buckets (rollups)", timeQuery(kRepeats, buckets(60'000, 1)));
    printRow("7 days, 2-min buckets (the chart's 7-day view)", timeQuery(kRepeats, buckets(120'000, 1)));
    printRow("7 days, 1-hour buckets (rollups)", timeQuery(kRepeats, buckets(3'600'000, 1)));
    printRow("7 days, 10-s buckets (from the samples)", timeQuery(kWeekRepeats, buckets(10'000, 1)));
    // The chart loads its series one after the other; the same series eight times stands for
    // eight (all in the page cache either way).
    printRow("8 x 7 days, raw",
             timeQuery(kWeekRepeats, [&] {
                 std::size_t items = 0;
                 for (int s = 0; s < 8; ++s)
                     items += range(endpointOf(9), weekPath, kWeekStartMs, weekEndMs, kWeekSamples + 1,
                                    TimeOrder::OldestFirst)()
                                  .second;
                 return std::pair<std::int64_t, std::size_t>(0, items);
             }));
    printRow("8 x 7 days, 2-min buckets", timeQuery(kRepeats, buckets(120'000, 8)));

    // A device's event history (the detail view's Events tab) in a log of many devices' events:
    // the former whole-log scan filtered by endpoint against the per-device index.
    const int kEvents = quick ? 200'000 : 1'000'000;
    const int kEventDevices = 10'000;
    for (int i = 0; i < kEvents; ++i) {
        while (!store.enqueueEvent({0, 1'700'000'000'000 + i, "updated", endpointOf(i % kEventDevices), "{}"}))
            std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
    require(store.flush().has_value(), "flush failed");
    const std::string historyOf = endpointOf(4242);
    std::printf("\nOne device's history in %d events of %d devices   p50 ms   p99 ms     total  items\n", kEvents,
                kEventDevices);
    printRow("whole log scanned, filtered (before)", timeQuery(kWeekRepeats, [&] {
                 std::size_t items = 0;
                 std::int64_t after = 0;
                 while (true) {
                     auto page = store.eventsSince(after, 1000);
                     require(page.has_value(), "reading events failed");
                     for (const EventRecord& event : *page) {
                         after = event.id;
                         items += event.endpoint == historyOf;
                     }
                     if (page->size() < 1000)
                         return std::pair<std::int64_t, std::size_t>(0, items);
                 }
             }));
    printRow("per-device index (deviceEventsSince)", timeQuery(kRepeats, [&] {
                 auto mine = store.deviceEventsSince(historyOf, 0, 1000);
                 require(mine.has_value(), "reading a device's events failed");
                 return std::pair<std::int64_t, std::size_t>(0, mine->size());
             }));

    // The dashboard's registrations over the last day (every 2 s while it shows): a day of
    // registrations counted per 15 minutes in the same log, through the (kind, time) index.
    const int kRegistrations = 10'000;
    constexpr std::int64_t kDayMs = 24 * 3'600'000;
    for (int i = 0; i < kRegistrations; ++i) {
        const std::int64_t at = 1'700'000'000'000 + i * (kDayMs / kRegistrations);
        while (!store.enqueueEvent({0, at, "registered", endpointOf(i % kEventDevices), "{}"}))
            std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
    require(store.flush().has_value(), "flush failed");
    std::printf("\nRegistrations per 15 min over a day, %d of %d events   p50 ms   p99 ms     total  items\n",
                kRegistrations, kEvents + kRegistrations);
    printRow("eventCounts (kind, time index)", timeQuery(kRepeats, [&] {
                 auto counts = store.eventCounts("registered", 1'700'000'000'000, 1'700'000'000'000 + kDayMs, 900'000);
                 require(counts.has_value(), "counting the registrations failed");
                 return std::pair<std::int64_t, std::size_t>(0, counts->size());
             }));

    // Retention: a log of kTrimEvents typical events (a "registered" event's details) opened with
    // a limit of a tenth of that, as after lowering --event-max: how fast the writer trims, and
    // how long a device write waits meanwhile (it goes in between two trim transactions).
    {
        const int kTrimEvents = quick ? 200'000 : 1'000'000;
        const int kKeep = kTrimEvents / 10;
        const std::string trimPath = dir.filePath(QStringLiteral("trim.db")).toStdString();
        require(SqliteStore::open({trimPath, {}}).has_value(), "creating the trim database failed");
        double bytesPerEvent = 0;
        {
            auto database = Database::open(trimPath, Database::Mode::ReadWrite);
            require(database.has_value(), database ? "" : database.error().message);
            require((*database)->exec("BEGIN; WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < "
                                      + std::to_string(kTrimEvents - 1)
                                      + ") INSERT INTO events (time_ms, kind, endpoint, details_json) SELECT "
                                        "1700000000000 + i, 'registered', printf('dev-%06d', i % 10000), "
                                        "'{\"registrationId\":\"' || hex(randomblob(8)) || '\",\"lwm2m\":\"1.1\","
                                        "\"binding\":\"U\",\"lifetime\":\"300\",\"queueMode\":\"false\","
                                        "\"replaced\":\"false\"}' FROM n; COMMIT; PRAGMA wal_checkpoint(TRUNCATE)")
                        .has_value(),
                    "filling the event log failed");
            const auto pages = (*database)->queryInt("PRAGMA page_count");
            const auto pageSize = (*database)->queryInt("PRAGMA page_size");
            require(pages.has_value() && pageSize.has_value(), "reading the database size failed");
            bytesPerEvent = static_cast<double>(*pages * *pageSize) / kTrimEvents;
        }
        EventRetention retention;
        retention.maxAge = std::chrono::days{0};
        retention.maxEvents = kKeep;
        const auto trimStart = Clock::now();
        auto trimmed = SqliteStore::open({trimPath, {}, retention});
        require(trimmed.has_value(), trimmed ? "" : trimmed.error().message);
        SqliteStore& trimStore = **trimmed;
        std::vector<double> writeMs;
        int device = 0;
        while (trimStore.stats().eventsTrimmed < static_cast<std::uint64_t>(kTrimEvents - kKeep)) {
            DeviceRecord record;
            record.endpoint = endpointOf(device++);
            record.registrationId = "r";
            record.lwm2mVersion = "1.1";
            record.binding = "U";
            const auto before = Clock::now();
            require(trimStore.enqueueDevice(std::move(record)).has_value(), "device enqueue failed");
            require(trimStore.flush().has_value(), "flush failed");
            writeMs.push_back(msBetween(before, Clock::now()));
        }
        const double trimSec = msBetween(trimStart, Clock::now()) / 1000.0;
        const auto trimStats = trimStore.stats();
        std::printf("\nEvent retention: %d events (%.0f bytes each on disk with their indexes) cut to %d\n",
                    kTrimEvents, bytesPerEvent, kKeep);
        std::printf("  trimmed %llu events in %.2f s (%.0f/s), %llu transactions of <= %zu rows\n",
                    static_cast<unsigned long long>(trimStats.eventsTrimmed), trimSec,
                    static_cast<double>(trimStats.eventsTrimmed) / trimSec,
                    static_cast<unsigned long long>(trimStats.trimCommits), retention.batchRows);
        std::printf("  device writes meanwhile: %zu, enqueue -> durable p50 %.1f ms, p99 %.1f ms\n", writeMs.size(),
                    percentile(writeMs, 0.5), percentile(writeMs, 0.99));
    }

    // Schema migration 4 on this database: rebuilding every rollup from the samples, as
    // opening a database written by an older build does.
    opened->reset();
    double samplesStored = 0;
    {
        auto database = Database::open(path, Database::Mode::ReadWrite);
        require(database.has_value(), database ? "" : database.error().message);
        auto count = (*database)->queryInt("SELECT count(*) FROM samples");
        require(count.has_value(), "counting the samples failed");
        samplesStored = static_cast<double>(*count);
        require((*database)->exec("DROP TABLE sample_rollups; DROP INDEX events_by_endpoint; DROP INDEX events_by_kind_time; PRAGMA user_version = 3").has_value(),
                "turning the database back into version 3 failed");
    }
    const auto migrationStart = Clock::now();
    auto migrated = SqliteStore::open({path, {}});
    require(migrated.has_value(), migrated ? "" : migrated.error().message);
    const double migrationSec = msBetween(migrationStart, Clock::now()) / 1000.0;
    std::printf("\nMigration to rollups (schema 4)                 rows      seconds    rows/s\n");
    std::printf("  backfill from every stored sample    %14.0f %10.2f %10.0f\n", samplesStored, migrationSec,
                samplesStored / migrationSec);
    return 0;
}
