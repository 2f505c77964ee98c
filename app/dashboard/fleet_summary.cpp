#include "dashboard/fleet_summary.h"

#include <algorithm>

namespace hangar::app {

namespace {

std::int64_t countWith(engine::Engine& engine, store::DeviceStatus status, bool& ok)
{
    store::DeviceQuery query;
    query.status = status;
    query.limit = 0;
    auto page = engine.listDevices(query);
    if (!page) {
        ok = false;
        return 0;
    }
    return page->total;
}

} // namespace

StatusCounts countStatuses(engine::Engine& engine)
{
    StatusCounts counts;
    counts.ok = true;
    counts.online = countWith(engine, store::DeviceStatus::Registered, counts.ok);
    counts.sleeping = countWith(engine, store::DeviceStatus::Sleeping, counts.ok);
    counts.offline = countWith(engine, store::DeviceStatus::Offline, counts.ok);
    counts.total = counts.online + counts.sleeping + counts.offline;
    return counts;
}

FleetDistribution tallyFleet(engine::Engine& engine, const std::atomic<bool>& cancelled, int pageSize)
{
    FleetDistribution tally;
    store::DeviceQuery query;
    query.limit = pageSize;
    while (!cancelled.load(std::memory_order_relaxed)) {
        auto page = engine.listDevices(query);
        if (!page)
            return tally;
        for (const store::DeviceRecord& device : page->items) {
            ++tally.firmware[QString::fromStdString(device.firmwareVersion.value_or(std::string()))];
            ++tally.models[QString::fromStdString(device.model.value_or(std::string()))];
        }
        tally.devices += static_cast<std::int64_t>(page->items.size());
        if (std::cmp_less(page->items.size(), pageSize)) {
            tally.complete = true;
            return tally;
        }
        query.offset += pageSize;
    }
    return tally;
}

std::vector<NamedCount> topCounts(const std::map<QString, std::int64_t>& counts, std::size_t top,
                                  const QString& unknownName, const QString& otherName)
{
    std::vector<NamedCount> sorted;
    for (const auto& [name, count] : counts)
        sorted.push_back({name.isEmpty() ? unknownName : name, count, false});
    std::ranges::stable_sort(sorted, [](const NamedCount& a, const NamedCount& b) { return a.count > b.count; });
    if (sorted.size() <= top)
        return sorted;
    NamedCount rest{otherName, 0, true};
    for (std::size_t i = top; i < sorted.size(); ++i)
        rest.count += sorted[i].count;
    sorted.resize(top);
    sorted.push_back(rest);
    return sorted;
}

} // namespace hangar::app
