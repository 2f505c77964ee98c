// The API over the real engine, with simulated devices registering over CoAP on 127.0.0.1.
#include "live_api_fixture.h"

#include <QJsonArray>

using namespace hangar;
using namespace hangar::api;
using namespace hangar::api::test;
using namespace std::chrono_literals;

TEST_CASE("devices registered over CoAP appear in the device list with their objects", "[api][live]")
{
    LiveApi live;
    for (int i = 0; i < 3; ++i)
        live.addDevice("live-" + std::to_string(i));
    REQUIRE(live.online("live-0"));
    REQUIRE(live.online("live-2"));

    const HttpAnswer page = live.client->get(QStringLiteral("/api/v1/devices?q=live&limit=2"));
    REQUIRE(page.status == 200);
    CHECK(page.json()["total"].toInt() == 3);
    const QJsonArray items = page.json()["items"].toArray();
    REQUIRE(items.size() == 2);
    const QJsonObject first = items[0].toObject();
    CHECK(first["endpoint"].toString() == u"live-0");
    CHECK(first["lwm2mVersion"].toString() == u"1.1");
    CHECK(first["lifetime"].toInt() == 300);
    CHECK(first["lastSeen"].toInteger() > 1'600'000'000'000);
    QStringList objects;
    for (const auto& object : first["objects"].toArray())
        objects << object.toString();
    CHECK(objects.contains(QStringLiteral("/3/0")));
    CHECK(objects.contains(QStringLiteral("/3303/0")));
    CHECK(live.client->get(QStringLiteral("/api/v1/devices?status=offline")).json()["total"].toInt() == 0);

    // The /3/0 identity arrives once the engine has read it.
    CHECK(waitUntil([&] {
        return live.client->get(QStringLiteral("/api/v1/devices/live-1")).json()["manufacturer"].toString() ==
               u"Hangar";
    }, 10s));
}

TEST_CASE("reads through the API give the same values in TLV, SenML JSON and SenML CBOR", "[api][live]")
{
    LiveApi live;
    live.addDevice("reader");
    REQUIRE(live.online("reader"));
    QJsonObject previous;
    for (const char* format : {"tlv", "senml-json", "senml-cbor"}) {
        INFO(format);
        const HttpAnswer read = live.client->get(
            QStringLiteral("/api/v1/devices/reader/resources/3/0?format=%1").arg(QLatin1String(format)));
        REQUIRE(read.status == 200);
        CHECK(read.json()["contentFormat"].toString() == QLatin1String(format));
        QJsonObject values = read.json()["values"].toObject();
        CHECK(values["/3/0/0"].toString() == u"Hangar");
        CHECK(values["/3/0/2"].toString() == u"SN-reader");
        CHECK(values["/3/0/9"].toInt() == 87);
        values.remove(QStringLiteral("/3/0/13")); // the current time moves on
        if (!previous.isEmpty())
            CHECK(values == previous);
        previous = values;
    }
    // The reads' values reach the cache with the store's next commit (batched, ~50 ms).
    HttpAnswer cached;
    CHECK(waitUntil([&] {
        cached = live.client->get(QStringLiteral("/api/v1/devices/reader/resources/3/0/0?cacheOnly=true"));
        return cached.status == 200 && cached.json()["values"].toObject()["/3/0/0"].toString() == u"Hangar";
    }, 5s));
    CHECK(cached.status == 200);
}

TEST_CASE("a write through the API reads back, and execute reaches the device", "[api][live]")
{
    LiveApi live;
    auto* device = live.addDevice("writer");
    REQUIRE(live.online("writer"));
    const QString base = QStringLiteral("/api/v1/devices/writer/resources");

    const HttpAnswer written = live.client->send("PUT", base + QStringLiteral("/3/0/14"),
                                                 R"({"/3/0/14":"+02:00"})");
    REQUIRE(written.status == 204);
    const HttpAnswer back = live.client->get(base + QStringLiteral("/3/0/14"));
    REQUIRE(back.status == 200);
    CHECK(back.json()["values"].toObject()["/3/0/14"].toString() == u"+02:00");

    CHECK(live.client->send("PUT", base + QStringLiteral("/3/0/14"), R"({"/3/0/14":5})").status == 400);

    device->objects().setMultiple(lwm2m::LwM2mPath(3, 0, 11), {lwm2m::Value::integer(5)});
    CHECK(live.client->send("POST", base + QStringLiteral("/3/0/12")).status == 204);
    const HttpAnswer errors = live.client->get(base + QStringLiteral("/3/0/11"));
    REQUIRE(errors.status == 200);
    CHECK(errors.json()["values"].toObject()["/3/0/11/0"].toInt() == 0);

    CHECK(live.client->get(QStringLiteral("/api/v1/devices/nobody/resources/3/0")).status == 404);
}

TEST_CASE("an observation started through the API fills the telemetry endpoint", "[api][live]")
{
    LiveApi live;
    live.addDevice("observed");
    REQUIRE(live.online("observed"));
    const HttpAnswer started = live.client->send(
        "POST", QStringLiteral("/api/v1/devices/observed/resources/3303/0/5700/observe"),
        R"({"pmin":0,"pmax":1})");
    REQUIRE(started.status == 200);
    CHECK(started.json()["values"].toObject().contains(QStringLiteral("/3303/0/5700")));

    const QString telemetry = QStringLiteral("/api/v1/devices/observed/telemetry/3303/0/5700");
    CHECK(waitUntil([&] {
        return live.client->get(telemetry).json()["items"].toArray().size() >= 2;
    }, 20s));
    const QJsonObject sample = live.client->get(telemetry).json()["items"].toArray()[0].toObject();
    CHECK(sample["time"].toInteger() > 1'600'000'000'000);
    CHECK(sample["value"].isDouble());

    CHECK(live.client->send("DELETE", QStringLiteral("/api/v1/devices/observed/resources/3303/0/5700/observe"))
              .status == 204);

    const HttpAnswer events = live.client->get(QStringLiteral("/api/v1/events"));
    REQUIRE(events.status == 200);
    bool registered = false;
    for (const auto& event : events.json()["items"].toArray())
        registered |= event.toObject()["endpoint"].toString() == u"observed";
    CHECK(registered);
}

TEST_CASE("credentials set and imported through the API are stored, bad imports change nothing", "[api][live]")
{
    LiveApi live;
    CHECK(live.client->send("PUT", QStringLiteral("/api/v1/devices/psk-1/credentials"),
                            R"({"pskIdentity":"id-1","pskKey":"0102030405060708"})")
              .status == 204);
    const HttpAnswer imported = live.client->send(
        "POST", QStringLiteral("/api/v1/credentials/import"),
        "endpoint,identity,key\npsk-2,id-2,0a0b0c0d\npsk-3,id-3,0e0f\n", "text/csv");
    CHECK(imported.status == 200);
    CHECK(imported.json()["imported"].toInt() == 2);
    const HttpAnswer bad = live.client->send("POST", QStringLiteral("/api/v1/credentials/import"),
                                             "psk-4,id-4,0102\npsk-5,id-5,nothex\n", "text/csv");
    CHECK(bad.status == 400);
    CHECK(bad.errorMessage().contains(QStringLiteral("line 2")));
    const HttpAnswer health = live.client->get(QStringLiteral("/api/v1/health"));
    CHECK(health.status == 200);
    CHECK(health.json()["status"].toString() == u"ok");
}
