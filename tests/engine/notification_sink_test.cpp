#include "engine/notification_sink.h"
#include "store/sqlite_store.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace hangar;

namespace {

lwm2m::PathValues temperatureAt(std::optional<double> timeSec)
{
    return {{lwm2m::LwM2mPath(3303, 0, 5700), lwm2m::Value::floating(21.5), timeSec}};
}

} // namespace

TEST_CASE("notification samples take their SenML time, relative times counting from receipt",
          "[engine]")
{
    QTemporaryDir dir;
    auto opened = store::SqliteStore::open({dir.filePath("hangar.db").toStdString(), {}});
    REQUIRE(opened.has_value());
    store::Store& store = **opened;
    store::DeviceRecord device;
    device.endpoint = "sensor-1";
    device.registrationId = "r1";
    device.lwm2mVersion = "1.1";
    device.binding = "U";
    REQUIRE(store.enqueueDevice(device).has_value());

    const std::int64_t receivedMs = 1'795'488'700'000;
    engine::NotificationSink sink(store);
    sink.add("sensor-1", temperatureAt(std::nullopt), receivedMs, true);        // no time: receipt
    sink.add("sensor-1", temperatureAt(-5.0), receivedMs + 1000, true);         // 5 s before receipt
    sink.add("sensor-1", temperatureAt(1'795'488'600.25), receivedMs + 2000, true); // absolute
    sink.flush();
    REQUIRE(store.flush().has_value());

    store::SampleQuery query;
    query.endpoint = "sensor-1";
    query.path = lwm2m::LwM2mPath(3303, 0, 5700);
    query.fromMs = 0;
    query.toMs = receivedMs + 10'000;
    const auto samples = store.samples(query);
    REQUIRE(samples.has_value());
    REQUIRE(samples->size() == 3);
    CHECK((*samples)[0].timeMs == 1'795'488'600'250);
    CHECK((*samples)[1].timeMs == receivedMs + 1000 - 5000);
    CHECK((*samples)[2].timeMs == receivedMs);
    CHECK(sink.valuesDropped() == 0);
}

TEST_CASE("a burst of notifications keeps every sample and the newest value in the cache",
          "[engine]")
{
    QTemporaryDir dir;
    auto opened = store::SqliteStore::open({dir.filePath("hangar.db").toStdString(), {}});
    REQUIRE(opened.has_value());
    store::Store& store = **opened;
    store::DeviceRecord device;
    device.endpoint = "sensor-1";
    device.registrationId = "r1";
    device.lwm2mVersion = "1.1";
    device.binding = "U";
    REQUIRE(store.enqueueDevice(device).has_value());

    engine::NotificationSink sink(store);
    const std::int64_t receivedMs = 1'795'488'700'000;
    const lwm2m::LwM2mPath path(3303, 0, 5700);
    for (int i = 0; i < 50; ++i)
        sink.add("sensor-1", {{path, lwm2m::Value::floating(20.0 + i), std::nullopt}},
                 receivedMs + i, true);
    // A late value with an older time must not replace the newest one.
    sink.add("sensor-1", {{path, lwm2m::Value::floating(-1.0), std::nullopt}}, receivedMs - 5, true);
    sink.flush();
    REQUIRE(store.flush().has_value());

    store::SampleQuery query;
    query.endpoint = "sensor-1";
    query.path = path;
    query.toMs = receivedMs + 1000;
    const auto samples = store.samples(query);
    REQUIRE(samples.has_value());
    CHECK(samples->size() == 51);
    const auto cached = store.cachedValues("sensor-1", path);
    REQUIRE(cached.has_value());
    REQUIRE(cached->size() == 1);
    CHECK(cached->front().value == lwm2m::Value::floating(69.0));
    CHECK(cached->front().timeMs == receivedMs + 49);
}
