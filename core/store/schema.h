#pragma once

#include "common/error.h"

#include <cstdint>

namespace hangar::store {

class Database;

/// The schema version this build writes (PRAGMA user_version).
inline constexpr std::int64_t kSchemaVersion = 6;

/// Brings the write connection's database to kSchemaVersion: WAL mode, then each missing
/// migration in order, each in its own transaction. Refuses, without writing anything, a file
/// that is not a database or whose version is newer than this build knows.
Expected<void> prepareSchema(Database& database);

/// Sets the per-connection settings the store relies on (busy timeout, cache size).
Expected<void> configureConnection(Database& database, bool writer);

} // namespace hangar::store
