#include "fake_api_fixture.h"

#include <QJsonArray>

using namespace hangar;
using namespace hangar::api;
using namespace hangar::api::test;
using lwm2m::LwM2mPath;
using lwm2m::Value;

namespace {

lwm2m::PathValue pv(const char* path, Value value)
{
    return lwm2m::PathValue{*LwM2mPath::parse(path), std::move(value), std::nullopt};
}

} // namespace

TEST_CASE("the device list pages, filters and describes each device", "[api]")
{
    FakeApi api;
    for (int i = 0; i < 7; ++i)
        api.engine.devices.push_back(FakeApi::device("sensor-" + std::to_string(i)));
    api.engine.devices.push_back(FakeApi::device("gateway-1", store::DeviceStatus::Sleeping));
    api.engine.devices.push_back(FakeApi::device("old-1", store::DeviceStatus::Offline));
    api.engine.devices.back().manufacturer = "Hangar";
    api.engine.devices.back().model = "M1";
    api.engine.devices.back().serialNumber = "SN-9";
    api.engine.devices.back().firmwareVersion = "1.2.3";

    const HttpAnswer all = api.client->get(QStringLiteral("/api/v1/devices"));
    REQUIRE(all.status == 200);
    CHECK(all.json()["total"].toInt() == 9);
    CHECK(all.json()["items"].toArray().size() == 9);

    const HttpAnswer page = api.client->get(QStringLiteral("/api/v1/devices?q=sensor&limit=3&offset=3"));
    REQUIRE(page.status == 200);
    CHECK(page.json()["total"].toInt() == 7);
    const QJsonArray items = page.json()["items"].toArray();
    REQUIRE(items.size() == 3);
    CHECK(items[0].toObject()["endpoint"].toString() == u"sensor-3");

    const QJsonObject first = items[0].toObject();
    CHECK(first["status"].toString() == u"online");
    CHECK(first["lastSeen"].toInteger() == 1'700'000'060'000);
    CHECK(first["lwm2mVersion"].toString() == u"1.1");
    CHECK(first["lifetime"].toInt() == 300);
    QStringList objects;
    for (const auto& object : first["objects"].toArray())
        objects << object.toString();
    CHECK(objects.join(u',').toStdString() == "/1/0,/3/0,/5,/3303/0,/3303/1");
    CHECK(!first.contains(QStringLiteral("manufacturer")));

    const HttpAnswer sleeping = api.client->get(QStringLiteral("/api/v1/devices?status=sleeping"));
    REQUIRE(sleeping.json()["items"].toArray().size() == 1);
    CHECK(sleeping.json()["items"].toArray()[0].toObject()["status"].toString() == u"sleeping");

    const HttpAnswer offline = api.client->get(QStringLiteral("/api/v1/devices?status=offline"));
    const QJsonObject old = offline.json()["items"].toArray()[0].toObject();
    CHECK(old["manufacturer"].toString() == u"Hangar");
    CHECK(old["model"].toString() == u"M1");
    CHECK(old["serialNumber"].toString() == u"SN-9");
    CHECK(old["firmwareVersion"].toString() == u"1.2.3");

    CHECK(api.client->get(QStringLiteral("/api/v1/devices?limit=5000")).json()["limit"].toInt() == 1000);
    CHECK(api.client->get(QStringLiteral("/api/v1/devices?status=asleep")).status == 400);
    CHECK(api.client->get(QStringLiteral("/api/v1/devices?limit=abc")).status == 400);
    CHECK(api.client->get(QStringLiteral("/api/v1/devices?limit=0")).status == 400);
    CHECK(api.client->get(QStringLiteral("/api/v1/devices?offset=-1")).status == 400);
}

TEST_CASE("one device by endpoint, with URL-encoded characters, and forgetting it", "[api]")
{
    FakeApi api;
    api.engine.devices.push_back(FakeApi::device("urn:dev:os:a.b-1"));
    api.engine.devices.push_back(FakeApi::device("odd/name"));

    const HttpAnswer found = api.client->get(QStringLiteral("/api/v1/devices/urn:dev:os:a.b-1"));
    REQUIRE(found.status == 200);
    CHECK(found.json()["endpoint"].toString() == u"urn:dev:os:a.b-1");
    CHECK(api.client->get(QStringLiteral("/api/v1/devices/urn%3Adev%3Aos%3Aa.b-1")).status == 200);
    CHECK(api.client->get(QStringLiteral("/api/v1/devices/odd%2Fname")).json()["endpoint"].toString() ==
          u"odd/name");

    const HttpAnswer unknown = api.client->get(QStringLiteral("/api/v1/devices/nobody"));
    CHECK(unknown.status == 404);
    CHECK(unknown.json()["error"].toObject()["status"].toInt() == 404);

    CHECK(api.client->send("DELETE", QStringLiteral("/api/v1/devices/odd%2Fname")).status == 204);
    CHECK(api.client->get(QStringLiteral("/api/v1/devices/odd%2Fname")).status == 404);
    CHECK(api.client->send("DELETE", QStringLiteral("/api/v1/devices/odd%2Fname")).status == 404);
}

TEST_CASE("a read answers the content format and a flat path to value map", "[api]")
{
    FakeApi api;
    api.engine.devices.push_back(FakeApi::device("dev-1"));
    api.engine.readValues = {
        pv("/3/0/0", Value::string("Hangar")),
        pv("/3/0/6/0", Value::integer(1)),
        pv("/3/0/6/1", Value::integer(5)),
        pv("/3/0/9", Value::unsignedInteger(87)),
        pv("/3/0/13", Value::time(1'700'000'000)),
        pv("/3/0/20", Value::boolean(true)),
        pv("/3/0/30", Value::floating(21.5)),
        pv("/3/0/31", Value::opaque({0x01, 0x02, 0xff})),
        pv("/3/0/32", Value::objectLink({3, 0})),
    };
    api.engine.readFormat = lwm2m::ContentFormat::SenmlCbor;

    const HttpAnswer read = api.client->get(QStringLiteral("/api/v1/devices/dev-1/resources/3/0"));
    REQUIRE(read.status == 200);
    CHECK(read.json()["contentFormat"].toString() == u"senml-cbor");
    const QJsonObject values = read.json()["values"].toObject();
    CHECK(values.size() == 9);
    CHECK(values["/3/0/0"].toString() == u"Hangar");
    CHECK(values["/3/0/6/0"].toInt() == 1);
    CHECK(values["/3/0/6/1"].toInt() == 5);
    CHECK(values["/3/0/9"].toInt() == 87);
    CHECK(values["/3/0/13"].toInteger() == 1'700'000'000);
    CHECK(values["/3/0/20"].toBool());
    CHECK(values["/3/0/30"].toDouble() == 21.5);
    CHECK(values["/3/0/31"].toString() == u"AQL/");
    CHECK(values["/3/0/32"].toString() == u"3:0");
    REQUIRE(api.engine.lastPath.has_value());
    CHECK(*api.engine.lastPath == LwM2mPath(3, 0));
    CHECK(!api.engine.lastReadOptions->format.has_value());
    CHECK(!api.engine.lastReadOptions->cacheOnly);

    const HttpAnswer tlv =
        api.client->get(QStringLiteral("/api/v1/devices/dev-1/resources/3/0/0?format=tlv&cacheOnly=true"));
    CHECK(tlv.json()["contentFormat"].toString() == u"tlv");
    CHECK(tlv.json()["fromCache"].toBool());
    CHECK(api.engine.lastReadOptions->format == lwm2m::ContentFormat::Tlv);
    CHECK(api.engine.lastReadOptions->cacheOnly);
    CHECK(*api.engine.lastPath == LwM2mPath(3, 0, 0));

    for (const char* format : {"senml-json", "senml-cbor", "lwm2m-json", "text"}) {
        CHECK(api.client->get(QStringLiteral("/api/v1/devices/dev-1/resources/3/0/0?format=%1")
                                  .arg(QLatin1String(format)))
                  .status == 200);
    }
    CHECK(api.client->get(QStringLiteral("/api/v1/devices/dev-1/resources/3/0?format=xml")).status == 400);
    CHECK(api.client->get(QStringLiteral("/api/v1/devices/dev-1/resources/3/0?format=link")).status == 400);
    CHECK(api.client->get(QStringLiteral("/api/v1/devices/dev-1/resources/3/0?cacheOnly=maybe")).status == 400);
    CHECK(api.client->get(QStringLiteral("/api/v1/devices/nobody/resources/3/0")).status == 404);

    const HttpAnswer badPath = api.client->get(QStringLiteral("/api/v1/devices/dev-1/resources/3/x/1"));
    CHECK(badPath.status == 400);
    CHECK(badPath.errorMessage().contains(QStringLiteral("3/x/1")));
    CHECK(api.client->get(QStringLiteral("/api/v1/devices/dev-1/resources/3/0/1/2/3")).status == 400);
    CHECK(api.client->get(QStringLiteral("/api/v1/devices/dev-1/resources/70000")).status == 400);
}

TEST_CASE("a write converts JSON values with the object model's types", "[api]")
{
    FakeApi api;
    api.engine.devices.push_back(FakeApi::device("dev-1"));
    const QString url = QStringLiteral("/api/v1/devices/dev-1/resources/3/0");

    const HttpAnswer written =
        api.client->send("PUT", url + QStringLiteral("?partial=true"),
                         R"({"/3/0/14":"+02:00","/3/0/13":1700000000,"/3/0/15":"Europe/Paris"})");
    REQUIRE(written.status == 204);
    REQUIRE(api.engine.lastWrittenValues.has_value());
    const auto& values = *api.engine.lastWrittenValues;
    REQUIRE(values.size() == 3);
    CHECK(values[0].path == LwM2mPath(3, 0, 13));
    CHECK(values[0].value == Value::time(1'700'000'000));
    CHECK(values[1].value == Value::string("+02:00"));
    CHECK(api.engine.lastWriteOptions->partialUpdate);

    CHECK(api.client->send("PUT", QStringLiteral("/api/v1/devices/dev-1/resources/3/0/14"),
                           R"({"value":"+03:00"})")
              .status == 204);
    CHECK(api.engine.lastWrittenValues->at(0).path == LwM2mPath(3, 0, 14));
    CHECK(!api.engine.lastWriteOptions->partialUpdate);

    CHECK(api.client->send("PUT", QStringLiteral("/api/v1/devices/dev-1/resources/1/0"),
                           R"({"values":{"/1/0/1":600,"/1/0/6":true}})")
              .status == 204);
    CHECK(api.engine.lastWrittenValues->at(0).value == Value::integer(600));
    CHECK(api.engine.lastWrittenValues->at(1).value == Value::boolean(true));

    const HttpAnswer typeMismatch = api.client->send("PUT", url, R"({"/3/0/13":"yesterday"})");
    CHECK(typeMismatch.status == 400);
    CHECK(typeMismatch.errorMessage().contains(QStringLiteral("/3/0/13")));
    CHECK(api.client->send("PUT", url, R"({"/3/0/14": )").status == 400);
    CHECK(api.client->send("PUT", url, R"(["/3/0/14"])").status == 400);
    CHECK(api.client->send("PUT", url, R"({})").status == 400);
    CHECK(api.client->send("PUT", url, R"({"/4/0/1":1})").status == 400);
    CHECK(api.client->send("PUT", url, R"({"/3/0":1})").status == 400);
    CHECK(api.client->send("PUT", QStringLiteral("/api/v1/devices/nobody/resources/3/0"),
                           R"({"/3/0/14":"+01"})").status == 404);
}

TEST_CASE("execute passes text or JSON arguments and needs a resource path", "[api]")
{
    FakeApi api;
    api.engine.devices.push_back(FakeApi::device("dev-1"));
    const QString reboot = QStringLiteral("/api/v1/devices/dev-1/resources/3/0/4");
    CHECK(api.client->send("POST", reboot).status == 204);
    CHECK(api.engine.lastArguments == std::string());
    CHECK(api.client->send("POST", reboot, "0='now'", "text/plain").status == 204);
    CHECK(api.engine.lastArguments == std::string("0='now'"));
    CHECK(api.client->send("POST", reboot, R"({"arguments":"1='x'"})").status == 204);
    CHECK(api.engine.lastArguments == std::string("1='x'"));
    CHECK(api.client->send("POST", reboot, R"({"arguments":5})").status == 400);
    CHECK(api.client->send("POST", QStringLiteral("/api/v1/devices/dev-1/resources/3/0")).status == 400);
}

TEST_CASE("observe takes attributes from the body or the query, and can be cancelled", "[api]")
{
    FakeApi api;
    api.engine.devices.push_back(FakeApi::device("dev-1"));
    api.engine.readValues = {pv("/3303/0/5700", Value::floating(21.5))};
    const QString observe = QStringLiteral("/api/v1/devices/dev-1/resources/3303/0/5700/observe");

    const HttpAnswer started = api.client->send("POST", observe, R"({"pmin":1,"pmax":30,"st":0.5})");
    REQUIRE(started.status == 200);
    CHECK(started.json()["values"].toObject()["/3303/0/5700"].toDouble() == 21.5);
    CHECK(*api.engine.lastPath == LwM2mPath(3303, 0, 5700));
    CHECK(api.engine.lastAttributes->pminSec == 1);
    CHECK(api.engine.lastAttributes->pmaxSec == 30);
    CHECK(api.engine.lastAttributes->step == 0.5);
    CHECK(!api.engine.lastAttributes->greaterThan);

    REQUIRE(api.client->send("POST", observe + QStringLiteral("?gt=30&lt=10")).status == 200);
    CHECK(api.engine.lastAttributes->greaterThan == 30.0);
    CHECK(api.engine.lastAttributes->lessThan == 10.0);
    CHECK(!api.engine.lastAttributes->pminSec);

    CHECK(api.client->send("POST", observe, R"({"pmin":"soon"})").status == 400);
    CHECK(api.client->send("POST", observe + QStringLiteral("?pmax=-1")).status == 400);

    CHECK(api.client->send("DELETE", observe).status == 204);
    CHECK(api.engine.cancelled);
}
