#include "engine_test_support.h"

#include "lwm2m/codec.h"

using namespace hangar;
using namespace hangar::engine;
using namespace hangar::engine::test;
using coap::ResponseCode;

namespace {

/// Answers GET /3/0 with a TLV Device object and remembers what it was asked.
struct DeviceObjectResponder
{
    const lwm2m::ObjectRegistry& models;
    std::vector<coap::IncomingRequest> seen;

    std::optional<coap::Answer> operator()(const coap::IncomingRequest& request)
    {
        seen.push_back(request);
        coap::Answer answer;
        if (request.uriPath == std::vector<std::string>{"3", "0"} && request.method == coap::Method::Get) {
            lwm2m::PathValues values = {
                {lwm2m::LwM2mPath(3, 0, 0), lwm2m::Value::string("Acme"), std::nullopt},
                {lwm2m::LwM2mPath(3, 0, 1), lwm2m::Value::string("Widget"), std::nullopt},
                {lwm2m::LwM2mPath(3, 0, 2), lwm2m::Value::string("SN-42"), std::nullopt},
                {lwm2m::LwM2mPath(3, 0, 3), lwm2m::Value::string("2.0.1"), std::nullopt},
            };
            auto payload = lwm2m::encode(lwm2m::ContentFormat::Tlv, lwm2m::LwM2mPath(3, 0), values, models);
            REQUIRE(payload.has_value());
            answer.response.code = ResponseCode::Content;
            answer.response.contentFormat = static_cast<std::uint16_t>(lwm2m::ContentFormat::Tlv);
            answer.response.payload = *payload;
            return answer;
        }
        answer.response.code = ResponseCode::NotFound;
        return answer;
    }
};

} // namespace

TEST_CASE("after registration the engine reads /3/0 into the device record", "[engine]")
{
    TestEngine engine;
    RawDevice device(engine->coapPort());
    auto responder = std::make_shared<DeviceObjectResponder>(DeviceObjectResponder{engine->models(), {}});
    device.setHandler([responder](const coap::IncomingRequest& request) { return (*responder)(request); });
    auto registered = device.registerWith({"ep=info-1"});
    REQUIRE(registered.has_value());
    REQUIRE(waitFor([&] {
        auto stored = engine.storedDevice("info-1");
        return stored && stored->manufacturer.has_value();
    }));
    auto stored = engine.storedDevice("info-1");
    CHECK(stored->manufacturer == "Acme");
    CHECK(stored->model == "Widget");
    CHECK(stored->serialNumber == "SN-42");
    CHECK(stored->firmwareVersion == "2.0.1");
    REQUIRE_FALSE(responder->seen.empty());
    CHECK(responder->seen.front().accept == static_cast<std::uint16_t>(lwm2m::ContentFormat::Tlv));
}

TEST_CASE("device error codes map onto the facade's errors", "[engine]")
{
    TestEngine engine;
    RawDevice device(engine->coapPort());
    const auto [code, expected] = GENERATE(table<ResponseCode, ErrorCode>({
        {ResponseCode::NotFound, ErrorCode::NotFound},
        {ResponseCode::BadRequest, ErrorCode::InvalidArgument},
        {ResponseCode::MethodNotAllowed, ErrorCode::Unsupported},
        {ResponseCode::NotAcceptable, ErrorCode::Unsupported},
        {ResponseCode::Unauthorized, ErrorCode::SecurityFailure},
        {ResponseCode::InternalServerError, ErrorCode::IoFailure},
    }));
    device.setHandler([code](const coap::IncomingRequest&) -> std::optional<coap::Answer> {
        coap::Answer answer;
        answer.response.code = code;
        return answer;
    });
    REQUIRE(device.registerWith({"ep=errors"}, "</1/0>").has_value());
    Outcome<void> executed;
    engine->execute("errors", lwm2m::LwM2mPath(3, 0, 4), "", executed.callback());
    auto result = executed.get();
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().code == expected);

    Outcome<ReadResult> unknown;
    engine->read("nobody", lwm2m::LwM2mPath(3, 0), {}, unknown.callback());
    auto missing = unknown.get();
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().code == ErrorCode::NotFound);
}

TEST_CASE("a request to a silent device fails with Timeout", "[engine]")
{
    TestEngine engine([](EngineConfig& config) { config.transport.ackTimeout = 200ms; });
    RawDevice device(engine->coapPort());
    device.setHandler([](const coap::IncomingRequest&) -> std::optional<coap::Answer> { return std::nullopt; });
    REQUIRE(device.registerWith({"ep=silent"}, "</1/0>").has_value());
    Outcome<ReadResult> read;
    ReadOptions options;
    options.timeout = 500ms;
    engine->read("silent", lwm2m::LwM2mPath(1, 0), options, read.callback());
    auto result = read.get();
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().code == ErrorCode::Timeout);
}

TEST_CASE("requests for a sleeping queue-mode device wait for its next update", "[engine]")
{
    TestEngine engine([](EngineConfig& config) {
        config.awakeWindow = 200ms;
        config.maxQueuedPerDevice = 2;
    });
    RawDevice device(engine->coapPort());
    int served = 0;
    device.setHandler([&served](const coap::IncomingRequest&) -> std::optional<coap::Answer> {
        ++served;
        coap::Answer answer;
        answer.response.code = ResponseCode::Content;
        answer.response.contentFormat = 0;
        answer.response.payload = bytes("42");
        return answer;
    });
    auto registered = device.registerWith({"ep=sleepy", "lwm2m=1.1", "Q"}, "</1/0>");
    REQUIRE(registered.has_value());
    REQUIRE(engine.waitForStatus("sleepy", store::DeviceStatus::Sleeping, 3000ms));
    CHECK(engine->health().devicesSleeping == 1);

    ReadOptions options;
    options.format = lwm2m::ContentFormat::Text;
    Outcome<ReadResult> first;
    Outcome<ReadResult> second;
    Outcome<ReadResult> overflow;
    engine->read("sleepy", lwm2m::LwM2mPath(1, 0, 1), options, first.callback());
    engine->read("sleepy", lwm2m::LwM2mPath(1, 0, 1), options, second.callback());
    engine->read("sleepy", lwm2m::LwM2mPath(1, 0, 1), options, overflow.callback());
    auto over = overflow.get();
    REQUIRE_FALSE(over.has_value());
    CHECK(over.error().code == ErrorCode::LimitExceeded);
    spin(300ms);
    CHECK(served == 0);

    REQUIRE(device.update(registered->locationPath[1]).has_value());
    auto value = first.get();
    REQUIRE(value.has_value());
    REQUIRE(value->values.size() == 1);
    CHECK(value->values[0].value.asInteger() == 42);
    CHECK(second.get().has_value());
    CHECK(served == 2);
}

TEST_CASE("a queued request expires with a clear Timeout when the device stays asleep", "[engine]")
{
    TestEngine engine([](EngineConfig& config) { config.awakeWindow = 100ms; });
    RawDevice device(engine->coapPort());
    REQUIRE(device.registerWith({"ep=dozing", "Q"}, "</1/0>").has_value());
    REQUIRE(engine.waitForStatus("dozing", store::DeviceStatus::Sleeping, 3000ms));
    Outcome<void> executed;
    engine->execute("dozing", lwm2m::LwM2mPath(1, 0, 8), "", executed.callback());
    // The facade's execute uses the configured request timeout (3 s in tests).
    auto result = executed.get(6000ms);
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().code == ErrorCode::Timeout);
    CHECK(result.error().message.find("queued for sleeping device 'dozing'") != std::string::npos);
}

TEST_CASE("notifications reach the value cache and the telemetry series", "[engine]")
{
    TestEngine engine;
    RawDevice device(engine->coapPort());
    coap::ObservationId observation = 0;
    device.setHandler([&](const coap::IncomingRequest& request) -> std::optional<coap::Answer> {
        coap::Answer answer;
        answer.response.code = ResponseCode::Content;
        answer.response.contentFormat = 0;
        answer.response.payload = bytes("20.5");
        if (request.observation != 0) {
            observation = request.observation;
            answer.acceptObservation = true;
        }
        return answer;
    });
    REQUIRE(device.registerWith({"ep=sensor"}, "</3303/0>").has_value());
    const lwm2m::LwM2mPath temperature(3303, 0, 5700);
    Outcome<ReadResult> observed;
    engine->observe("sensor", temperature, {}, observed.callback());
    auto first = observed.get();
    INFO((first ? std::string() : first.error().message));
    REQUIRE(first.has_value());
    REQUIRE(observation != 0);
    for (const char* value : {"21.0", "22.5", "23.0"}) {
        coap::Response notification;
        notification.code = ResponseCode::Content;
        notification.contentFormat = 0;
        notification.payload = bytes(value);
        REQUIRE(device.context.notify(observation, notification).has_value());
        spin(20ms);
    }
    store::SampleQuery query;
    query.endpoint = "sensor";
    query.path = temperature;
    query.toMs = std::numeric_limits<std::int64_t>::max();
    REQUIRE(waitFor([&] {
        (void)engine->flushStore();
        auto samples = engine->telemetry(query);
        return samples && samples->size() == 4;
    }));
    auto samples = engine->telemetry(query);
    CHECK(samples->back().value.asFloat() == Approx(23.0));

    Outcome<ReadResult> cached;
    ReadOptions cacheOnly;
    cacheOnly.cacheOnly = true;
    engine->read("sensor", temperature, cacheOnly, cached.callback());
    auto fromCache = cached.get();
    REQUIRE(fromCache.has_value());
    CHECK(fromCache->fromCache);
    REQUIRE(fromCache->values.size() == 1);
    CHECK(fromCache->values[0].value.asFloat() == Approx(23.0));

    Outcome<void> cancelled;
    engine->cancelObservation("sensor", temperature, cancelled.callback());
    CHECK(cancelled.get().has_value());
    Outcome<void> again;
    engine->cancelObservation("sensor", temperature, again.callback());
    CHECK(again.get().error().code == ErrorCode::NotFound);
}

TEST_CASE("the engine talks to a device in the best format its root link announced", "[engine]")
{
    TestEngine engine;
    RawDevice device(engine->coapPort());
    std::vector<std::optional<std::uint16_t>> accepts;
    device.setHandler([&](const coap::IncomingRequest& request) -> std::optional<coap::Answer> {
        accepts.push_back(request.accept);
        coap::Answer answer;
        answer.response.code = ResponseCode::NotFound;
        return answer;
    });
    REQUIRE(device.registerWith({"ep=formats", "lwm2m=1.1"}, "</>;rt=\"oma.lwm2m\";ct=\"110 112 11542\",</3/0>")
                .has_value());
    REQUIRE(waitFor([&] { return !accepts.empty(); }));
    CHECK(accepts.front() == static_cast<std::uint16_t>(lwm2m::ContentFormat::SenmlCbor));
}

TEST_CASE("a create without values is refused before sending when the device announced no TLV", "[engine]")
{
    TestEngine engine;
    RawDevice device(engine->coapPort());
    std::vector<coap::Method> methods;
    device.setHandler([&](const coap::IncomingRequest& request) -> std::optional<coap::Answer> {
        methods.push_back(request.method);
        coap::Answer answer;
        answer.response.code = ResponseCode::NotFound;
        return answer;
    });
    REQUIRE(device.registerWith({"ep=senml-only", "lwm2m=1.1"}, "</>;rt=\"oma.lwm2m\";ct=\"110 112\",</3303>")
                .has_value());
    Outcome<lwm2m::LwM2mPath> created;
    engine->create("senml-only", lwm2m::LwM2mPath(3303),
                   {{lwm2m::LwM2mPath(3303, 2), lwm2m::Value(), std::nullopt}}, created.callback());
    auto result = created.get();
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().code == ErrorCode::Unsupported);
    CHECK(result.error().message.find("TLV") != std::string::npos);
    CHECK(std::ranges::find(methods, coap::Method::Post) == methods.end());
}

TEST_CASE("forgetting a device drops its registration and its stored record", "[engine]")
{
    TestEngine engine;
    RawDevice device(engine->coapPort());
    auto registered = device.registerWith({"ep=forget-me"}, "</1/0>");
    REQUIRE(registered.has_value());
    REQUIRE(engine.storedDevice("forget-me").has_value());
    Outcome<void> forgotten;
    engine->forgetDevice("forget-me", forgotten.callback());
    REQUIRE(forgotten.get().has_value());
    auto gone = engine.storedDevice("forget-me");
    REQUIRE_FALSE(gone.has_value());
    CHECK(gone.error().code == ErrorCode::NotFound);
    auto update = device.update(registered->locationPath[1]);
    REQUIRE(update.has_value());
    CHECK(update->code == ResponseCode::NotFound);
    CHECK(engine->health().devicesOnline == 0);
}
