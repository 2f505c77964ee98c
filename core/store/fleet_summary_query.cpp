#include "store/fleet_summary_query.h"

#include "store/read_transaction.h"
#include "store/sqlite_database.h"
#include "store/store_records.h"

#include <algorithm>
#include <string>

namespace hangar::store {

namespace {

// Groups on the bare column, so that its index serves the GROUP BY in index order without a
// sort; NULL and empty text are folded into the one unknown bucket here instead of in SQL.
Expected<std::vector<ValueCount>> countBy(Database& database, const std::string& column)
{
    auto statement = database.prepare("SELECT " + column + ", count(*) FROM devices GROUP BY "
                                      + column);
    if (!statement)
        return std::unexpected(statement.error());
    StatementUse use(**statement);
    std::vector<ValueCount> counts;
    std::int64_t unknown = 0;
    while (true) {
        auto row = use->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        const std::int64_t count = use->int64(1);
        std::string value = use->isNull(0) ? std::string() : use->text(0);
        if (value.empty())
            unknown += count;
        else
            counts.push_back(ValueCount{std::move(value), count});
    }
    if (unknown > 0)
        counts.push_back(ValueCount{std::nullopt, unknown});
    // std::nullopt orders before every value: unknown comes first among equal counts.
    std::ranges::sort(counts, [](const ValueCount& a, const ValueCount& b) {
        return a.count != b.count ? a.count > b.count : a.value < b.value;
    });
    return counts;
}

Expected<void> countStatuses(Database& database, FleetSummary& summary)
{
    auto statement = database.prepare("SELECT status, count(*) FROM devices GROUP BY status");
    if (!statement)
        return std::unexpected(statement.error());
    StatementUse use(**statement);
    while (true) {
        auto row = use->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return {};
        const std::int64_t count = use->int64(1);
        switch (static_cast<DeviceStatus>(use->int64(0))) {
        case DeviceStatus::Registered: summary.online += count; break;
        case DeviceStatus::Sleeping: summary.sleeping += count; break;
        case DeviceStatus::Offline: summary.offline += count; break;
        }
        summary.total += count;
    }
}

} // namespace

Expected<FleetSummary> queryFleetSummary(Database& database)
{
    ReadTransaction transaction(database);
    if (auto begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    FleetSummary summary;
    if (auto counted = countStatuses(database, summary); !counted)
        return std::unexpected(counted.error());
    for (auto [column, counts] : {std::pair{"firmware_version", &summary.firmware},
                                  std::pair{"model", &summary.models},
                                  std::pair{"manufacturer", &summary.manufacturers}}) {
        auto grouped = countBy(database, column);
        if (!grouped)
            return std::unexpected(grouped.error());
        *counts = std::move(*grouped);
    }
    return summary;
}

} // namespace hangar::store
