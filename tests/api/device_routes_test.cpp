#include "live_api_fixture.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>

using namespace hangar;
using namespace hangar::api;
using namespace hangar::api::test;
using namespace std::chrono_literals;
using lwm2m::LwM2mPath;
using lwm2m::Value;

namespace {

QString resources(const char* endpoint, const char* path)
{
    return QStringLiteral("/api/v1/devices/%1/resources/%2").arg(QLatin1String(endpoint), QLatin1String(path));
}

std::string payloadText(const coap::IncomingRequest& request)
{
    return std::string(request.payload.begin(), request.payload.end());
}

/// Puts an instance of the test types object on `device` with one value of every type.
void addTypedValues(devicesim::SimulatedDevice& device)
{
    auto& objects = device.objects();
    objects.addObject(kTypesObject);
    objects.addInstance(kTypesObject, 0);
    objects.set(LwM2mPath(kTypesObject, 0, 0), Value::string("Hangar"));
    objects.set(LwM2mPath(kTypesObject, 0, 1), Value::integer(-5));
    objects.set(LwM2mPath(kTypesObject, 0, 2), Value::unsignedInteger(87));
    objects.set(LwM2mPath(kTypesObject, 0, 3), Value::floating(21.5));
    objects.set(LwM2mPath(kTypesObject, 0, 4), Value::boolean(true));
    objects.set(LwM2mPath(kTypesObject, 0, 5), Value::opaque({0x01, 0x02, 0xff}));
    objects.set(LwM2mPath(kTypesObject, 0, 6), Value::time(1'700'000'000));
    objects.set(LwM2mPath(kTypesObject, 0, 7), Value::objectLink({3, 0}));
    objects.setMultiple(LwM2mPath(kTypesObject, 0, 8), {Value::integer(1), Value::integer(5)});
}

} // namespace

TEST_CASE("the device list pages, filters and describes each device", "[api]")
{
    LiveApi api;
    for (int i = 0; i < 27; ++i) {
        devicesim::DeviceConfig config;
        config.endpoint = QStringLiteral("sensor-%1").arg(i, 2, 10, QLatin1Char('0')).toStdString();
        config.temperatureSensors = 2;
        auto* device = api.addDevice(config, false);
        device->objects().addObject(5);
        device->start();
    }
    devicesim::DeviceConfig gateway;
    gateway.endpoint = "gateway-1";
    gateway.queueMode = true;
    gateway.awakeTime = 60s; // the engine's short awake window decides "sleeping", not the device
    api.addDevice(gateway);
    auto* old = api.addDevice("old-1");
    const auto bare = api.addProbe("bare-1", "</1/0>,</3303/0>");

    REQUIRE(waitUntil([&] {
        return api.client->get(QStringLiteral("/api/v1/devices")).json()["total"].toInt() == 30;
    }, 20s));
    // The engine reads /3/0 after the registration; then the device leaves for good.
    REQUIRE(waitUntil([&] {
        return api.client->get(LiveApi::devicePath("old-1")).json().contains(QStringLiteral("firmwareVersion"));
    }));
    old->stop();
    REQUIRE(api.hasStatus("old-1", QStringLiteral("offline")));
    REQUIRE(api.hasStatus("gateway-1", QStringLiteral("sleeping")));

    const HttpAnswer all = api.client->get(QStringLiteral("/api/v1/devices"));
    REQUIRE(all.status == 200);
    CHECK(all.json()["total"].toInt() == 30);
    CHECK(all.json()["items"].toArray().size() == 30);

    const HttpAnswer page = api.client->get(QStringLiteral("/api/v1/devices?q=sensor&limit=3&offset=3"));
    REQUIRE(page.status == 200);
    CHECK(page.json()["total"].toInt() == 27);
    const QJsonArray items = page.json()["items"].toArray();
    REQUIRE(items.size() == 3);
    CHECK(items[0].toObject()["endpoint"].toString() == u"sensor-03");
    CHECK(items[2].toObject()["endpoint"].toString() == u"sensor-05");

    const QJsonObject first = items[0].toObject();
    CHECK(first["status"].toString() == u"online");
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    CHECK(first["lastSeen"].toInteger() > now - 60'000);
    CHECK(first["lastSeen"].toInteger() <= now);
    CHECK(first["lwm2mVersion"].toString() == u"1.1");
    CHECK(first["lifetime"].toInt() == 300);
    QStringList objects;
    for (const auto& object : first["objects"].toArray())
        objects << object.toString();
    CHECK(objects.join(u',').toStdString() == "/1/0,/3/0,/5,/3303/0,/3303/1");
    // A device whose /3/0 was never read has no identity fields at all.
    CHECK(!api.client->get(LiveApi::devicePath("bare-1")).json().contains(QStringLiteral("manufacturer")));

    const HttpAnswer sleeping = api.client->get(QStringLiteral("/api/v1/devices?status=sleeping"));
    REQUIRE(sleeping.json()["items"].toArray().size() == 1);
    CHECK(sleeping.json()["items"].toArray()[0].toObject()["endpoint"].toString() == u"gateway-1");
    CHECK(sleeping.json()["items"].toArray()[0].toObject()["status"].toString() == u"sleeping");

    const HttpAnswer offline = api.client->get(QStringLiteral("/api/v1/devices?status=offline"));
    REQUIRE(offline.json()["items"].toArray().size() == 1);
    const QJsonObject gone = offline.json()["items"].toArray()[0].toObject();
    CHECK(gone["endpoint"].toString() == u"old-1");
    CHECK(gone["manufacturer"].toString() == u"Hangar");
    CHECK(gone["model"].toString() == u"hangar-sim-1");
    CHECK(gone["serialNumber"].toString() == u"SN-old-1");
    CHECK(gone["firmwareVersion"].toString() == u"1.0.0");
    CHECK(api.client->get(QStringLiteral("/api/v1/devices?status=online")).json()["total"].toInt() == 28);

    CHECK(api.client->get(QStringLiteral("/api/v1/devices?limit=5000")).json()["limit"].toInt() == 1000);
    CHECK(api.client->get(QStringLiteral("/api/v1/devices?status=asleep")).status == 400);
    CHECK(api.client->get(QStringLiteral("/api/v1/devices?limit=abc")).status == 400);
    CHECK(api.client->get(QStringLiteral("/api/v1/devices?limit=0")).status == 400);
    CHECK(api.client->get(QStringLiteral("/api/v1/devices?offset=-1")).status == 400);
}

TEST_CASE("one device by endpoint, with URL-encoded characters, and forgetting it", "[api]")
{
    LiveApi api;
    api.addDevice("urn:dev:os:a.b-1");
    api.addDevice("odd/name");
    REQUIRE(api.online("urn:dev:os:a.b-1"));
    REQUIRE(api.online("odd/name"));

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
    // Forgotten means unreachable at once: a request no longer reaches the device.
    CHECK(api.client->get(resources("odd%2Fname", "3/0/0")).status == 404);
    CHECK(api.client->get(QStringLiteral("/api/v1/devices/odd%2Fname")).status == 404);
    CHECK(api.client->get(QStringLiteral("/api/v1/devices/urn:dev:os:a.b-1")).status == 200);
}

TEST_CASE("forgetting is visible at once and forgetting an unknown device is a 404", "[api]")
{
    LiveApi api;
    api.addDevice("dev-1");
    REQUIRE(api.online("dev-1"));
    CHECK(api.client->send("DELETE", LiveApi::devicePath("dev-1")).status == 204);
    CHECK(api.client->get(LiveApi::devicePath("dev-1")).status == 404);
    CHECK(api.client->send("DELETE", QStringLiteral("/api/v1/devices/nobody")).status == 404);
}

TEST_CASE("a read answers the content format and a flat path to value map of every type", "[api]")
{
    LiveApi api;
    devicesim::DeviceConfig config;
    config.endpoint = "dev-1";
    auto* device = api.addDevice(config, false);
    addTypedValues(*device);
    device->start();
    REQUIRE(api.online("dev-1"));

    // The device announces SenML CBOR among others; the engine prefers it.
    const HttpAnswer read = api.client->get(resources("dev-1", "32769/0"));
    REQUIRE(read.status == 200);
    CHECK(read.json()["contentFormat"].toString() == u"senml-cbor");
    CHECK(!read.json()["fromCache"].toBool());
    const QJsonObject values = read.json()["values"].toObject();
    CHECK(values.size() == 10);
    CHECK(values["/32769/0/0"].toString() == u"Hangar");
    CHECK(values["/32769/0/1"].toInt() == -5);
    CHECK(values["/32769/0/2"].toInt() == 87);
    CHECK(values["/32769/0/3"].toDouble() == 21.5);
    CHECK(values["/32769/0/4"].toBool());
    CHECK(values["/32769/0/5"].toString() == u"AQL/");
    CHECK(values["/32769/0/6"].toInteger() == 1'700'000'000);
    CHECK(values["/32769/0/7"].toString() == u"3:0");
    CHECK(values["/32769/0/8/0"].toInt() == 1);
    CHECK(values["/32769/0/8/1"].toInt() == 5);

    for (const char* format : {"tlv", "senml-json", "lwm2m-json"}) {
        INFO(format);
        const HttpAnswer again = api.client->get(resources("dev-1", "32769/0") + QStringLiteral("?format=") +
                                                 QLatin1String(format));
        REQUIRE(again.status == 200);
        CHECK(again.json()["contentFormat"].toString() == QLatin1String(format));
        CHECK(again.json()["values"].toObject() == values);
    }

    // The reads above filled the value cache; a cache-only read answers without the device.
    HttpAnswer cached;
    CHECK(waitUntil([&] {
        cached = api.client->get(resources("dev-1", "32769/0/0") + QStringLiteral("?format=tlv&cacheOnly=true"));
        return cached.json()["values"].toObject()["/32769/0/0"].toString() == u"Hangar";
    }));
    CHECK(cached.json()["contentFormat"].toString() == u"tlv");
    CHECK(cached.json()["fromCache"].toBool());

    for (const char* format : {"senml-json", "senml-cbor", "lwm2m-json", "text"}) {
        INFO(format);
        const HttpAnswer one = api.client->get(resources("dev-1", "3/0/0") + QStringLiteral("?format=") +
                                               QLatin1String(format));
        CHECK(one.status == 200);
        CHECK(one.json()["values"].toObject()["/3/0/0"].toString() == u"Hangar");
    }
    CHECK(api.client->get(resources("dev-1", "3/0?format=xml")).status == 400);
    CHECK(api.client->get(resources("dev-1", "3/0?format=link")).status == 400);
    CHECK(api.client->get(resources("dev-1", "3/0?cacheOnly=maybe")).status == 400);
    CHECK(api.client->get(resources("nobody", "3/0")).status == 404);

    // The device itself answers 4.04 for what it does not have.
    const HttpAnswer missing = api.client->get(resources("dev-1", "3/0/99"));
    CHECK(missing.status == 404);
    CHECK(missing.errorMessage().contains(QStringLiteral("4.04")));
    CHECK(api.client->get(resources("dev-1", "32769/1")).status == 404);

    const HttpAnswer badPath = api.client->get(resources("dev-1", "3/x/1"));
    CHECK(badPath.status == 400);
    CHECK(badPath.errorMessage().contains(QStringLiteral("3/x/1")));
    CHECK(api.client->get(resources("dev-1", "3/0/1/2/3")).status == 400);
    CHECK(api.client->get(resources("dev-1", "70000")).status == 400);
}

TEST_CASE("a device answer that does not decode is a 502, not the caller's fault", "[api]")
{
    LiveApi api;
    const auto probe = api.addProbe("dev-1", "</1/0>,</3303/0>");
    probe->setHandler([&](const coap::IncomingRequest&) -> std::optional<coap::Answer> {
        coap::Answer answer = ProbeDevice::code(coap::ResponseCode::Content);
        answer.response.contentFormat = 11542; // TLV header announcing 8 bytes, carrying 2
        answer.response.payload = {0xc8, 0x00, 0x08, 0x41, 0x42};
        return answer;
    });
    const HttpAnswer read = api.client->get(resources("dev-1", "3303/0"));
    CHECK(read.status == 502);
    CHECK(read.json()["error"].toObject()["status"].toInt() == 502);
}

TEST_CASE("device error codes and timeouts map to HTTP statuses", "[api]")
{
    LiveApi api;
    const auto probe = api.addProbe("dev-1", "</1/0>,</3303/0>");
    std::optional<coap::ResponseCode> answerCode;
    probe->setHandler([&](const coap::IncomingRequest&) -> std::optional<coap::Answer> {
        if (!answerCode)
            return std::nullopt; // never answers
        coap::Answer answer = ProbeDevice::code(*answerCode);
        const std::string diagnostic = "probe says no";
        answer.response.payload.assign(diagnostic.begin(), diagnostic.end());
        return answer;
    });
    using coap::ResponseCode;
    const std::pair<ResponseCode, int> kMapping[] = {
        {ResponseCode::NotFound, 404},
        {ResponseCode::BadRequest, 400},
        {ResponseCode::BadOption, 400},
        {ResponseCode::MethodNotAllowed, 422},
        {ResponseCode::NotAcceptable, 422},
        {ResponseCode::UnsupportedContentFormat, 422},
        {ResponseCode::Unauthorized, 403},
        {ResponseCode::Forbidden, 403},
        {ResponseCode::RequestEntityTooLarge, 429},
        {ResponseCode::InternalServerError, 500},
    };
    for (const auto& [code, status] : kMapping) {
        INFO(coap::toString(code));
        answerCode = code;
        const HttpAnswer read = api.client->get(resources("dev-1", "3303/0/5700"));
        CHECK(read.status == status);
        CHECK(read.json()["error"].toObject()["status"].toInt() == status);
        CHECK(read.errorMessage().contains(QString::fromStdString(coap::toString(code))));
        CHECK(read.errorMessage().contains(QStringLiteral("probe says no")));
        CHECK(api.client->send("PUT", resources("dev-1", "3303/0/5750"), R"({"value":"outdoor"})").status ==
              status);
    }

    answerCode.reset();
    QElapsedTimer elapsed;
    elapsed.start();
    const HttpAnswer late = api.client->get(resources("dev-1", "3303/0/5700?timeoutMs=300"));
    CHECK(late.status == 504);
    CHECK(elapsed.elapsed() < 5000);
    CHECK(api.client->send("PUT", resources("dev-1", "3303/0/5750?timeoutMs=300"), R"({"value":"x"})").status ==
          504);
    CHECK(api.client->get(resources("dev-1", "3303/0/5700?timeoutMs=0")).status == 400);
}

TEST_CASE("a write converts JSON values with the object model's types", "[api]")
{
    LiveApi api;
    devicesim::DeviceConfig config;
    config.endpoint = "dev-1";
    auto* device = api.addDevice(config, false);
    addTypedValues(*device);
    device->start();
    REQUIRE(api.online("dev-1"));
    const auto valueOf = [&](LwM2mPath path) -> std::optional<Value> {
        const Value* value = device->objects().value(path);
        return value != nullptr ? std::optional(*value) : std::nullopt;
    };
    const QString url = resources("dev-1", "3/0");

    const HttpAnswer written = api.client->send(
        "PUT", url + QStringLiteral("?partial=true"),
        R"({"/3/0/14":"+02:00","/3/0/13":1700000000,"/3/0/15":"Europe/Paris"})");
    REQUIRE(written.status == 204);
    CHECK(valueOf(LwM2mPath(3, 0, 14)) == Value::string("+02:00"));
    CHECK(valueOf(LwM2mPath(3, 0, 15)) == Value::string("Europe/Paris"));
    // The device's clock now runs from the written time.
    const HttpAnswer clock = api.client->get(resources("dev-1", "3/0/13"));
    CHECK(clock.json()["values"].toObject()["/3/0/13"].toInteger() >= 1'700'000'000);
    CHECK(clock.json()["values"].toObject()["/3/0/13"].toInteger() < 1'700'000'060);

    CHECK(api.client->send("PUT", resources("dev-1", "3/0/14"), R"({"value":"+03:00"})").status == 204);
    CHECK(valueOf(LwM2mPath(3, 0, 14)) == Value::string("+03:00"));

    device->objects().set(LwM2mPath(1, 0, 6), Value::boolean(false));
    CHECK(api.client->send("PUT", resources("dev-1", "1/0?partial=true"),
                           R"({"values":{"/1/0/1":600,"/1/0/6":true}})")
              .status == 204);
    CHECK(valueOf(LwM2mPath(1, 0, 1)) == Value::integer(600));
    CHECK(valueOf(LwM2mPath(1, 0, 6)) == Value::boolean(true));
    // A new lifetime is announced by the device in an Update, so the engine sees it too.
    CHECK(waitUntil([&] { return api.client->get(LiveApi::devicePath("dev-1")).json()["lifetime"].toInt() == 600; }));

    // Every type, converted from JSON and read back from the device.
    REQUIRE(api.client->send("PUT", resources("dev-1", "32769/0?partial=true"),
                             R"({"/32769/0/0":"written","/32769/0/1":-7,"/32769/0/2":4000000000,)"
                             R"("/32769/0/3":-1.25,"/32769/0/4":false,"/32769/0/5":"3q2+7w==",)"
                             R"("/32769/0/6":1600000000,"/32769/0/7":"3303:1","/32769/0/8/5":9})")
                .status == 204);
    CHECK(valueOf(LwM2mPath(kTypesObject, 0, 0)) == Value::string("written"));
    CHECK(valueOf(LwM2mPath(kTypesObject, 0, 1)) == Value::integer(-7));
    CHECK(valueOf(LwM2mPath(kTypesObject, 0, 2)) == Value::unsignedInteger(4'000'000'000));
    CHECK(valueOf(LwM2mPath(kTypesObject, 0, 3)) == Value::floating(-1.25));
    CHECK(valueOf(LwM2mPath(kTypesObject, 0, 4)) == Value::boolean(false));
    CHECK(valueOf(LwM2mPath(kTypesObject, 0, 5)) == Value::opaque({0xde, 0xad, 0xbe, 0xef}));
    CHECK(valueOf(LwM2mPath(kTypesObject, 0, 6)) == Value::time(1'600'000'000));
    CHECK(valueOf(LwM2mPath(kTypesObject, 0, 7)) == Value::objectLink({3303, 1}));
    // A partial update merges resource instances; a replace keeps only the written ones.
    CHECK(valueOf(LwM2mPath(kTypesObject, 0, 8, 0)) == Value::integer(1));
    CHECK(valueOf(LwM2mPath(kTypesObject, 0, 8, 5)) == Value::integer(9));
    CHECK(api.client->send("PUT", resources("dev-1", "32769/0/8"), R"({"/32769/0/8/2":3})").status == 204);
    CHECK(!valueOf(LwM2mPath(kTypesObject, 0, 8, 0)));
    CHECK(!valueOf(LwM2mPath(kTypesObject, 0, 8, 5)));
    CHECK(valueOf(LwM2mPath(kTypesObject, 0, 8, 2)) == Value::integer(3));

    const HttpAnswer typeMismatch = api.client->send("PUT", url, R"({"/3/0/13":"yesterday"})");
    CHECK(typeMismatch.status == 400);
    CHECK(typeMismatch.errorMessage().contains(QStringLiteral("/3/0/13")));
    CHECK(api.client->send("PUT", url, R"({"/3/0/14": )").status == 400);
    CHECK(api.client->send("PUT", url, R"(["/3/0/14"])").status == 400);
    CHECK(api.client->send("PUT", url, R"({})").status == 400);
    CHECK(api.client->send("PUT", url, R"({"/4/0/1":1})").status == 400);
    CHECK(api.client->send("PUT", url, R"({"/3/0":1})").status == 400);
    CHECK(api.client->send("PUT", resources("dev-1", "32769/0/7"), R"({"value":"3303"})").status == 400);
    CHECK(api.client->send("PUT", resources("nobody", "3/0"), R"({"/3/0/14":"+01"})").status == 404);
    // None of the refused writes changed the device.
    CHECK(valueOf(LwM2mPath(3, 0, 14)) == Value::string("+03:00"));
    CHECK(valueOf(LwM2mPath(kTypesObject, 0, 7)) == Value::objectLink({3303, 1}));

    // The device refuses writes to read-only resources with 4.05.
    CHECK(api.client->send("PUT", resources("dev-1", "3/0/0"), R"({"value":"Other"})").status == 422);
    CHECK(valueOf(LwM2mPath(3, 0, 0)) == Value::string("Hangar"));
}

TEST_CASE("execute passes text or JSON arguments and needs a resource path", "[api]")
{
    LiveApi api;
    const auto probe = api.addProbe("dev-1", "</1/0>,</3/0>");
    const QString reboot = resources("dev-1", "3/0/4");
    const auto lastArguments = [&] {
        const auto executes = probe->requestsTo(coap::Method::Post, "/3/0/4");
        return executes.empty() ? std::string("<none>") : payloadText(executes.back());
    };
    CHECK(api.client->send("POST", reboot).status == 204);
    CHECK(probe->requestsTo(coap::Method::Post, "/3/0/4").size() == 1);
    CHECK(lastArguments().empty());
    CHECK(api.client->send("POST", reboot, "0='now'", "text/plain").status == 204);
    CHECK(lastArguments() == "0='now'");
    CHECK(api.client->send("POST", reboot, R"({"arguments":"1='x'"})").status == 204);
    CHECK(lastArguments() == "1='x'");
    CHECK(api.client->send("POST", reboot, R"({"arguments":5})").status == 400);
    CHECK(api.client->send("POST", resources("dev-1", "3/0")).status == 400);
    CHECK(probe->requestsTo(coap::Method::Post, "/3/0/4").size() == 3);
    CHECK(probe->requestsTo(coap::Method::Post, "/3/0").empty());

    // A simulated device refuses to execute a readable resource.
    api.addDevice("sim-1");
    REQUIRE(api.online("sim-1"));
    CHECK(api.client->send("POST", resources("sim-1", "3/0/0")).status == 422);
}

TEST_CASE("observe takes attributes from the body or the query, and can be cancelled", "[api]")
{
    LiveApi api;
    const auto probe = api.addProbe("dev-1", "</1/0>,</3303/0>");
    const LwM2mPath sensor(3303, 0, 5700);
    probe->setHandler([&](const coap::IncomingRequest& request) -> std::optional<coap::Answer> {
        if (request.method != coap::Method::Get)
            return ProbeDevice::code(coap::ResponseCode::Changed);
        coap::Answer answer = probe->valuesAnswer(request, {{sensor, Value::floating(21.5), std::nullopt}});
        answer.acceptObservation = request.observe == coap::kObserveRegister;
        return answer;
    });
    const QString observe = resources("dev-1", "3303/0/5700/observe");

    const HttpAnswer started = api.client->send("POST", observe, R"({"pmin":1,"pmax":30,"st":0.5})");
    REQUIRE(started.status == 200);
    CHECK(started.json()["values"].toObject()["/3303/0/5700"].toDouble() == 21.5);
    // Write-Attributes went first, then the Observe.
    auto attributes = probe->requestsTo(coap::Method::Put, "/3303/0/5700");
    REQUIRE(attributes.size() == 1);
    CHECK(attributes[0].uriQuery == std::vector<std::string>{"pmin=1", "pmax=30", "st=0.5"});
    auto observes = probe->requestsTo(coap::Method::Get, "/3303/0/5700");
    REQUIRE(observes.size() == 1);
    CHECK(observes[0].observe == coap::kObserveRegister);

    REQUIRE(api.client->send("POST", observe + QStringLiteral("?gt=30&lt=10")).status == 200);
    attributes = probe->requestsTo(coap::Method::Put, "/3303/0/5700");
    REQUIRE(attributes.size() == 2);
    CHECK(attributes[1].uriQuery == std::vector<std::string>{"gt=30", "lt=10"});

    // Without attributes there is no Write-Attributes at all.
    REQUIRE(api.client->send("POST", observe).status == 200);
    CHECK(probe->requestsTo(coap::Method::Put, "/3303/0/5700").size() == 2);
    CHECK(probe->requestsTo(coap::Method::Get, "/3303/0/5700").size() == 3);

    CHECK(api.client->send("POST", observe, R"({"pmin":"soon"})").status == 400);
    CHECK(api.client->send("POST", observe + QStringLiteral("?pmax=-1")).status == 400);

    CHECK(api.client->send("DELETE", observe).status == 204);
    // The cancel reaches the device as a GET with Observe=1 (RFC 7641 §3.6).
    REQUIRE(probe->waitForRequests(coap::Method::Get, "/3303/0/5700", 4));
    const auto gets = probe->requestsTo(coap::Method::Get, "/3303/0/5700");
    CHECK(gets.back().observe == coap::kObserveDeregister);
    CHECK(probe->requestsTo(coap::Method::Put, "/3303/0/5700").size() == 2);
    CHECK(api.client->send("DELETE", observe).status == 404);

    // A simulated device serves the observation and stops when it is cancelled.
    auto* device = api.addDevice("sim-1");
    REQUIRE(api.online("sim-1"));
    REQUIRE(api.client->send("POST", resources("sim-1", "3303/0/5700/observe"), R"({"pmax":5})").status == 200);
    CHECK(device->observationCount() == 1);
    CHECK(api.client->send("DELETE", resources("sim-1", "3303/0/5700/observe")).status == 204);
    CHECK(waitUntil([&] { return device->observationCount() == 0; }));
}
