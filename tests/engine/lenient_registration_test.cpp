// The engine takes what real clients send, strict or not: the Registers Wakaama and Anjay sent in
// the captures, one Content-Format or a list in ct, no b=, no Content-Format option, link
// attributes it does not know, and the 1.0 way of writing queue mode.
#include "captured_registers.h"
#include "engine_test_support.h"

#include "lwm2m/content_format.h"

using namespace hangar;
using namespace hangar::engine;
using namespace hangar::engine::test;
using coap::ResponseCode;
using hangar::test::capturedRegisters;

namespace {

/// A raw device that answers every engine request 4.04 and notes the Accept of each.
struct RecordingDevice
{
    explicit RecordingDevice(std::uint16_t port) : device(port)
    {
        device.setHandler([this](
                              const coap::IncomingRequest& request) -> std::optional<coap::Answer> {
            accepts.push_back(request.accept);
            methods.push_back(request.method);
            coap::Answer answer;
            answer.response.code = request.method == coap::Method::Post ? ResponseCode::Created
                                                                        : ResponseCode::NotFound;
            return answer;
        });
    }

    RawDevice device;
    std::vector<std::optional<std::uint16_t>> accepts;
    std::vector<coap::Method> methods;
};

} // namespace

TEST_CASE("Wakaama's captured Register with one Content-Format in ct registers and is read in it",
          "[engine]")
{
    const auto captured = capturedRegisters("wakaama_session.json");
    REQUIRE(captured.size() == 1);
    TestEngine engine;
    RecordingDevice wakaama(engine->coapPort());
    auto answer = wakaama.device.registerWith(captured[0].query, captured[0].payload);
    REQUIRE(answer.has_value());
    CHECK(answer->code == ResponseCode::Created);
    auto stored = engine.storedDevice("wk-ep-1");
    REQUIRE(stored.has_value());
    CHECK(stored->lwm2mVersion == "1.1");
    CHECK(stored->lifetimeSec == 60);
    REQUIRE(waitFor([&] { return !wakaama.accepts.empty(); }));
    CHECK(wakaama.accepts.front() == static_cast<std::uint16_t>(lwm2m::ContentFormat::SenmlJson));
}

TEST_CASE("Anjay's captured Registers: 1.2 gets 4.12, then 1.1 without b= or a root link registers",
          "[engine]")
{
    const auto captured = capturedRegisters("anjay_session.json");
    REQUIRE(captured.size() == 2);
    TestEngine engine;
    RecordingDevice anjay(engine->coapPort());
    for (const auto& sent : captured) {
        CAPTURE(sent.query);
        auto answer = anjay.device.registerWith(sent.query, sent.payload);
        REQUIRE(answer.has_value());
        CHECK(coap::toString(answer->code) == sent.answer);
    }
    auto stored = engine.storedDevice("anjay-ep-1");
    REQUIRE(stored.has_value());
    CHECK(stored->lwm2mVersion == "1.1");
    CHECK(stored->binding == "U");
    CHECK(stored->objectLinks == captured[1].payload);
    // No ct: the engine talks TLV, the format every 1.0 and 1.1 client reads.
    REQUIRE(waitFor([&] { return !anjay.accepts.empty(); }));
    CHECK(anjay.accepts.front() == static_cast<std::uint16_t>(lwm2m::ContentFormat::Tlv));
}

TEST_CASE("a Register without a Content-Format option is read as link format", "[engine]")
{
    TestEngine engine;
    RawDevice device(engine->coapPort());
    coap::Request request;
    request.method = coap::Method::Post;
    request.uriPath = {"rd"};
    request.uriQuery = {"ep=no-cf", "lwm2m=1.1"};
    request.payload = bytes("</1/0>,</3/0>");
    auto answer = device.send(std::move(request));
    REQUIRE(answer.has_value());
    CHECK(answer->code == ResponseCode::Created);
    auto stored = engine.storedDevice("no-cf");
    REQUIRE(stored.has_value());
    CHECK(stored->objectLinks == "</1/0>,</3/0>");
}

TEST_CASE("link attributes and resource types the engine does not know are ignored at Register",
          "[engine]")
{
    TestEngine engine;
    RecordingDevice device(engine->coapPort());
    const std::string links =
        "</>;rt=\"oma.lwm2m x-vendor\";ct=11543;x-hint,</1>;ver=1.1;x-note=\"a b\","
        "</1/0>;obs,</3/0>;title=\"Device\";sz=120";
    auto answer = device.device.registerWith({"ep=odd-attrs", "lwm2m=1.1"}, links);
    REQUIRE(answer.has_value());
    CHECK(answer->code == ResponseCode::Created);
    REQUIRE(engine.storedDevice("odd-attrs").has_value());
    REQUIRE(waitFor([&] { return !device.accepts.empty(); }));
    CHECK(device.accepts.front() == static_cast<std::uint16_t>(lwm2m::ContentFormat::Lwm2mJson));
}

TEST_CASE("a 1.0 Register with queue mode in the binding (b=UQ) registers in queue mode",
          "[engine]")
{
    TestEngine engine;
    RawDevice device(engine->coapPort());
    auto answer =
        device.registerWith({"ep=old-sleeper", "lt=120", "lwm2m=1.0", "b=UQ"}, "</1/0>,</3/0>");
    REQUIRE(answer.has_value());
    CHECK(answer->code == ResponseCode::Created);
    auto stored = engine.storedDevice("old-sleeper");
    REQUIRE(stored.has_value());
    CHECK(stored->lwm2mVersion == "1.0");
    CHECK(stored->queueMode);
}

TEST_CASE("a device that named one preferred format the 1.1 way still gets a Create in TLV",
          "[engine]")
{
    TestEngine engine;
    RecordingDevice device(engine->coapPort());
    REQUIRE(
        device.device
            .registerWith({"ep=prefers-senml", "lwm2m=1.1"}, "</>;rt=\"oma.lwm2m\";ct=110,</3303>")
            .has_value());
    Outcome<lwm2m::LwM2mPath> created;
    engine->create("prefers-senml", lwm2m::LwM2mPath(3303),
                   {{lwm2m::LwM2mPath(3303, 2), lwm2m::Value(), std::nullopt}}, created.callback());
    auto result = created.get();
    INFO((result ? std::string() : result.error().message));
    CHECK(result.has_value());
    CHECK(std::ranges::find(device.methods, coap::Method::Post) != device.methods.end());
}
