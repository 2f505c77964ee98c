#include "store/event_retention.h"

#include "store/sqlite_database.h"

#include <sqlite3.h>

namespace hangar::store {

namespace {

Expected<std::size_t> runDelete(Database& database, const char* sql, std::int64_t bound,
                                std::size_t limit)
{
    auto statement = database.prepare(sql);
    if (!statement)
        return std::unexpected(statement.error());
    StatementUse use(**statement);
    use->bind(1, bound);
    use->bind(2, static_cast<std::int64_t>(limit));
    if (auto done = use->run(); !done)
        return std::unexpected(done.error());
    return static_cast<std::size_t>(sqlite3_changes(database.handle()));
}

} // namespace

Expected<std::size_t> trimEvents(Database& database, const EventRetention& retention,
                                 std::int64_t nowMs)
{
    std::size_t deleted = 0;
    if (retention.maxAge.count() > 0) {
        // Ids grow with commit order and so, nearly, with time: the oldest batch by id is
        // where old events are. Looking at that batch only (not a scan for time_ms, which
        // has no index of its own) keeps a step cheap on a log with nothing to delete.
        const std::int64_t cutoffMs =
            nowMs - std::chrono::duration_cast<std::chrono::milliseconds>(retention.maxAge).count();
        auto aged = runDelete(
            database,
            "DELETE FROM events WHERE id IN (SELECT id FROM (SELECT id, time_ms FROM events "
            "ORDER BY id LIMIT ?2) WHERE time_ms < ?1)",
            cutoffMs, retention.batchRows);
        if (!aged)
            return aged;
        deleted += *aged;
    }
    if (retention.maxEvents > 0 && deleted < retention.batchRows) {
        // Keeping the ids above max(id) - maxEvents keeps at most maxEvents rows (fewer where
        // ids have gaps) and costs two index lookups instead of a count(*) over the log.
        auto newest = database.queryInt("SELECT coalesce(max(id), 0) FROM events");
        if (!newest)
            return std::unexpected(newest.error());
        const std::int64_t lastDropped = *newest - retention.maxEvents;
        if (lastDropped > 0) {
            auto counted =
                runDelete(database,
                          "DELETE FROM events WHERE id IN (SELECT id FROM events WHERE id <= ?1 "
                          "ORDER BY id LIMIT ?2)",
                          lastDropped, retention.batchRows - deleted);
            if (!counted)
                return counted;
            deleted += *counted;
        }
    }
    return deleted;
}

} // namespace hangar::store
