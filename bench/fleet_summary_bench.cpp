// Fleet summary figures at 100,000 devices (20,000 with `--quick`): what the dashboard's cards
// and firmware/model charts cost to refresh.
//   - device upserts/s, first insert and a second pass (registration updates): the write cost
//     of any index the summary relies on;
//   - the old way, kept here as the reference: three status counts plus paging the whole device
//     list 5,000 at a time and tallying firmware and model (what the dashboard did until the
//     store could summarise);
//   - Store::fleetSummary(): one read transaction of GROUP BY queries.
// Wall time is what a user waits; CPU time (of the querying thread) is steadier on a busy machine.
// Figures, not pass/fail; the database lives in a temporary directory.

#include "store/sqlite_store.h"

#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <functional>
#include <map>
#include <string>
#include <vector>

using namespace hangar;
using namespace hangar::store;

namespace {

using Clock = std::chrono::steady_clock;

void require(bool ok, const std::string& what)
{
    if (!ok) {
        std::fprintf(stderr, "fleet_summary_bench: %s\n", what.c_str());
        std::exit(1);
    }
}

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double percentile(std::vector<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    return values[static_cast<std::size_t>(fraction * static_cast<double>(values.size() - 1))];
}

// 60 firmware versions, 20 models, 2 manufacturers; every 50th device has not reported its
// /3/0 identity yet (unknown). 70 % online, 25 % sleeping, 5 % offline.
DeviceRecord deviceAt(int i, std::int64_t seenMs)
{
    DeviceRecord device;
    char endpoint[32];
    std::snprintf(endpoint, sizeof endpoint, "dev-%06d", i);
    device.endpoint = endpoint;
    device.registrationId = "r" + std::to_string(i);
    device.lwm2mVersion = i % 3 == 0 ? "1.2" : "1.1";
    device.lifetimeSec = 300;
    device.binding = i % 4 == 0 ? "UQ" : "U";
    device.queueMode = i % 4 == 0;
    device.objectLinks = "</1/0>,</3/0>,</3303/0>,</3304/0>,</5/0>";
    device.status = i % 4 == 0 ? DeviceStatus::Sleeping
                               : (i % 10 == 0 ? DeviceStatus::Offline : DeviceStatus::Registered);
    device.registeredAtMs = 1'700'000'000'000 + i;
    device.lastSeenMs = seenMs + i;
    if (i % 50 != 0) {
        device.manufacturer = i % 2 == 0 ? "Acme Sensors" : "Globex";
        device.model = "TH-" + std::to_string(i % 20);
        device.firmwareVersion = std::to_string(1 + i % 3) + "." + std::to_string(i % 12) + "."
                                 + std::to_string(i % 5);
    }
    device.serialNumber = "SN" + std::to_string(5'000'000 + i);
    device.address = "127.0.0.1:" + std::to_string(10'000 + i % 50'000);
    return device;
}

double upsertAll(SqliteStore& store, int devices, std::int64_t seenMs)
{
    const auto start = Clock::now();
    for (int i = 0; i < devices; ++i)
        require(store.enqueueDevice(deviceAt(i, seenMs)).has_value(), "device enqueue failed");
    require(store.flush().has_value(), "flush failed");
    return static_cast<double>(devices) / (msSince(start) / 1000.0);
}

struct Timing
{
    std::vector<double> wallMs;
    std::vector<double> cpuMs;
};

Timing timeRepeated(int repeats, const std::function<void()>& work)
{
    work(); // warm the page cache and the statement cache
    Timing timing;
    for (int i = 0; i < repeats; ++i) {
        const auto start = Clock::now();
        const double cpuStart = threadCpuMs();
        work();
        timing.cpuMs.push_back(threadCpuMs() - cpuStart);
        timing.wallMs.push_back(msSince(start));
    }
    return timing;
}

void printRow(const char* name, const Timing& timing)
{
    std::printf("  %-58s %8.1f %8.1f %8.1f %8.1f\n", name, percentile(timing.wallMs, 0.5),
                percentile(timing.wallMs, 1.0), percentile(timing.cpuMs, 0.5),
                percentile(timing.cpuMs, 1.0));
}

std::int64_t countWith(SqliteStore& store, DeviceStatus status)
{
    DeviceQuery query;
    query.status = status;
    query.limit = 0;
    auto page = store.listDevices(query);
    require(page.has_value(), page ? "" : page.error().message);
    return page->total;
}

// The dashboard's former countStatuses + tallyFleet, on the store (Engine::listDevices forwards
// to it unchanged).
std::int64_t pagedTally(SqliteStore& store, std::map<std::string, std::int64_t>& firmware,
                        std::map<std::string, std::int64_t>& models)
{
    constexpr int kPageSize = 5000;
    std::int64_t total = countWith(store, DeviceStatus::Registered)
                         + countWith(store, DeviceStatus::Sleeping)
                         + countWith(store, DeviceStatus::Offline);
    firmware.clear();
    models.clear();
    DeviceQuery query;
    query.limit = kPageSize;
    while (true) {
        auto page = store.listDevices(query);
        require(page.has_value(), page ? "" : page.error().message);
        for (const DeviceRecord& device : page->items) {
            ++firmware[device.firmwareVersion.value_or(std::string())];
            ++models[device.model.value_or(std::string())];
        }
        if (std::cmp_less(page->items.size(), kPageSize))
            return total;
        query.offset += kPageSize;
    }
}

} // namespace

int main(int argc, char* argv[])
{
    const bool quick = argc > 1 && std::strcmp(argv[1], "--quick") == 0;
    const int devices = quick ? 20'000 : 100'000;
    const int pagedRepeats = quick ? 5 : 10;
    const int summaryRepeats = quick ? 20 : 50;

    QTemporaryDir dir;
    require(dir.isValid(), "no temporary directory");
    auto opened = SqliteStore::open({dir.filePath(QStringLiteral("hangar.db")).toStdString(), {}});
    require(opened.has_value(), opened ? "" : opened.error().message);
    SqliteStore& store = **opened;

    std::printf("Hangar fleet summary benchmark, %d devices\n\n", devices);
    const double inserted = upsertAll(store, devices, 1'700'000'060'000);
    const double updated = upsertAll(store, devices, 1'700'000'360'000);
    std::printf("Device upserts                                                   rows/s\n");
    std::printf("  first registration (insert)                              %10.0f\n", inserted);
    std::printf("  registration update (same identity, new last-seen)       %10.0f\n\n", updated);

    std::printf("Refresh of the dashboard's numbers                         wall p50  wall max   cpu p50   cpu max (ms)\n");
    std::map<std::string, std::int64_t> firmware;
    std::map<std::string, std::int64_t> models;
    std::int64_t pagedTotal = 0;
    printRow("old: 3 status counts + paging the list (5,000 a page)",
             timeRepeated(pagedRepeats, [&] { pagedTotal = pagedTally(store, firmware, models); }));
    require(pagedTotal == devices, "the paged tally missed devices");
    FleetSummary summary;
    printRow("new: Store::fleetSummary() (status, firmware, model, maker)",
             timeRepeated(summaryRepeats, [&] {
                 auto taken = store.fleetSummary();
                 require(taken.has_value(), taken ? "" : taken.error().message);
                 summary = std::move(*taken);
             }));
    require(summary.total == pagedTotal && summary.firmware.size() == firmware.size()
                && summary.models.size() == models.size(),
            "the summary disagrees with the paged tally");
    std::printf("\n  %lld devices, %zu firmware versions, %zu models (unknown counted as one)\n",
                static_cast<long long>(pagedTotal), firmware.size(), models.size());
    return 0;
}
