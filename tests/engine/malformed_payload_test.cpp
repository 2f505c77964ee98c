// A device that answers with truncated or garbage payloads: the caller gets a clear error, the
// event log names what happened, nothing bad reaches the cache or telemetry, and the engine
// keeps serving the same device.
#include "engine_test_support.h"

#include "lwm2m/codec.h"
#include "lwm2m/ddf_loader.h"

#include <limits>

using namespace hangar;
using namespace hangar::engine;
using namespace hangar::engine::test;
using coap::ResponseCode;

namespace {

const lwm2m::LwM2mPath kTemperature(3303, 0, 5700);

/// What the device answers next: a code, an optional Content-Format and the payload bytes.
struct Reply
{
    ResponseCode code = ResponseCode::Content;
    std::optional<std::uint16_t> contentFormat;
    std::vector<std::uint8_t> payload;
};

Reply textReply(const std::string& value) { return {ResponseCode::Content, 0, bytes(value)}; }

/// A raw device registered as `endpoint` announcing only objects 1 and 3303 (so the engine does
/// not read /3/0 on its own); it answers every request with `reply` and remembers the
/// observation it accepted last.
struct ScriptedDevice
{
    ScriptedDevice(TestEngine& engine, const std::string& endpoint) : device(engine->coapPort())
    {
        device.setHandler([this](const coap::IncomingRequest& request) -> std::optional<coap::Answer> {
            coap::Answer answer;
            answer.response.code = reply.code;
            answer.response.contentFormat = reply.contentFormat;
            answer.response.payload = reply.payload;
            if (request.observation != 0) {
                observation = request.observation;
                answer.acceptObservation = true;
            }
            return answer;
        });
        auto registered = device.registerWith({"ep=" + endpoint, "lwm2m=1.1"}, "</1/0>,</3303/0>");
        REQUIRE(registered.has_value());
        REQUIRE(registered->code == ResponseCode::Created);
    }

    bool notify(const Reply& notification)
    {
        coap::Response response;
        response.code = notification.code;
        response.contentFormat = notification.contentFormat;
        response.payload = notification.payload;
        return device.context.notify(observation, response).has_value();
    }

    RawDevice device;
    Reply reply = textReply("21.5");
    coap::ObservationId observation = 0;
};

/// One bad payload: a name for the report, the Content-Format it claims and its bytes.
struct BadPayload
{
    std::string name;
    std::uint16_t contentFormat = 0;
    std::vector<std::uint8_t> payload;
    ErrorCode expected = ErrorCode::MalformedInput;
};

std::vector<std::uint8_t> validEncoding(lwm2m::ContentFormat format, const lwm2m::ObjectRegistry& models)
{
    auto encoded = lwm2m::encode(format, kTemperature,
                                 {{kTemperature, lwm2m::Value::floating(21.25), std::nullopt}}, models);
    REQUIRE(encoded.has_value());
    return {encoded->begin(), encoded->end()};
}

/// Truncated (half of a valid encoding) and garbage payloads in every format, a non-opaque
/// resource sent as opaque, and a Content-Format Hangar does not know.
std::vector<BadPayload> badPayloads()
{
    lwm2m::ObjectRegistry models;
    lwm2m::DdfLoader(models).loadBuiltin();
    const std::vector<std::uint8_t> garbage = bytes("\xff\xfe{not a payload]\x01\x02");
    std::vector<BadPayload> cases;
    for (const auto format : {lwm2m::ContentFormat::Tlv, lwm2m::ContentFormat::SenmlJson,
                              lwm2m::ContentFormat::SenmlCbor, lwm2m::ContentFormat::Lwm2mJson}) {
        const auto number = static_cast<std::uint16_t>(format);
        std::vector<std::uint8_t> truncated = validEncoding(format, models);
        truncated.resize(truncated.size() / 2);
        cases.push_back({"truncated " + std::to_string(number), number, truncated});
        cases.push_back({"garbage " + std::to_string(number), number, garbage});
    }
    cases.push_back({"garbage text", 0, garbage});
    cases.push_back({"text that is not a number", 0, bytes("twenty-one")});
    cases.push_back({"opaque for a float resource", 42, bytes("\x01\x02\x03\x04")});
    cases.push_back({"unknown content format", 9999, bytes("21.5"), ErrorCode::Unsupported});
    return cases;
}

std::vector<store::Sample> samplesOf(TestEngine& engine, const std::string& endpoint)
{
    REQUIRE(engine->flushStore().has_value());
    store::SampleQuery query;
    query.endpoint = endpoint;
    query.path = kTemperature;
    query.toMs = std::numeric_limits<std::int64_t>::max();
    auto samples = engine->telemetry(query);
    REQUIRE(samples.has_value());
    return *samples;
}

double cachedTemperature(TestEngine& engine, const std::string& endpoint)
{
    ReadOptions cacheOnly;
    cacheOnly.cacheOnly = true;
    Outcome<ReadResult> cached;
    engine->read(endpoint, kTemperature, cacheOnly, cached.callback());
    auto result = cached.get();
    REQUIRE(result.has_value());
    REQUIRE(result->values.size() == 1);
    return result->values[0].value.asFloat();
}

/// The last malformed-payload event names the endpoint, path and format and carries at most a
/// short hex prefix of the bytes.
void checkLastEvent(TestEngine& engine, std::size_t expectedCount, const std::string& endpoint,
                    const BadPayload& bad, const std::string& operation)
{
    std::vector<store::EventRecord> events;
    REQUIRE(waitFor([&] {
        events = engine.events("malformed-payload");
        return events.size() >= expectedCount;
    }));
    REQUIRE(events.size() == expectedCount);
    const store::EventRecord& event = events.back();
    INFO(event.detailsJson);
    CHECK(event.endpoint == endpoint);
    CHECK(event.detailsJson.find("\"path\":\"" + kTemperature.toString() + "\"") != std::string::npos);
    CHECK(event.detailsJson.find("\"contentFormat\":\"" + std::to_string(bad.contentFormat) + "\"") !=
          std::string::npos);
    CHECK(event.detailsJson.find("\"operation\":\"" + operation + "\"") != std::string::npos);
    CHECK(event.detailsJson.find("not a payload") == std::string::npos);
    CHECK(event.detailsJson.size() < 700);
}

} // namespace

TEST_CASE("malformed answers and notifications give a clear error and an event and the engine keeps serving",
          "[engine]")
{
    const BadPayload bad = GENERATE(from_range(badPayloads()));
    INFO(bad.name);
    TestEngine engine;
    const std::string endpoint = "mal-1";
    ScriptedDevice device(engine, endpoint);
    const Reply badReply{ResponseCode::Content, bad.contentFormat, bad.payload};

    // A read answered with the bad payload fails, then a good read of the same resource works.
    device.reply = badReply;
    Outcome<ReadResult> badRead;
    engine->read(endpoint, kTemperature, {}, badRead.callback());
    auto refused = badRead.get();
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == bad.expected);
    CHECK(refused.error().message.find(kTemperature.toString()) != std::string::npos);
    checkLastEvent(engine, 1, endpoint, bad, "read");

    device.reply = textReply("21.5");
    Outcome<ReadResult> goodRead;
    engine->read(endpoint, kTemperature, {}, goodRead.callback());
    auto read = goodRead.get();
    REQUIRE(read.has_value());
    REQUIRE(read->values.size() == 1);
    CHECK(read->values[0].value.asFloat() == Approx(21.5));

    // An observation whose first answer is bad fails like a read and stores no sample.
    device.reply = badReply;
    Outcome<ReadResult> badObserve;
    engine->observe(endpoint, kTemperature, {}, badObserve.callback());
    auto notObserved = badObserve.get();
    REQUIRE_FALSE(notObserved.has_value());
    CHECK(notObserved.error().code == bad.expected);
    checkLastEvent(engine, 2, endpoint, bad, "observe");
    CHECK(samplesOf(engine, endpoint).empty());

    device.reply = textReply("22.5");
    Outcome<ReadResult> observed;
    engine->observe(endpoint, kTemperature, {}, observed.callback());
    auto first = observed.get();
    REQUIRE(first.has_value());
    REQUIRE(device.observation != 0);
    REQUIRE(waitFor([&] { return samplesOf(engine, endpoint).size() == 1; }));

    // A bad notification is dropped (event, no sample, cache unchanged); the next good one of the
    // same observation is stored.
    REQUIRE(device.notify(badReply));
    checkLastEvent(engine, 3, endpoint, bad, "notification");
    CHECK(samplesOf(engine, endpoint).size() == 1);
    CHECK(cachedTemperature(engine, endpoint) == Approx(22.5));

    REQUIRE(device.notify(textReply("23.5")));
    REQUIRE(waitFor([&] { return samplesOf(engine, endpoint).size() == 2; }));
    CHECK(samplesOf(engine, endpoint).back().value.asFloat() == Approx(23.5));
    CHECK(cachedTemperature(engine, endpoint) == Approx(23.5));
}

TEST_CASE("a discover answer that is not valid link format is refused with an event", "[engine]")
{
    TestEngine engine;
    const auto [format, payload, expected] = GENERATE(table<std::uint16_t, std::string, ErrorCode>({
        {40, "</3303/0>,</3303/0/57", ErrorCode::MalformedInput},      // truncated
        {40, "</3303/0>;ver=\"1.1", ErrorCode::MalformedInput},        // unterminated quote
        {40, "\xff\xfe garbage <<<", ErrorCode::MalformedInput},       // not link format
        {40, "</3303/0>,", ErrorCode::MalformedInput},                 // trailing comma
        {0, "</3303/0>", ErrorCode::Unsupported},                      // not link format at all
        {9999, "</3303/0>", ErrorCode::Unsupported},                   // unknown format
    }));
    INFO(payload);
    ScriptedDevice device(engine, "disc-1");
    device.reply = Reply{ResponseCode::Content, format, bytes(payload)};
    Outcome<std::string> badDiscover;
    engine->discover("disc-1", lwm2m::LwM2mPath(3303, 0), badDiscover.callback());
    auto refused = badDiscover.get();
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == expected);
    std::vector<store::EventRecord> events;
    REQUIRE(waitFor([&] {
        events = engine.events("malformed-payload");
        return !events.empty();
    }));
    CHECK(events.size() == 1);
    CHECK(events.back().endpoint == "disc-1");
    CHECK(events.back().detailsJson.find("\"operation\":\"discover\"") != std::string::npos);
    CHECK(events.back().detailsJson.find("\"path\":\"/3303/0\"") != std::string::npos);

    const std::string links = "</3303/0>,</3303/0/5700>,</3303/0/5701>";
    device.reply = Reply{ResponseCode::Content, 40, bytes(links)};
    Outcome<std::string> goodDiscover;
    engine->discover("disc-1", lwm2m::LwM2mPath(3303, 0), goodDiscover.callback());
    auto discovered = goodDiscover.get();
    REQUIRE(discovered.has_value());
    CHECK(*discovered == links);
}

TEST_CASE("a Register whose payload is truncated or not link format gets 4.00 and an event", "[engine]")
{
    TestEngine engine;
    RawDevice device(engine->coapPort());
    const auto [format, links] = GENERATE(table<std::optional<std::uint16_t>, std::string>({
        {40, "</1/0>,<"},                      // cut inside the second link
        {40, "</1/0>,</3/0>;ct=\"110"},        // cut inside a quoted value
        {40, "</1/0>;"},                       // cut before a parameter
        {0, "</1/0>"},                         // declared as text
        {9999, "</1/0>"},                      // a format nobody knows
    }));
    INFO(links);
    coap::Request request;
    request.method = coap::Method::Post;
    request.uriPath = {"rd"};
    request.uriQuery = {"ep=trunc-1"};
    request.contentFormat = format;
    request.payload = bytes(links);
    auto answer = device.send(std::move(request));
    REQUIRE(answer.has_value());
    CHECK(answer->code == ResponseCode::BadRequest);
    CHECK_FALSE(text(answer->payload).empty());
    CHECK(engine.events("malformed-request").size() == 1);
    CHECK_FALSE(engine.storedDevice("trunc-1").has_value());

    auto good = device.registerWith({"ep=trunc-1"});
    REQUIRE(good.has_value());
    CHECK(good->code == ResponseCode::Created);
}

TEST_CASE("an Update with a garbage query or payload gets 4.00, an event, and changes nothing", "[engine]")
{
    TestEngine engine;
    RawDevice device(engine->coapPort());
    auto registered = device.registerWith({"ep=upd-1", "lt=60", "b=U"}, "</1/0>,</3303/0>");
    REQUIRE(registered.has_value());
    REQUIRE(registered->locationPath.size() == 2);
    const std::string id = registered->locationPath[1];
    const auto [query, format, links] =
        GENERATE(table<std::vector<std::string>, std::optional<std::uint16_t>, std::string>({
            {{"lt=abc"}, std::nullopt, ""},
            {{"lt=0"}, std::nullopt, ""},
            {{"lt=99999999999"}, std::nullopt, ""},
            {{"b=XYZ"}, std::nullopt, ""},
            {{"lt=120", "lt=130"}, std::nullopt, ""},
            {{"ep=\x01"}, std::nullopt, ""},
            {{"lt=120"}, 40, "</1/0>,</33"},
            {{"lt=120"}, 40, "\xff\xfe garbage"},
            {{"lt=120"}, 0, "</1/0>"},
        }));
    coap::Request request;
    request.method = coap::Method::Post;
    request.uriPath = {"rd", id};
    request.uriQuery = query;
    request.contentFormat = format;
    request.payload = bytes(links);
    auto answer = device.send(std::move(request));
    REQUIRE(answer.has_value());
    CHECK(answer->code == ResponseCode::BadRequest);
    CHECK(engine.events("malformed-request").size() == 1);
    auto stored = engine.storedDevice("upd-1");
    REQUIRE(stored.has_value());
    CHECK(stored->lifetimeSec == 60);
    CHECK(stored->binding == "U");
    CHECK(engine.events("updated").empty());

    auto good = device.update(id, {"lt=90"});
    REQUIRE(good.has_value());
    CHECK(good->code == ResponseCode::Changed);
    CHECK(engine.storedDevice("upd-1")->lifetimeSec == 90);
}
