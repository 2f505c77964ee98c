#include "engine_test_support.h"

#include "lwm2m/codec.h"

#include <mutex>

using namespace hangar;
using namespace hangar::engine;
using namespace hangar::engine::test;
using coap::ResponseCode;

namespace {

std::string locationId(const coap::Response& response)
{
    REQUIRE(response.locationPath.size() == 2);
    CHECK(response.locationPath[0] == "rd");
    return response.locationPath[1];
}

} // namespace

TEST_CASE("register with only ep applies the LwM2M defaults and stores the device", "[engine]")
{
    TestEngine engine;
    RawDevice device(engine->coapPort());
    auto answer = device.registerWith({"ep=node-1"});
    REQUIRE(answer.has_value());
    CHECK(answer->code == ResponseCode::Created);
    const std::string id = locationId(*answer);
    CHECK(id.size() == 8);

    auto stored = engine.storedDevice("node-1");
    REQUIRE(stored.has_value());
    CHECK(stored->registrationId == id);
    CHECK(stored->lifetimeSec == 86400);
    CHECK(stored->lwm2mVersion == "1.0");
    CHECK(stored->binding == "U");
    CHECK_FALSE(stored->queueMode);
    CHECK(stored->objectLinks == "</1/0>,</3/0>");
    CHECK(stored->status == store::DeviceStatus::Registered);
    CHECK(engine.events("registered").size() == 1);
    CHECK(engine->health().devicesOnline == 1);
}

TEST_CASE("register stores lifetime, version, binding and queue mode as announced", "[engine]")
{
    TestEngine engine;
    RawDevice device(engine->coapPort());
    auto answer = device.registerWith({"ep=node-2", "lt=300", "lwm2m=1.1", "b=U", "Q"});
    REQUIRE(answer.has_value());
    CHECK(answer->code == ResponseCode::Created);
    auto stored = engine.storedDevice("node-2");
    REQUIRE(stored.has_value());
    CHECK(stored->lifetimeSec == 300);
    CHECK(stored->lwm2mVersion == "1.1");
    CHECK(stored->queueMode);
}

TEST_CASE("a client announcing LwM2M 1.2 gets 4.12 so that it falls back to 1.1", "[engine]")
{
    TestEngine engine;
    RawDevice device(engine->coapPort());
    auto refused = device.registerWith({"ep=node-3", "lwm2m=1.2"});
    REQUIRE(refused.has_value());
    CHECK(refused->code == ResponseCode::PreconditionFailed);
    CHECK_FALSE(engine.storedDevice("node-3").has_value());
    CHECK(engine.events("registration-refused").size() == 1);

    auto fallback = device.registerWith({"ep=node-3", "lwm2m=1.1"});
    REQUIRE(fallback.has_value());
    CHECK(fallback->code == ResponseCode::Created);
}

TEST_CASE("malformed registrations get 4.00, an event, and the engine keeps serving", "[engine]")
{
    TestEngine engine;
    RawDevice device(engine->coapPort());
    const auto [query, links] = GENERATE(table<std::vector<std::string>, std::string>({
        {{"lt=60"}, "</1/0>"},               // no ep
        {{"ep="}, "</1/0>"},                 // empty ep
        {{"ep=a", "ep=b"}, "</1/0>"},        // repeated ep
        {{"ep=bad", "lt=abc"}, "</1/0>"},    // non-numeric lifetime
        {{"ep=bad", "lt=0"}, "</1/0>"},      // zero lifetime
        {{"ep=bad", "lt=-5"}, "</1/0>"},     // negative lifetime
        {{"ep=bad", "b=XYZ"}, "</1/0>"},     // unknown binding
        {{"ep=bad", "lwm2m=one"}, "</1/0>"}, // not a version
        {{"ep=bad"}, "</1/0"},               // unterminated link
        {{"ep=bad"}, "garbage\xff\x00"},     // not link format
        {{"ep=bad"}, "</1/0>,</1/0>"},       // object listed twice
        {{"ep=bad"}, "</abc>"},              // not an object path
        {{"ep=bad\xff"}, "</1/0>"},          // endpoint not UTF-8
        {{"ep=bad\xc2\x85"}, "</1/0>"},      // endpoint with a C1 control character
        {{"ep=bad\x01"}, "</1/0>"},          // endpoint with a C0 control character
    }));
    auto answer = device.registerWith(query, links);
    REQUIRE(answer.has_value());
    CHECK(answer->code == ResponseCode::BadRequest);
    CHECK(engine.events("malformed-request").size() == 1);

    auto good = device.registerWith({"ep=good"});
    REQUIRE(good.has_value());
    CHECK(good->code == ResponseCode::Created);
}

TEST_CASE("an endpoint name that is not UTF-8 is refused and stored nowhere", "[engine]")
{
    TestEngine engine;
    RawDevice device(engine->coapPort());
    auto refused = device.registerWith({"ep=bad\xff"});
    REQUIRE(refused.has_value());
    CHECK(refused->code == ResponseCode::BadRequest);
    CHECK(text(refused->payload).find("not valid UTF-8") != std::string::npos);
    CHECK_FALSE(engine.storedDevice("bad\xff").has_value());
    // UTF-8 names register as they are.
    auto accepted = device.registerWith({"ep=Pumpe-S\xc3\xbc"
                                         "d"});
    REQUIRE(accepted.has_value());
    CHECK(accepted->code == ResponseCode::Created);
    CHECK(engine
              .storedDevice("Pumpe-S\xc3\xbc"
                            "d")
              .has_value());
}

TEST_CASE("update refreshes the registration and an unknown id gets 4.04", "[engine]")
{
    TestEngine engine;
    RawDevice device(engine->coapPort());
    auto registered = device.registerWith({"ep=node-4", "lt=60"});
    REQUIRE(registered.has_value());
    const std::string id = locationId(*registered);

    auto updated = device.update(id, {"lt=120", "b=UQ"});
    REQUIRE(updated.has_value());
    CHECK(updated->code == ResponseCode::Changed);
    auto stored = engine.storedDevice("node-4");
    REQUIRE(stored.has_value());
    CHECK(stored->lifetimeSec == 120);
    CHECK(stored->binding == "UQ");
    CHECK(stored->queueMode);
    CHECK(engine.events("updated").size() == 1);

    auto unknown = device.update("0badf00d");
    REQUIRE(unknown.has_value());
    CHECK(unknown->code == ResponseCode::NotFound);
    auto nonsense = device.update("not-an-id");
    REQUIRE(nonsense.has_value());
    CHECK(nonsense->code == ResponseCode::NotFound);
}

TEST_CASE("de-register answers 2.02 and marks the device offline", "[engine]")
{
    TestEngine engine;
    RawDevice device(engine->coapPort());
    auto registered = device.registerWith({"ep=node-5"});
    REQUIRE(registered.has_value());
    const std::string id = locationId(*registered);
    auto deleted = device.deregister(id);
    REQUIRE(deleted.has_value());
    CHECK(deleted->code == ResponseCode::Deleted);
    auto stored = engine.storedDevice("node-5");
    REQUIRE(stored.has_value());
    CHECK(stored->status == store::DeviceStatus::Offline);
    CHECK(engine.events("deregistered").size() == 1);
    CHECK(engine->health().devicesOnline == 0);

    auto again = device.deregister(id);
    REQUIRE(again.has_value());
    CHECK(again->code == ResponseCode::NotFound);
}

TEST_CASE("a registration whose lifetime runs out expires and the device goes offline", "[engine]")
{
    TestEngine engine;
    RawDevice device(engine->coapPort());
    auto registered = device.registerWith({"ep=node-6", "lt=1"});
    REQUIRE(registered.has_value());
    const std::string id = locationId(*registered);
    CHECK(engine.waitForStatus("node-6", store::DeviceStatus::Offline, 4000ms));
    CHECK(engine.events("expired").size() == 1);
    auto late = device.update(id);
    REQUIRE(late.has_value());
    CHECK(late->code == ResponseCode::NotFound);
}

TEST_CASE("updates keep a short-lived registration alive", "[engine]")
{
    TestEngine engine;
    RawDevice device(engine->coapPort());
    auto registered = device.registerWith({"ep=node-7", "lt=1"});
    REQUIRE(registered.has_value());
    const std::string id = locationId(*registered);
    for (int i = 0; i < 4; ++i) {
        spin(500ms);
        auto updated = device.update(id);
        REQUIRE(updated.has_value());
        CHECK(updated->code == ResponseCode::Changed);
    }
    CHECK(engine.events("expired").empty());
}

TEST_CASE("re-registering an endpoint replaces the old registration", "[engine]")
{
    TestEngine engine;
    RawDevice first(engine->coapPort());
    auto one = first.registerWith({"ep=node-8"});
    REQUIRE(one.has_value());
    RawDevice second(engine->coapPort());
    auto two = second.registerWith({"ep=node-8"});
    REQUIRE(two.has_value());
    CHECK(two->code == ResponseCode::Created);
    CHECK(locationId(*one) != locationId(*two));

    auto old = first.update(locationId(*one));
    REQUIRE(old.has_value());
    CHECK(old->code == ResponseCode::NotFound);
    auto current = second.update(locationId(*two));
    REQUIRE(current.has_value());
    CHECK(current->code == ResponseCode::Changed);
    CHECK(engine->health().devicesOnline == 1);
}

TEST_CASE("an update from a new session moves the registration to it", "[engine]")
{
    TestEngine engine;
    RawDevice before(engine->coapPort());
    before.setHandler([](const coap::IncomingRequest&) -> std::optional<coap::Answer> {
        coap::Answer answer;
        answer.response.code = ResponseCode::Content;
        answer.response.contentFormat = 0;
        answer.response.payload = bytes("old");
        return answer;
    });
    auto registered = before.registerWith({"ep=node-9"}, "</1/0>");
    REQUIRE(registered.has_value());
    RawDevice after(engine->coapPort());
    after.setHandler([](const coap::IncomingRequest&) -> std::optional<coap::Answer> {
        coap::Answer answer;
        answer.response.code = ResponseCode::Content;
        answer.response.contentFormat = 0;
        answer.response.payload = bytes("new");
        return answer;
    });
    auto updated = after.update(locationId(*registered));
    REQUIRE(updated.has_value());
    CHECK(updated->code == ResponseCode::Changed);

    Outcome<ReadResult> read;
    ReadOptions options;
    options.format = lwm2m::ContentFormat::Text;
    engine->read("node-9", lwm2m::LwM2mPath(3, 0, 0), options, read.callback());
    auto result = read.get();
    REQUIRE(result.has_value());
    REQUIRE(result->values.size() == 1);
    CHECK(result->values[0].value.asString() == "new");
}

TEST_CASE("plain CoAP refuses a non-loopback address unless explicitly allowed", "[engine]")
{
    QTemporaryDir dir;
    EngineConfig config;
    config.dataDir = dir.path().toStdString();
    config.coap = ListenAddress{"0.0.0.0", 0};
    config.coaps.reset();
    auto refused = LocalEngine::start(config);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::SecurityFailure);
    // The message names the flag that exists in both programs.
    CHECK(refused.error().message.find("--allow-insecure-coap") != std::string::npos);

    config.allowInsecureCoap = true;
    auto allowed = LocalEngine::start(config);
    INFO((allowed ? std::string() : allowed.error().message));
    CHECK(allowed.has_value());
}

TEST_CASE("requests to paths other than /rd get 4.04 and registration methods are checked", "[engine]")
{
    TestEngine engine;
    RawDevice device(engine->coapPort());
    coap::Request other;
    other.uriPath = {"bs"};
    other.method = coap::Method::Post;
    auto notFound = device.send(other);
    REQUIRE(notFound.has_value());
    CHECK(notFound->code == ResponseCode::NotFound);
    coap::Request get;
    get.uriPath = {"rd"};
    auto wrongMethod = device.send(get);
    REQUIRE(wrongMethod.has_value());
    CHECK(wrongMethod->code == ResponseCode::MethodNotAllowed);
}

TEST_CASE("devicesChanged comes once the change can be read back", "[engine]")
{
    TestEngine engine;
    std::mutex mutex; // the signal comes on the engine thread; read at once, right there
    std::vector<std::pair<std::string, bool>> seen; // endpoint, readable when announced
    QObject::connect(engine.engine.get(), &Engine::devicesChanged, engine.engine.get(),
                     [&](const std::vector<std::string>& endpoints) {
                         const std::lock_guard lock(mutex);
                         for (const std::string& endpoint : endpoints) {
                             auto stored = engine->device(endpoint);
                             seen.emplace_back(endpoint, stored.has_value() &&
                                                             stored->status == store::DeviceStatus::Registered);
                         }
                     },
                     Qt::DirectConnection);
    RawDevice device(engine->coapPort());
    REQUIRE(device.registerWith({"ep=announced"}).has_value());
    REQUIRE(waitFor([&] {
        const std::lock_guard lock(mutex);
        return !seen.empty();
    }));
    const std::lock_guard lock(mutex);
    for (const auto& [endpoint, readable] : seen) {
        INFO(endpoint);
        CHECK(readable);
    }
}

TEST_CASE("a device whose /3/0 read failed is read again on its next update", "[engine]")
{
    TestEngine engine;
    RawDevice device(engine->coapPort());
    const lwm2m::LwM2mPath deviceObject(3, 0);
    const lwm2m::LwM2mPath model(3, 0, 1);
    auto identity = lwm2m::encode(lwm2m::ContentFormat::SenmlJson, deviceObject,
                                  {{model, lwm2m::Value::string("meter-7"), std::nullopt}}, engine->models());
    REQUIRE(identity.has_value());
    int reads = 0;
    device.setHandler([&](const coap::IncomingRequest& request) -> std::optional<coap::Answer> {
        coap::Answer answer;
        if (request.uriPath != std::vector<std::string>{"3", "0"}) {
            answer.response.code = ResponseCode::NotFound;
            return answer;
        }
        // The first read fails the way an overloaded device fails; later ones answer.
        if (++reads == 1) {
            answer.response.code = ResponseCode::ServiceUnavailable;
            return answer;
        }
        answer.response.code = ResponseCode::Content;
        answer.response.contentFormat = static_cast<std::uint16_t>(lwm2m::ContentFormat::SenmlJson);
        answer.response.payload.assign(identity->begin(), identity->end());
        return answer;
    });
    auto registered = device.registerWith({"ep=meter-7", "lwm2m=1.1"});
    REQUIRE(registered.has_value());
    const std::string id = locationId(*registered);
    REQUIRE(waitFor([&] { return engine.events("request-failed").size() == 1; }, 5000ms));
    CHECK_FALSE(engine.storedDevice("meter-7")->model.has_value());

    auto updated = device.update(id);
    REQUIRE(updated.has_value());
    REQUIRE(waitFor([&] { return engine.storedDevice("meter-7")->model == std::optional<std::string>("meter-7"); },
                    5000ms));
    CHECK(reads == 2);

    // Once known, updates leave the device alone.
    REQUIRE(device.update(id).has_value());
    CHECK_FALSE(waitFor([&] { return reads > 2; }, 500ms));
}
