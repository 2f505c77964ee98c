#pragma once

// A database as an older Hangar (schema version 3, before the per-minute rollups) left it, with
// many samples, so that opening it runs migrations long enough to watch and to cancel.

#include "store/sqlite_database.h"
#include "store/sqlite_store.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>

namespace hangar::test {

inline void makeVersion3Database(const std::string& path, int samples)
{
    {
        auto store = store::SqliteStore::open({path, {}}).value();
        store::DeviceRecord device;
        device.endpoint = "old-1";
        device.registrationId = "reg-old-1";
        device.lwm2mVersion = "1.1";
        device.lifetimeSec = 300;
        device.binding = "U";
        device.status = store::DeviceStatus::Offline;
        REQUIRE(store->enqueueDevice(device));
        REQUIRE(store->enqueueSamples({{"old-1", lwm2m::LwM2mPath(3303, 0, 5700), lwm2m::Value::floating(20), 1000}}));
        REQUIRE(store->flush());
    }
    auto database = store::Database::open(path, store::Database::Mode::ReadWrite).value();
    REQUIRE(database->exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                           + std::to_string(samples - 1)
                           + ") INSERT INTO samples SELECT s.device_id, s.path_id, s.time_ms + n.i * 1000, s.type, "
                             "s.value + n.i FROM n, (SELECT * FROM samples LIMIT 1) AS s"));
    REQUIRE(database->exec("DROP TABLE sample_rollups; DROP INDEX events_by_endpoint; DROP INDEX events_by_kind_time; "
                           "DROP TABLE registrations; DROP TABLE observations; "
                           "PRAGMA user_version = 3"));
}

inline std::int64_t queryNumber(const std::string& path, const std::string& sql)
{
    auto database = store::Database::open(path, store::Database::Mode::ReadOnly).value();
    return database->queryInt(sql).value();
}

} // namespace hangar::test
