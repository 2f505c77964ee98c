// A changed credential ends what the device authenticated with before (issue 11).
#include "engine_test_support.h"

using namespace hangar;
using namespace hangar::engine;
using namespace hangar::engine::test;
using coap::ResponseCode;

namespace {

const std::vector<std::uint8_t> kOtherKey = {0xa1, 0xb2, 0xc3, 0xd4, 0xe5, 0xf6, 0x07, 0x18};

void setCredential(TestEngine& engine, const std::string& endpoint, const std::string& identity,
                   const std::vector<std::uint8_t>& key)
{
    Outcome<void> set;
    engine->setCredential({endpoint, identity, key}, set.callback());
    auto done = set.get();
    INFO((done ? std::string() : done.error().message));
    REQUIRE(done.has_value());
}

/// Registers `endpoint` and returns its registration id.
std::string registered(RawDevice& device, const std::string& endpoint)
{
    auto answer = device.registerWith({"ep=" + endpoint, "lt=300"});
    REQUIRE(answer.has_value());
    REQUIRE(answer->code == ResponseCode::Created);
    REQUIRE(answer->locationPath.size() == 2);
    return answer->locationPath[1];
}

/// An Update on the device's session with a short timeout: the code, or nothing when no
/// answer came (a closed DTLS session gets none).
std::optional<ResponseCode> updateCode(RawDevice& device, const std::string& id)
{
    coap::Request request;
    request.method = coap::Method::Post;
    request.uriPath = {"rd", id};
    request.timeout = 2s;
    auto answer = device.send(std::move(request), 6000ms);
    return answer ? std::optional<ResponseCode>(answer->code) : std::nullopt;
}

} // namespace

TEST_CASE(
    "a device registered over plain CoAP is dropped when it gets a credential and must use coaps",
    "[engine][credentials]")
{
    TestEngine engine;
    RawDevice plain(engine->coapPort());
    const std::string id = registered(plain, "cc-1");

    setCredential(engine, "cc-1", "id-cc-1", kKey);
    CHECK(engine.waitForStatus("cc-1", store::DeviceStatus::Offline));
    const auto revoked = engine.events("authentication-revoked");
    REQUIRE(revoked.size() == 1);
    CHECK(revoked.front().endpoint == "cc-1");
    CHECK(revoked.front().detailsJson.find("credential set") != std::string::npos);
    CHECK(revoked.front().detailsJson.find(id) != std::string::npos);

    CHECK(updateCode(plain, id) == ResponseCode::NotFound);
    auto again = plain.registerWith({"ep=cc-1"});
    REQUIRE(again.has_value());
    CHECK(again->code == ResponseCode::Forbidden);
    RawDevice secure(engine->coapsPort(), coap::SecurityMode::Psk, "id-cc-1", kKey);
    registered(secure, "cc-1");
    CHECK(engine.waitForStatus("cc-1", store::DeviceStatus::Registered));
}

TEST_CASE("a credential replaced by another identity or key ends the DTLS registration and session",
          "[engine][credentials]")
{
    const bool newIdentity = GENERATE(false, true);
    INFO("new identity: " << newIdentity);
    TestEngine engine;
    setCredential(engine, "cc-2", "id-cc-2", kKey);
    RawDevice before(engine->coapsPort(), coap::SecurityMode::Psk, "id-cc-2", kKey);
    const std::string id = registered(before, "cc-2");
    REQUIRE(updateCode(before, id) == ResponseCode::Changed);

    const std::string identity = newIdentity ? "id-cc-2-new" : "id-cc-2";
    const std::vector<std::uint8_t>& key = newIdentity ? kKey : kOtherKey;
    setCredential(engine, "cc-2", identity, key);
    CHECK(engine.waitForStatus("cc-2", store::DeviceStatus::Offline));
    const auto revoked = engine.events("authentication-revoked");
    REQUIRE(revoked.size() == 1);
    CHECK(revoked.front().detailsJson.find("credential replaced") != std::string::npos);
    CHECK(revoked.front().detailsJson.find("\"sessionsClosed\":\"1\"") != std::string::npos);

    // The old DTLS session is gone on the server: nothing it sends is answered.
    CHECK(updateCode(before, id) != ResponseCode::Changed);
    RawDevice after(engine->coapsPort(), coap::SecurityMode::Psk, identity, key);
    const std::string newId = registered(after, "cc-2");
    CHECK(newId != id);
    CHECK(updateCode(after, newId) == ResponseCode::Changed);
}

TEST_CASE("setting the very same identity and key keeps the registration and its session",
          "[engine][credentials]")
{
    TestEngine engine;
    setCredential(engine, "cc-3", "id-cc-3", kKey);
    RawDevice device(engine->coapsPort(), coap::SecurityMode::Psk, "id-cc-3", kKey);
    const std::string id = registered(device, "cc-3");

    setCredential(engine, "cc-3", "id-cc-3", kKey);
    CHECK(updateCode(device, id) == ResponseCode::Changed);
    CHECK(engine.events("authentication-revoked").empty());
    const auto stored = engine.storedDevice("cc-3");
    REQUIRE(stored.has_value());
    CHECK(stored->status == store::DeviceStatus::Registered);
}

TEST_CASE("removing a credential ends the DTLS registration; the device may then use plain CoAP",
          "[engine][credentials]")
{
    TestEngine engine;
    setCredential(engine, "cc-4", "id-cc-4", kKey);
    RawDevice secure(engine->coapsPort(), coap::SecurityMode::Psk, "id-cc-4", kKey);
    const std::string id = registered(secure, "cc-4");

    Outcome<void> removed;
    engine->removeCredential("cc-4", removed.callback());
    REQUIRE(removed.get().has_value());
    CHECK(engine.waitForStatus("cc-4", store::DeviceStatus::Offline));
    const auto revoked = engine.events("authentication-revoked");
    REQUIRE(revoked.size() == 1);
    CHECK(revoked.front().detailsJson.find("credential removed") != std::string::npos);
    CHECK(engine.events("credential-removed").size() == 1);
    CHECK(updateCode(secure, id) != ResponseCode::Changed);

    RawDevice plain(engine->coapPort());
    registered(plain, "cc-4");
    Outcome<void> again;
    engine->removeCredential("cc-4", again.callback());
    const auto none = again.get();
    REQUIRE_FALSE(none.has_value());
    CHECK(none.error().code == ErrorCode::NotFound);
}

TEST_CASE("an import ends only the registrations whose credential it changes",
          "[engine][credentials]")
{
    TestEngine engine;
    Outcome<std::size_t> first;
    engine->importCredentials({{"cc-5", "id-cc-5", kKey}, {"cc-6", "id-cc-6", kKey}},
                              first.callback());
    REQUIRE(first.get().has_value());
    RawDevice kept(engine->coapsPort(), coap::SecurityMode::Psk, "id-cc-5", kKey);
    RawDevice dropped(engine->coapsPort(), coap::SecurityMode::Psk, "id-cc-6", kKey);
    const std::string keptId = registered(kept, "cc-5");
    const std::string droppedId = registered(dropped, "cc-6");

    Outcome<std::size_t> second;
    engine->importCredentials({{"cc-5", "id-cc-5", kKey}, {"cc-6", "id-cc-6", kOtherKey}},
                              second.callback());
    REQUIRE(second.get().has_value());
    CHECK(engine.waitForStatus("cc-6", store::DeviceStatus::Offline));
    CHECK(updateCode(kept, keptId) == ResponseCode::Changed);
    CHECK(updateCode(dropped, droppedId) != ResponseCode::Changed);
    const auto revoked = engine.events("authentication-revoked");
    REQUIRE(revoked.size() == 1);
    CHECK(revoked.front().endpoint == "cc-6");
}

TEST_CASE("forgetting a device closes the DTLS sessions of its identity", "[engine][credentials]")
{
    TestEngine engine;
    setCredential(engine, "cc-7", "id-cc-7", kKey);
    RawDevice device(engine->coapsPort(), coap::SecurityMode::Psk, "id-cc-7", kKey);
    const std::string id = registered(device, "cc-7");

    Outcome<void> forgotten;
    engine->forgetDevice("cc-7", forgotten.callback());
    REQUIRE(forgotten.get().has_value());
    const auto revoked = engine.events("authentication-revoked");
    REQUIRE(revoked.size() == 1);
    CHECK(revoked.front().detailsJson.find("\"sessionsClosed\":\"1\"") != std::string::npos);
    // Not even a 4.04 comes back: the session the device holds is gone on the server.
    CHECK_FALSE(updateCode(device, id).has_value());
}
