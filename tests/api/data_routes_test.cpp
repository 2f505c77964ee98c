#include "fake_api_fixture.h"

#include "api/api_router.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

using namespace hangar;
using namespace hangar::api;
using namespace hangar::api::test;
using lwm2m::LwM2mPath;
using lwm2m::Value;

TEST_CASE("telemetry lists the samples of one resource in a time range", "[api]")
{
    FakeApi api;
    api.engine.devices.push_back(FakeApi::device("dev-1"));
    for (int i = 0; i < 5; ++i)
        api.engine.samples.push_back(store::Sample{"dev-1", LwM2mPath(3303, 0, 5700),
                                                   Value::floating(20.0 + i), 1000 + i * 1000});
    const QString url = QStringLiteral("/api/v1/devices/dev-1/telemetry/3303/0/5700");

    const HttpAnswer all = api.client->get(url);
    REQUIRE(all.status == 200);
    const QJsonArray items = all.json()["items"].toArray();
    REQUIRE(items.size() == 5);
    CHECK(items[0].toObject()["time"].toInteger() == 1000);
    CHECK(items[0].toObject()["value"].toDouble() == 20.0);

    const HttpAnswer range = api.client->get(url + QStringLiteral("?from=2000&to=4000&limit=2"));
    CHECK(range.json()["items"].toArray().size() == 2);
    CHECK(api.engine.lastSampleQuery->fromMs == 2000);
    CHECK(api.engine.lastSampleQuery->toMs == 4000);
    CHECK(api.engine.lastSampleQuery->path == LwM2mPath(3303, 0, 5700));

    CHECK(api.client->get(url + QStringLiteral("?from=5&to=1")).status == 400);
    CHECK(api.client->get(url + QStringLiteral("?from=yesterday")).status == 400);
    CHECK(api.client->get(QStringLiteral("/api/v1/devices/nobody/telemetry/3303/0/5700")).status == 404);
    CHECK(api.client->get(QStringLiteral("/api/v1/devices/dev-1/telemetry/a/b")).status == 400);
}

TEST_CASE("a PSK credential is set per device with a hex key", "[api]")
{
    FakeApi api;
    const QString url = QStringLiteral("/api/v1/devices/dev-1/credentials");
    REQUIRE(api.client->send("PUT", url, R"({"pskIdentity":"id-1","pskKey":"00A1ff"})").status == 204);
    REQUIRE(api.engine.credentials.size() == 1);
    CHECK(api.engine.credentials[0].endpoint == "dev-1");
    CHECK(api.engine.credentials[0].pskIdentity == "id-1");
    CHECK(api.engine.credentials[0].pskKey == lwm2m::Bytes{0x00, 0xa1, 0xff});

    CHECK(api.client->send("PUT", url, R"({"pskIdentity":"id-1","pskKey":"xyz1"})").status == 400);
    CHECK(api.client->send("PUT", url, R"({"pskIdentity":"id-1","pskKey":"abc"})").status == 400);
    CHECK(api.client->send("PUT", url, R"({"pskKey":"abcd"})").status == 400);
    CHECK(api.client->send("PUT", url, "not json").status == 400);
    CHECK(api.engine.credentials.size() == 1);
}

TEST_CASE("credentials import from CSV and JSON lines, all or nothing", "[api]")
{
    FakeApi api;
    const QString url = QStringLiteral("/api/v1/credentials/import");

    const HttpAnswer csv = api.client->send(
        "POST", url, "endpoint,identity,keyhex\ndev-1,id-1,0102\n\ndev-2, id-2 ,A0B0\n", "text/csv");
    REQUIRE(csv.status == 200);
    CHECK(csv.json()["imported"].toInt() == 2);
    REQUIRE(api.engine.credentials.size() == 2);
    CHECK(api.engine.credentials[1].pskIdentity == "id-2");
    CHECK(api.engine.credentials[1].pskKey == lwm2m::Bytes{0xa0, 0xb0});

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
    REQUIRE(api.engine.credentials.size() == 5);

    const HttpAnswer bad = api.client->send(
        "POST", url, "dev-6,id-6,0102\ndev-7,id-7,zz\ndev-8,id-8\ndev-9,id-6,0304\n", "text/csv");
    CHECK(bad.status == 400);
    CHECK(bad.errorMessage().contains(QStringLiteral("line 2")));
    CHECK(bad.errorMessage().contains(QStringLiteral("line 3")));
    CHECK(bad.errorMessage().contains(QStringLiteral("line 4")));
    CHECK(!bad.errorMessage().contains(QStringLiteral("line 1:")));
    CHECK(api.engine.credentials.size() == 5);

    const HttpAnswer badJson = api.client->send(
        "POST", url, "{\"endpoint\":\"dev-6\",\"identity\":\"id-6\",\"key\":\"01\"}\n{\"endpoint\":1}\n",
        "application/x-ndjson");
    CHECK(badJson.status == 400);
    CHECK(badJson.errorMessage().contains(QStringLiteral("line 2")));
    CHECK(api.engine.credentials.size() == 5);
    CHECK(api.client->send("POST", url, "", "text/csv").status == 400);
}

TEST_CASE("events are listed after an id with a cursor for the next page", "[api]")
{
    FakeApi api;
    for (int i = 1; i <= 5; ++i)
        api.engine.events.push_back(store::EventRecord{i, 1000 + i, "registered",
                                                       "dev-" + std::to_string(i),
                                                       R"({"lifetime":300})"});
    const HttpAnswer first = api.client->get(QStringLiteral("/api/v1/events?limit=3"));
    REQUIRE(first.status == 200);
    const QJsonArray items = first.json()["items"].toArray();
    REQUIRE(items.size() == 3);
    CHECK(items[0].toObject()["id"].toInt() == 1);
    CHECK(items[0].toObject()["kind"].toString() == u"registered");
    CHECK(items[0].toObject()["endpoint"].toString() == u"dev-1");
    CHECK(items[0].toObject()["details"].toObject()["lifetime"].toInt() == 300);
    CHECK(first.json()["next"].toInt() == 3);

    const HttpAnswer rest = api.client->get(QStringLiteral("/api/v1/events?since=3"));
    CHECK(rest.json()["items"].toArray().size() == 2);
    CHECK(rest.json()["next"].toInt() == 5);
    CHECK(api.client->get(QStringLiteral("/api/v1/events?since=9")).json()["next"].toInt() == 9);
    CHECK(api.client->get(QStringLiteral("/api/v1/events?since=x")).status == 400);
}

TEST_CASE("health reports the engine's counters", "[api]")
{
    FakeApi api;
    const HttpAnswer health = api.client->get(QStringLiteral("/api/v1/health"));
    REQUIRE(health.status == 200);
    CHECK(health.json()["status"].toString() == u"ok");
    CHECK(health.json()["devicesOnline"].toInt() == 2);
    CHECK(health.json()["uptimeMs"].toInt() == 1234);
}

TEST_CASE("the OpenAPI document is valid JSON and documents every route", "[api]")
{
    FakeApi api;
    const HttpAnswer answer = api.client->get(QStringLiteral("/api/v1/openapi.json"));
    REQUIRE(answer.status == 200);
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(answer.body, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(document.object()["openapi"].toString().startsWith(u"3.0"));
    const QJsonObject paths = document.object()["paths"].toObject();

    const auto& routes = api.server->router().routes();
    CHECK(routes.size() == 14);
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
