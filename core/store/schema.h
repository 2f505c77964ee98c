#pragma once

#include "common/error.h"

#include <atomic>
#include <cstdint>
#include <string>

namespace hangar::store {

class Database;

/// The schema version this build writes (PRAGMA user_version).
inline constexpr std::int64_t kSchemaVersion = 7;

/// Brings the write connection's database to kSchemaVersion: WAL mode, then each missing
/// migration in order, each in its own transaction. Refuses, without writing anything, a file
/// that is not a database or whose version is newer than this build knows. Setting `*cancel`
/// (from any thread) stops a migration: it rolls back and the call fails with Cancelled.
Expected<void> prepareSchema(Database& database, const std::atomic<bool>* cancel = nullptr);

/// The schema version of the database file at `path`, read without changing it: 0 when there
/// is no file yet. Opening the store at an older version migrates it, which can take minutes
/// for a large database: callers use this to tell the user first.
Expected<std::int64_t> storedSchemaVersion(const std::string& path);

/// Sets the per-connection settings the store relies on (busy timeout, cache size).
Expected<void> configureConnection(Database& database, bool writer);

} // namespace hangar::store
