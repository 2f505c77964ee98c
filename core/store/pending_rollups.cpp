#include "store/pending_rollups.h"

#include "store/rollup_values.h"
#include "store/value_columns.h"

#include <utility>

namespace hangar::store {

namespace {

constexpr std::size_t kBackfillFlushMinutes = 4096;

} // namespace

void PendingRollups::add(std::int64_t deviceId, std::int64_t pathId, std::int64_t timeMs, double value)
{
    const Key key{deviceId, pathId, floorToMultiple(timeMs, kRollupMinuteMs)};
    auto [slot, inserted] = m_minutes.try_emplace(key, bucketOfOne(key.minuteMs, timeMs, value));
    if (!inserted)
        addStoredLater(slot->second, timeMs, value);
}

Expected<void> PendingRollups::writeTo(Database& database)
{
    if (m_minutes.empty())
        return {};
    // Every right-hand side reads the row as it was before the update, so first_value is
    // compared against the old first_ms (an existing minute's samples were stored earlier:
    // on a tie it keeps its first and yields its last).
    auto statement = database.prepare(
        "INSERT INTO sample_rollups (device_id, path_id, minute_ms, min_value, max_value, "
        "sum_value, sample_count, first_ms, first_value, last_ms, last_value) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) "
        "ON CONFLICT (device_id, path_id, minute_ms) DO UPDATE SET "
        "min_value = min(min_value, excluded.min_value), "
        "max_value = max(max_value, excluded.max_value), "
        "sum_value = sum_value + excluded.sum_value, "
        "sample_count = sample_count + excluded.sample_count, "
        "first_ms = min(first_ms, excluded.first_ms), "
        "first_value = CASE WHEN excluded.first_ms < first_ms THEN excluded.first_value "
        "ELSE first_value END, "
        "last_ms = max(last_ms, excluded.last_ms), "
        "last_value = CASE WHEN excluded.last_ms >= last_ms THEN excluded.last_value "
        "ELSE last_value END");
    if (!statement)
        return std::unexpected(statement.error());
    // Taken out first: after a failed upsert nothing is counted twice by a retry.
    const auto minutes = std::exchange(m_minutes, {});
    for (const auto& [key, minute] : minutes) {
        StatementUse use(**statement);
        use->bind(1, key.deviceId);
        use->bind(2, key.pathId);
        use->bind(3, key.minuteMs);
        use->bind(4, minute.min);
        use->bind(5, minute.max);
        use->bind(6, minute.sum);
        use->bind(7, minute.count);
        use->bind(8, minute.firstMs);
        use->bind(9, minute.first);
        use->bind(10, minute.lastMs);
        use->bind(11, minute.last);
        if (auto done = use->run(); !done)
            return done;
    }
    return {};
}

Expected<void> backfillRollups(Database& database)
{
    // Index order is series order, and within a millisecond storage (rowid) order, which is
    // the order PendingRollups expects. NaN floats were stored as NULL: left out, as the writer
    // leaves them out.
    auto statement = database.prepare(
        "SELECT device_id, path_id, time_ms, type, value FROM samples INDEXED BY samples_by_series "
        "WHERE value IS NOT NULL ORDER BY device_id, path_id, time_ms");
    if (!statement)
        return std::unexpected(statement.error());
    PendingRollups pending;
    StatementUse use(**statement);
    while (true) {
        auto row = use->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        if (const auto number = numericSampleValue(readValue(*use, 3, 4)))
            pending.add(use->int64(0), use->int64(1), use->int64(2), *number);
        // Writing while the scan's statement is open is fine: SQLite reads the samples table
        // and writes only sample_rollups.
        if (pending.size() >= kBackfillFlushMinutes) {
            if (auto written = pending.writeTo(database); !written)
                return written;
        }
    }
    return pending.writeTo(database);
}

} // namespace hangar::store
