#include "fleet_support.h"
#include "live_api_fixture.h"

#include "api/api_router.h"

#include <QDateTime>
#include <QJsonArray>

using namespace hangar;
using namespace hangar::api;
using namespace hangar::api::test;
using namespace std::chrono_literals;
using lwm2m::LwM2mPath;
using lwm2m::Value;

namespace {

/// Waits (bounded) until a device's registration attempt failed; true if it never registered.
bool refused(devicesim::SimulatedDevice& device)
{
    return waitUntil([&] { return device.counters().errors > 0; }, 15s) && device.counters().registrations == 0;
}

} // namespace

TEST_CASE("telemetry lists the samples of one resource in a time range", "[api]")
{
    LiveApi api;
    const auto probe = api.addProbe("dev-1", "</1/0>,</3303/0>");
    const LwM2mPath sensor(3303, 0, 5700);
    probe->actAsSensor({{sensor, Value::floating(20.0), std::nullopt}});
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    REQUIRE(api.client->send("POST", QStringLiteral("/api/v1/devices/dev-1/resources/3303/0/5700/observe"))
                .status == 200);
    REQUIRE(probe->acceptedObservation().has_value());
    for (int i = 1; i < 5; ++i) {
        waitUntil([] { return false; }, 20ms); // distinct sample times
        REQUIRE(probe->notify(*probe->acceptedObservation(), lwm2m::ContentFormat::Tlv, sensor,
                              {{sensor, Value::floating(20.0 + i), std::nullopt}}));
    }
    const QString url = QStringLiteral("/api/v1/devices/dev-1/telemetry/3303/0/5700");

    HttpAnswer all;
    REQUIRE(waitUntil([&] {
        all = api.client->get(url);
        return all.json()["items"].toArray().size() == 5;
    }));
    const QJsonArray items = all.json()["items"].toArray();
    for (int i = 0; i < 5; ++i) {
        INFO(i);
        CHECK(items[i].toObject()["value"].toDouble() == 20.0 + i);
        CHECK(items[i].toObject()["time"].toInteger() >= before);
        if (i > 0)
            CHECK(items[i].toObject()["time"].toInteger() > items[i - 1].toObject()["time"].toInteger());
    }

    const qint64 from = items[1].toObject()["time"].toInteger();
    const qint64 to = items[3].toObject()["time"].toInteger();
    const HttpAnswer range = api.client->get(url + QStringLiteral("?from=%1&to=%2").arg(from).arg(to));
    REQUIRE(range.status == 200);
    const QJsonArray inRange = range.json()["items"].toArray();
    REQUIRE(inRange.size() == 3);
    CHECK(inRange[0].toObject()["value"].toDouble() == 21.0);
    CHECK(inRange[2].toObject()["value"].toDouble() == 23.0);
    const HttpAnswer limited = api.client->get(url + QStringLiteral("?from=%1&to=%2&limit=2").arg(from).arg(to));
    CHECK(limited.json()["items"].toArray().size() == 2);
    CHECK(api.client->get(QStringLiteral("/api/v1/devices/dev-1/telemetry/3303/0/5601")).json()["items"]
              .toArray()
              .isEmpty());

    CHECK(api.client->get(url + QStringLiteral("?from=5&to=1")).status == 400);
    CHECK(api.client->get(url + QStringLiteral("?from=yesterday")).status == 400);
    CHECK(api.client->get(QStringLiteral("/api/v1/devices/nobody/telemetry/3303/0/5700")).status == 404);
    CHECK(api.client->get(QStringLiteral("/api/v1/devices/dev-1/telemetry/a/b")).status == 400);
}

TEST_CASE("a PSK credential set per device with a hex key lets that device register over DTLS", "[api]")
{
    LiveOptions options;
    options.coaps = true;
    LiveApi api(options);
    const QString url = QStringLiteral("/api/v1/devices/dev-1/credentials");
    REQUIRE(api.client->send("PUT", url, R"({"pskIdentity":"id-1","pskKey":"00A1ff"})").status == 204);

    CHECK(api.client->send("PUT", url, R"({"pskIdentity":"id-1","pskKey":"xyz1"})").status == 400);
    CHECK(api.client->send("PUT", url, R"({"pskIdentity":"id-1","pskKey":"abc"})").status == 400);
    CHECK(api.client->send("PUT", url, R"({"pskKey":"abcd"})").status == 400);
    CHECK(api.client->send("PUT", url, "not json").status == 400);

    // The refused requests left the stored key alone: the device with it registers.
    api.addDevice(pskDevice("dev-1", "id-1", {0x00, 0xa1, 0xff}));
    CHECK(api.online("dev-1"));
    auto* stranger = api.addDevice(pskDevice("dev-2", "id-2", {0x00, 0xa1, 0xff}));
    CHECK(refused(*stranger));
    CHECK(api.client->get(LiveApi::devicePath("dev-2")).status == 404);
}

TEST_CASE("credentials import from CSV and JSON lines, all or nothing", "[api]")
{
    LiveOptions options;
    options.coaps = true;
    LiveApi api(options);
    const QString url = QStringLiteral("/api/v1/credentials/import");

    const HttpAnswer csv = api.client->send(
        "POST", url, "endpoint,identity,keyhex\ndev-1,id-1,0102\n\ndev-2, id-2 ,A0B0\n", "text/csv");
    REQUIRE(csv.status == 200);
    CHECK(csv.json()["imported"].toInt() == 2);

    const HttpAnswer lines = api.client->send(
        "POST", url,
        "{\"endpoint\":\"dev-3\",\"identity\":\"id-3\",\"key\":\"0a0b\"}\n"
        "{\"endpoint\":\"dev-4\",\"identity\":\"id-4\",\"key\":\"0c0d\"}\n",
        "application/x-ndjson");
    REQUIRE(lines.status == 200);
    CHECK(lines.json()["imported"].toInt() == 2);

    const HttpAnswer sniffed = api.client->send(
        "POST", url, "{\"endpoint\":\"dev-5\",\"identity\":\"id-5\",\"key\":\"01\"}\n", "text/plain");
    CHECK(sniffed.status == 200);

    const HttpAnswer bad = api.client->send(
        "POST", url, "dev-6,id-6,0102\ndev-7,id-7,zz\ndev-8,id-8\ndev-9,id-6,0304\n", "text/csv");
    CHECK(bad.status == 400);
    CHECK(bad.errorMessage().contains(QStringLiteral("line 2")));
    CHECK(bad.errorMessage().contains(QStringLiteral("line 3")));
    CHECK(bad.errorMessage().contains(QStringLiteral("line 4")));
    CHECK(!bad.errorMessage().contains(QStringLiteral("line 1:")));

    const HttpAnswer badJson = api.client->send(
        "POST", url, "{\"endpoint\":\"dev-6\",\"identity\":\"id-6\",\"key\":\"01\"}\n{\"endpoint\":1}\n",
        "application/x-ndjson");
    CHECK(badJson.status == 400);
    CHECK(badJson.errorMessage().contains(QStringLiteral("line 2")));
    CHECK(api.client->send("POST", url, "", "text/csv").status == 400);

    // What was imported lets those devices in (trimmed identity, hex in either case) ...
    api.addDevice(pskDevice("dev-2", "id-2", {0xa0, 0xb0}));
    api.addDevice(pskDevice("dev-4", "id-4", {0x0c, 0x0d}));
    api.addDevice(pskDevice("dev-5", "id-5", {0x01}));
    CHECK(api.online("dev-2"));
    CHECK(api.online("dev-4"));
    CHECK(api.online("dev-5"));
    // ... and the valid first line of a refused import was not stored.
    CHECK(refused(*api.addDevice(pskDevice("dev-6", "id-6", {0x01, 0x02}))));
}

TEST_CASE("events of one device are listed with ?endpoint= and an empty endpoint is refused", "[api]")
{
    LiveApi api;
    for (int i = 1; i <= 3; ++i)
        api.addDevice("dev-" + std::to_string(i));
    const auto ofDevice = [&](const QString& query) {
        return api.client->get(QStringLiteral("/api/v1/events?") + query).json()["items"].toArray();
    };
    REQUIRE(waitUntil([&] { return !ofDevice(QStringLiteral("endpoint=dev-2")).isEmpty(); }, 20s));
    const QJsonArray mine = ofDevice(QStringLiteral("endpoint=dev-2&limit=1000"));
    for (const auto& event : mine)
        CHECK(event.toObject()["endpoint"].toString() == u"dev-2");
    int inWholeLog = 0;
    for (const auto& event : ofDevice(QStringLiteral("limit=1000")))
        inWholeLog += event.toObject()["endpoint"].toString() == u"dev-2";
    CHECK(mine.size() == inWholeLog);

    const HttpAnswer page = api.client->get(QStringLiteral("/api/v1/events?endpoint=dev-2&limit=1"));
    REQUIRE(page.status == 200);
    const qint64 next = page.json()["next"].toInteger();
    CHECK(next == mine[0].toObject()["id"].toInteger());
    const QJsonArray after = ofDevice(QStringLiteral("endpoint=dev-2&limit=1000&since=%1").arg(next));
    CHECK(after.size() == mine.size() - 1);

    CHECK(ofDevice(QStringLiteral("endpoint=nobody")).isEmpty());
    const HttpAnswer empty = api.client->get(QStringLiteral("/api/v1/events?endpoint="));
    CHECK(empty.status == 400);
    CHECK(empty.json()["error"].toObject()["message"].toString().contains(QStringLiteral("endpoint")));
}

TEST_CASE("registrations are counted per time bucket, by default per hour over the last day", "[api]")
{
    LiveApi api;
    for (int i = 1; i <= 4; ++i)
        api.addDevice("dev-" + std::to_string(i));
    const auto total = [](const QJsonArray& items) {
        qint64 sum = 0;
        for (const auto& item : items)
            sum += item.toObject()["count"].toInteger();
        return sum;
    };
    const auto counted = [&](const QString& query) {
        return api.client->get(QStringLiteral("/api/v1/events/counts?") + query).json()["items"].toArray();
    };
    REQUIRE(waitUntil([&] { return total(counted(QStringLiteral("kind=registered"))) == 4; }, 20s));
    const QJsonArray hourly = counted(QStringLiteral("kind=registered"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const auto& item : hourly) {
        const qint64 time = item.toObject()["time"].toInteger();
        CHECK(time % 3'600'000 == 0);
        CHECK(time > now - 25 * 3'600'000);
        CHECK(time <= now);
    }
    // Seconds wide over the last minute: the same four, in the buckets they fell in.
    const QJsonArray fine = counted(QStringLiteral("kind=registered&bucketMs=1000&from=%1&to=%2").arg(now - 60'000).arg(now + 1000));
    CHECK(total(fine) == 4);
    CHECK(fine.size() <= 4);
    CHECK(total(counted(QStringLiteral("kind=no-such-kind"))) == 0);
    CHECK(total(counted(QStringLiteral("kind=registered&from=0&to=1000"))) == 0);

    for (const QString& bad : {QStringLiteral(""), QStringLiteral("kind="), QStringLiteral("kind=registered&bucketMs=10"),
                               QStringLiteral("kind=registered&from=5000&to=1000"),
                               QStringLiteral("kind=registered&from=0&to=100000000&bucketMs=1000")}) {
        const HttpAnswer refused = api.client->get(QStringLiteral("/api/v1/events/counts?") + bad);
        INFO(bad.toStdString());
        CHECK(refused.status == 400);
        CHECK_FALSE(refused.json()["error"].toObject()["message"].toString().isEmpty());
    }
}

TEST_CASE("events are listed after an id with a cursor for the next page", "[api]")
{
    LiveApi api;
    for (int i = 1; i <= 5; ++i)
        api.addDevice("dev-" + std::to_string(i));
    const auto registrations = [&] {
        int count = 0;
        for (const auto& event : api.client->get(QStringLiteral("/api/v1/events?limit=1000")).json()["items"].toArray())
            count += event.toObject()["kind"].toString() == u"registered";
        return count;
    };
    REQUIRE(waitUntil([&] { return registrations() == 5; }, 20s));
    const QJsonArray everything = api.client->get(QStringLiteral("/api/v1/events?limit=1000")).json()["items"].toArray();
    REQUIRE(everything.size() >= 6); // the engine's start and five registrations

    const HttpAnswer first = api.client->get(QStringLiteral("/api/v1/events?limit=3"));
    REQUIRE(first.status == 200);
    const QJsonArray items = first.json()["items"].toArray();
    REQUIRE(items.size() == 3);
    CHECK(items[0].toObject() == everything[0].toObject());
    CHECK(first.json()["next"].toInteger() == items[2].toObject()["id"].toInteger());

    // Paging with the cursor visits every event once, in order.
    QJsonArray paged;
    qint64 cursor = 0;
    for (int page = 0; page < 100; ++page) {
        const HttpAnswer answer = api.client->get(QStringLiteral("/api/v1/events?since=%1&limit=3").arg(cursor));
        REQUIRE(answer.status == 200);
        const QJsonArray got = answer.json()["items"].toArray();
        for (const auto& event : got)
            paged.append(event);
        const qint64 next = answer.json()["next"].toInteger();
        if (got.isEmpty()) {
            CHECK(next == cursor);
            break;
        }
        CHECK(next > cursor);
        cursor = next;
    }
    CHECK(paged == everything);

    bool sawDevice = false;
    for (const auto& value : everything) {
        const QJsonObject event = value.toObject();
        if (event["kind"].toString() != u"registered" || event["endpoint"].toString() != u"dev-3")
            continue;
        sawDevice = true;
        CHECK(event["time"].toInteger() > 1'600'000'000'000);
        CHECK(event["details"].toObject()["lifetime"].toVariant().toInt() == 300);
    }
    CHECK(sawDevice);

    CHECK(api.client->get(QStringLiteral("/api/v1/events?since=99999")).json()["next"].toInt() == 99999);
    CHECK(api.client->get(QStringLiteral("/api/v1/events?since=99999")).json()["items"].toArray().isEmpty());
    CHECK(api.client->get(QStringLiteral("/api/v1/events?since=x")).status == 400);
}

TEST_CASE("health reports the engine's counters", "[api]")
{
    LiveApi api;
    api.addDevice("dev-1");
    api.addDevice("dev-2");
    auto* leaving = api.addDevice("dev-3");
    REQUIRE(api.online("dev-1"));
    REQUIRE(api.online("dev-2"));
    REQUIRE(api.online("dev-3"));
    leaving->stop();
    REQUIRE(api.hasStatus("dev-3", QStringLiteral("offline")));

    const HttpAnswer health = api.client->get(QStringLiteral("/api/v1/health"));
    REQUIRE(health.status == 200);
    CHECK(health.json()["status"].toString() == u"ok");
    CHECK(health.json()["devicesOnline"].toInt() == 2);
    CHECK(health.json()["devicesKnown"].toInt() == 3);
    CHECK(health.json()["devicesSleeping"].toInt() == 0);
    CHECK(health.json()["uptimeMs"].toInteger() > 0);
    CHECK(health.json()["uptimeMs"].toInteger() < 120'000);
    CHECK(health.json()["storeEnqueued"].toInteger() > 0);
}

TEST_CASE("the OpenAPI document is valid JSON and documents every route", "[api]")
{
    LiveApi api;
    const HttpAnswer answer = api.client->get(QStringLiteral("/api/v1/openapi.json"));
    REQUIRE(answer.status == 200);
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(answer.body, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(document.object()["openapi"].toString().startsWith(u"3.0"));
    const QJsonObject paths = document.object()["paths"].toObject();

    const auto& routes = api.server->router().routes();
    CHECK(routes.size() == 22);
    for (const Route& route : routes) {
        QString documented = route.pattern;
        documented.replace(QStringLiteral("*}"), QStringLiteral("}"));
        INFO(route.method.toStdString() << " " << documented.toStdString());
        REQUIRE(paths.contains(documented));
        CHECK(paths[documented].toObject().contains(QString::fromLatin1(route.method).toLower()));
    }
    // Nothing documented that the server does not serve.
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        for (const QString& method : it->toObject().keys()) {
            if (method == u"parameters")
                continue;
            const bool served = std::any_of(routes.begin(), routes.end(), [&](const Route& r) {
                QString pattern = r.pattern;
                pattern.replace(QStringLiteral("*}"), QStringLiteral("}"));
                return pattern == it.key() && QString::fromLatin1(r.method).toLower() == method;
            });
            INFO(method.toStdString() << " " << it.key().toStdString());
            CHECK(served);
        }
    }
}
