#include "engine_test_support.h"

#include <algorithm>

using namespace hangar;
using namespace hangar::engine;
using namespace hangar::engine::test;
using coap::ResponseCode;

namespace {

void setCredential(TestEngine& engine, const std::string& endpoint, const std::string& identity)
{
    Outcome<void> set;
    engine->setCredential({endpoint, identity, kKey}, set.callback());
    auto done = set.get();
    INFO((done ? std::string() : done.error().message));
    REQUIRE(done.has_value());
}

} // namespace

TEST_CASE("a DTLS-PSK device registers its own endpoint with the right key", "[engine]")
{
    TestEngine engine;
    setCredential(engine, "secure-1", "id-secure-1");
    RawDevice device(engine->coapsPort(), coap::SecurityMode::Psk, "id-secure-1", kKey);
    auto answer = device.registerWith({"ep=secure-1", "lwm2m=1.1"});
    REQUIRE(answer.has_value());
    CHECK(answer->code == ResponseCode::Created);
    CHECK(engine.storedDevice("secure-1").has_value());
}

TEST_CASE("a PSK identity may not register another endpoint", "[engine]")
{
    TestEngine engine;
    setCredential(engine, "secure-a", "id-a");
    setCredential(engine, "secure-b", "id-b");
    RawDevice device(engine->coapsPort(), coap::SecurityMode::Psk, "id-a", kKey);
    auto answer = device.registerWith({"ep=secure-b"});
    REQUIRE(answer.has_value());
    CHECK(answer->code == ResponseCode::Forbidden);
    CHECK_FALSE(engine.storedDevice("secure-b").has_value());
    CHECK(engine.events("registration-refused").size() == 1);
}

TEST_CASE("a device with a credential may not register over plain CoAP", "[engine]")
{
    TestEngine engine;
    setCredential(engine, "secure-c", "id-c");
    RawDevice device(engine->coapPort());
    auto answer = device.registerWith({"ep=secure-c"});
    REQUIRE(answer.has_value());
    CHECK(answer->code == ResponseCode::Forbidden);
}

TEST_CASE("a wrong PSK key or an unknown identity fails the handshake and logs an event", "[engine]")
{
    TestEngine engine;
    setCredential(engine, "secure-d", "id-d");
    const bool unknownIdentity = GENERATE(false, true);
    INFO("unknown identity: " << unknownIdentity);
    const std::vector<std::uint8_t> wrongKey = {1, 2, 3, 4, 5, 6, 7, 8};
    RawDevice device(engine->coapsPort(), coap::SecurityMode::Psk, unknownIdentity ? "id-nobody" : "id-d",
                     unknownIdentity ? kKey : wrongKey);
    auto answer = device.registerWith({"ep=secure-d"});
    CHECK_FALSE(answer.has_value());
    CHECK_FALSE(engine.storedDevice("secure-d").has_value());
    REQUIRE(waitFor([&] { return !engine.events("dtls-refused").empty(); }, 3000ms));
    const auto events = engine.events("dtls-refused");
    CHECK(events.front().detailsJson.find(unknownIdentity ? "id-nobody" : "id-d") != std::string::npos);
    // Keys never reach the event log.
    CHECK(events.front().detailsJson.find("0102030405") == std::string::npos);
}

TEST_CASE("refused handshakes that overlap are each logged with their own identity", "[engine]")
{
    TestEngine engine;
    setCredential(engine, "secure-e", "id-e");
    const std::vector<std::uint8_t> wrongKey = {9, 8, 7, 6, 5, 4, 3, 2};
    // Both handshakes start at connect(), before either fails. Two source addresses: refusals
    // from one address within a minute are logged once with a count.
    RawDevice wrongKeyDevice(engine->coapsPort(), coap::SecurityMode::Psk, "id-e", wrongKey, "127.0.0.1");
    RawDevice strangerDevice(engine->coapsPort(), coap::SecurityMode::Psk, "id-stranger", kKey, "127.0.0.2");
    coap::Request registration;
    registration.method = coap::Method::Post;
    registration.uriPath = {"rd"};
    registration.uriQuery = {"ep=secure-e"};
    registration.timeout = 500ms;
    (void)wrongKeyDevice.context.send(wrongKeyDevice.session, registration, [](Expected<coap::Response>) {});
    (void)strangerDevice.context.send(strangerDevice.session, registration, [](Expected<coap::Response>) {});
    REQUIRE(waitFor([&] { return engine.events("dtls-refused").size() >= 2; }, 5000ms));
    const auto events = engine.events("dtls-refused");
    const auto findEvent = [&events](const std::string& identity) {
        return std::find_if(events.begin(), events.end(), [&identity](const auto& event) {
            return event.detailsJson.find("\"" + identity + "\"") != std::string::npos;
        });
    };
    const auto wrongKeyEvent = findEvent("id-e");
    const auto strangerEvent = findEvent("id-stranger");
    REQUIRE(wrongKeyEvent != events.end());
    REQUIRE(strangerEvent != events.end());
    CHECK(wrongKeyEvent->detailsJson.find("unknown PSK identity") == std::string::npos);
    CHECK(strangerEvent->detailsJson.find("unknown PSK identity") != std::string::npos);
}

TEST_CASE("credentials survive a restart and an identity cannot be given to two endpoints", "[engine]")
{
    QTemporaryDir dir;
    EngineConfig config;
    config.dataDir = dir.path().toStdString();
    config.coap = ListenAddress{"127.0.0.1", 0};
    config.coaps = ListenAddress{"127.0.0.1", 0};
    {
        auto engine = LocalEngine::start(config);
        REQUIRE(engine.has_value());
        Outcome<std::size_t> imported;
        (*engine)->importCredentials({{"r-1", "id-r1", kKey}, {"r-2", "id-r2", kKey}}, imported.callback());
        auto count = imported.get();
        REQUIRE(count.has_value());
        CHECK(*count == 2);
        Outcome<void> clash;
        (*engine)->setCredential({"r-3", "id-r1", kKey}, clash.callback());
        auto refused = clash.get();
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().code == ErrorCode::InvalidArgument);
        Outcome<std::size_t> duplicate;
        (*engine)->importCredentials({{"r-4", "id-r4", kKey}, {"r-5", "id-r4", kKey}}, duplicate.callback());
        CHECK_FALSE(duplicate.get().has_value());
    }
    auto restarted = LocalEngine::start(config);
    REQUIRE(restarted.has_value());
    RawDevice device((*restarted)->coapsPort(), coap::SecurityMode::Psk, "id-r2", kKey);
    auto answer = device.registerWith({"ep=r-2"});
    REQUIRE(answer.has_value());
    CHECK(answer->code == ResponseCode::Created);
    // The refused import stored nothing: r-4 is unknown.
    Outcome<void> forgotten;
    (*restarted)->forgetDevice("r-4", forgotten.callback());
    auto unknown = forgotten.get();
    REQUIRE_FALSE(unknown.has_value());
    CHECK(unknown.error().code == ErrorCode::NotFound);
}
