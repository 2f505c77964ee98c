#pragma once

#include "store/sqlite_store.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <memory>
#include <string>

namespace hangar::store::test {

/// A fresh data directory for one test, removed afterwards.
class TempDatabase
{
public:
    TempDatabase() { REQUIRE(m_dir.isValid()); }
    std::string path() const { return m_dir.filePath(QStringLiteral("hangar.db")).toStdString(); }
    std::string dir() const { return m_dir.path().toStdString(); }

private:
    QTemporaryDir m_dir;
};

inline std::unique_ptr<SqliteStore> openStore(const std::string& path,
                                              WriteQueue::Limits limits = {})
{
    auto store = SqliteStore::open({path, limits});
    INFO((store ? std::string() : store.error().message));
    REQUIRE(store.has_value());
    return std::move(*store);
}

inline DeviceRecord makeDevice(const std::string& endpoint,
                               DeviceStatus status = DeviceStatus::Registered)
{
    DeviceRecord device;
    device.endpoint = endpoint;
    device.registrationId = "reg-" + endpoint;
    device.lwm2mVersion = "1.1";
    device.lifetimeSec = 300;
    device.binding = "U";
    device.objectLinks = "</1/0>,</3/0>";
    device.status = status;
    device.registeredAtMs = 1'700'000'000'000;
    device.lastSeenMs = 1'700'000'060'000;
    return device;
}

/// Runs a write and requires that it was queued.
inline WriteSequence queued(const Expected<WriteSequence>& sequence)
{
    INFO((sequence ? std::string() : sequence.error().message));
    REQUIRE(sequence.has_value());
    return *sequence;
}

inline void flushed(Store& store)
{
    auto result = store.flush();
    INFO((result ? std::string() : result.error().message));
    REQUIRE(result.has_value());
}

} // namespace hangar::store::test
