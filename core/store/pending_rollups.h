#pragma once

#include "store/sqlite_database.h"
#include "store/store_records.h"

#include <compare>
#include <cstdint>
#include <map>

namespace hangar::store {

/// Per-minute rollups (table sample_rollups) of the samples a write transaction appends,
/// gathered in memory and written once per series and minute at the end of the transaction:
/// a batch of 5,000 samples of one 1 Hz series costs ~84 upserts, not 5,000.
class PendingRollups
{
public:
    /// Counts a numeric sample, stored after every sample counted so far.
    void add(std::int64_t deviceId, std::int64_t pathId, std::int64_t timeMs, double value);
    /// Merges what was counted into sample_rollups (in the caller's transaction), then forgets it.
    Expected<void> writeTo(Database& database);
    /// Forgets what was counted (its transaction rolled back).
    void clear() { m_minutes.clear(); }
    std::size_t size() const { return m_minutes.size(); }

private:
    struct Key
    {
        std::int64_t deviceId = 0;
        std::int64_t pathId = 0;
        std::int64_t minuteMs = 0;
        friend auto operator<=>(const Key&, const Key&) = default;
    };
    // Ordered: the upserts then walk the table's primary key in order.
    std::map<Key, SampleBucket> m_minutes;
};

/// Fills sample_rollups from every numeric sample in the database (schema migration 4, inside
/// its transaction). One pass over the samples in series order, memory bounded by a flush every
/// few thousand minutes.
Expected<void> backfillRollups(Database& database);

} // namespace hangar::store
