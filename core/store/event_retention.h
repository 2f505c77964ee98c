#pragma once

#include "common/error.h"

#include <chrono>
#include <cstddef>
#include <cstdint>

namespace hangar::store {

class Database;

/// How much of the event log the store keeps. The writer deletes the oldest events (lowest
/// ids) beyond either limit, at most `batchRows` per transaction, between the batches of other
/// writes: a large backlog is trimmed over many short commits and never holds up the writes
/// behind it.
struct EventRetention
{
    /// Events older than this are deleted; zero keeps events of any age.
    std::chrono::days maxAge{30};
    /// At most this many events are kept (the newest); zero keeps any number.
    std::int64_t maxEvents = 1'000'000;
    /// Rows deleted per trim transaction.
    std::size_t batchRows = 2'000;
    /// How often the writer looks for events to trim when the last look found none left (it
    /// also looks a second after a commit that appended events).
    std::chrono::milliseconds checkInterval{60'000};
};

/// Deletes at most `retention.batchRows` of the oldest events that are older than maxAge or
/// beyond maxEvents, in the caller's transaction; returns the number deleted. Only the oldest
/// rows are looked at, so a step costs the rows it deletes, not the size of the log.
Expected<std::size_t> trimEvents(Database& database, const EventRetention& retention,
                                 std::int64_t nowMs);

} // namespace hangar::store
