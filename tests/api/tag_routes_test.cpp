#include "live_api_fixture.h"

#include <QJsonArray>

using namespace hangar;
using namespace hangar::api;
using namespace hangar::api::test;
using namespace std::chrono_literals;

namespace {

QStringList strings(const QJsonValue& array)
{
    QStringList list;
    for (const auto& item : array.toArray())
        list << item.toString();
    return list;
}

QStringList endpoints(const HttpAnswer& page)
{
    QStringList list;
    for (const auto& item : page.json()["items"].toArray())
        list << item.toObject()["endpoint"].toString();
    return list;
}

QByteArray body(const QJsonObject& object) { return QJsonDocument(object).toJson(QJsonDocument::Compact); }

} // namespace

TEST_CASE("tags are set in bulk and per device, listed with the address, and filter the list",
          "[api][tags]")
{
    LiveApi api;
    std::vector<std::unique_ptr<ProbeDevice>> probes;
    for (const char* endpoint : {"pump-1", "pump-2", "valve-1"})
        probes.push_back(api.addProbe(endpoint, "</1/0>"));
    REQUIRE(waitUntil([&] {
        return api.client->get(QStringLiteral("/api/v1/devices")).json()["total"].toInt() == 3;
    }));

    const HttpAnswer untagged = api.client->get(LiveApi::devicePath("pump-1"));
    REQUIRE(untagged.status == 200);
    CHECK(untagged.json()["tags"].toArray().isEmpty());
    CHECK(untagged.json()["address"].toString().startsWith(u"127.0.0.1:"));

    const HttpAnswer bulk = api.client->send(
        "POST", QStringLiteral("/api/v1/devices/tags"),
        body({{"endpoints", QJsonArray{"pump-1", "pump-2"}}, {"add", QJsonArray{"plant3", "pump"}}}));
    REQUIRE(bulk.status == 200);
    CHECK(bulk.json()["changed"].toInt() == 2);

    const HttpAnswer listed = api.client->get(QStringLiteral("/api/v1/devices?limit=10"));
    REQUIRE(listed.status == 200);
    const QJsonObject first = listed.json()["items"].toArray()[0].toObject();
    CHECK(first["endpoint"].toString() == u"pump-1");
    CHECK(strings(first["tags"]) == QStringList{"plant3", "pump"});
    CHECK(first["address"].toString().startsWith(u"127.0.0.1:"));
    CHECK(strings(listed.json()["items"].toArray()[2].toObject()["tags"]).isEmpty());

    CHECK(endpoints(api.client->get(QStringLiteral("/api/v1/devices?tag=pump"))) == QStringList{"pump-1", "pump-2"});
    CHECK(endpoints(api.client->get(QStringLiteral("/api/v1/devices?tag=PUMP&q=-2"))) == QStringList{"pump-2"});
    CHECK(endpoints(api.client->get(QStringLiteral("/api/v1/devices?q=plant"))) == QStringList{"pump-1", "pump-2"});
    CHECK(api.client->get(QStringLiteral("/api/v1/devices?tag=zone%3Aa")).json()["total"].toInt() == 0);

    // Replacing the tags of one device: exactly these afterwards.
    const HttpAnswer replaced = api.client->send("PUT", QStringLiteral("/api/v1/devices/pump-2/tags"),
                                                 R"(["zone:a","pump","zone:a"])");
    REQUIRE(replaced.status == 200);
    CHECK(replaced.json()["endpoint"].toString() == u"pump-2");
    CHECK(strings(replaced.json()["tags"]) == QStringList{"pump", "zone:a"});
    CHECK(replaced.json()["changed"].toInt() == 1);
    CHECK(strings(api.client->get(LiveApi::devicePath("pump-2")).json()["tags"]) == QStringList{"pump", "zone:a"});
    CHECK(endpoints(api.client->get(QStringLiteral("/api/v1/devices?tag=plant3"))) == QStringList{"pump-1"});
    CHECK(endpoints(api.client->get(QStringLiteral("/api/v1/devices?tag=zone%3Aa"))) == QStringList{"pump-2"});

    const HttpAnswer cleared = api.client->send("PUT", QStringLiteral("/api/v1/devices/pump-2/tags"), "[]");
    REQUIRE(cleared.status == 200);
    CHECK(strings(api.client->get(LiveApi::devicePath("pump-2")).json()["tags"]).isEmpty());

    const HttpAnswer removed = api.client->send(
        "POST", QStringLiteral("/api/v1/devices/tags"),
        body({{"endpoints", QJsonArray{"pump-1", "pump-2", "valve-1"}}, {"remove", QJsonArray{"pump"}}}));
    REQUIRE(removed.status == 200);
    CHECK(removed.json()["changed"].toInt() == 1);
    CHECK(strings(api.client->get(LiveApi::devicePath("pump-1")).json()["tags"]) == QStringList{"plant3"});
}

TEST_CASE("bad tags are 400 and unknown devices 404, as JSON errors, and nothing changes",
          "[api][tags]")
{
    LiveApi api;
    auto probe = api.addProbe("pump-1", "</1/0>");
    REQUIRE(api.online("pump-1"));

    const auto post = [&](const QByteArray& payload) {
        return api.client->send("POST", QStringLiteral("/api/v1/devices/tags"), payload);
    };
    const HttpAnswer badTag = post(R"({"endpoints":["pump-1"],"add":["ok","not ok"]})");
    CHECK(badTag.status == 400);
    CHECK(badTag.errorMessage().contains(u"not ok"));
    CHECK(post(R"({"endpoints":["pump-1"],"remove":[""]})").status == 400);
    CHECK(post(R"({"endpoints":["pump-1"],"add":[3]})").status == 400);
    CHECK(post(R"({"endpoints":"pump-1","add":["a"]})").status == 400);
    CHECK(post(R"({"add":["a"]})").status == 400);
    CHECK(post("not json").status == 400);

    const HttpAnswer unknown = post(R"({"endpoints":["pump-1","ghost-1"],"add":["a"]})");
    CHECK(unknown.status == 404);
    CHECK(unknown.errorMessage().contains(u"ghost-1"));
    CHECK(unknown.json()["error"].toObject()["status"].toInt() == 404);

    const auto put = [&](const char* endpoint, const QByteArray& payload) {
        return api.client->send("PUT", QStringLiteral("/api/v1/devices/%1/tags").arg(QLatin1String(endpoint)),
                                payload);
    };
    CHECK(put("ghost-1", R"(["a"])").status == 404);
    CHECK(put("pump-1", R"({"tags":["a"]})").status == 400);
    CHECK(put("pump-1", R"(["a/b"])").status == 400);
    CHECK(put("pump-1", QByteArray("[\"") + QByteArray(65, 'x') + "\"]").status == 400);
    CHECK(api.client->get(QStringLiteral("/api/v1/devices?tag=a%20b")).status == 400);

    CHECK(strings(api.client->get(LiveApi::devicePath("pump-1")).json()["tags"]).isEmpty());
}
