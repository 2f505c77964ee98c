// The engine on a real full disk (a 2 MiB tmpfs filled during the test; skipped with a warning
// where the test cannot mount one): degraded while its store cannot write, whole again after.

#include "engine_test_support.h"

#include "engine/registration_handler.h"

#include "small_disk.h"

#include <algorithm>

using namespace hangar;
using namespace hangar::engine;
using namespace hangar::engine::test;
using coap::ResponseCode;
using hangar::test::SmallDisk;

namespace {

/// Fills the disk and sets credentials until one fails to commit; returns its endpoint. Each
/// answer must come promptly, success or the failure, never a wait for the disk.
std::string setCredentialsUntilOneFails(TestEngine& engine, SmallDisk& disk)
{
    REQUIRE(disk.fill());
    // The WAL may still have room for a few commits.
    for (int i = 0; i < 500; ++i) {
        const std::string endpoint = "probe-" + std::to_string(i);
        Outcome<void> set;
        engine->setCredential({endpoint, "id-" + endpoint, kKey}, set.callback());
        auto answer = set.get(5000ms);
        REQUIRE((answer || answer.error().code != ErrorCode::Timeout));
        if (!answer) {
            CHECK(answer.error().code == ErrorCode::StorageFull);
            CHECK_THAT(answer.error().message, Catch::Contains("disk full"));
            return endpoint;
        }
    }
    FAIL("no commit failed on a full disk");
    return {};
}

} // namespace

TEST_CASE("a full disk degrades the engine: waiting calls fail at once, Register gets 5.03, an "
          "uncommitted "
          "credential is not enforced, and all resumes when space returns",
          "[engine][disk]")
{
    SmallDisk disk;
    if (!disk.mounted()) {
        WARN("skipped: " << disk.problem());
        return;
    }
    TestEngine engine([&](EngineConfig& config) { config.dataDir = disk.path().toStdString(); });
    RawDevice early(engine->coapPort());
    auto registered = early.registerWith({"ep=early-1", "lt=300"});
    REQUIRE(registered.has_value());
    REQUIRE(registered->code == ResponseCode::Created);
    const std::string earlyId = registered->locationPath.at(1);
    CHECK(engine->health().degraded.empty());

    const std::string unconfirmed = setCredentialsUntilOneFails(engine, disk);

    REQUIRE(waitFor([&] { return !engine->health().degraded.empty(); }, 5000ms));
    const EngineHealth health = engine->health();
    CHECK(health.diskFull);
    CHECK_THAT(health.degraded, Catch::Contains("disk is full"));

    // New registrations are refused with a time to wait; registered devices go on.
    RawDevice newcomer(engine->coapPort());
    auto refused = newcomer.registerWith({"ep=newcomer-1"});
    REQUIRE(refused.has_value());
    CHECK(refused->code == ResponseCode::ServiceUnavailable);
    CHECK(refused->maxAgeSec == RegistrationHandler::kRefusedRetryAfterSec);
    auto updated = early.update(earlyId);
    REQUIRE(updated.has_value());
    CHECK(updated->code == ResponseCode::Changed);

    // A change that cannot be written is refused at once and leaves nothing behind.
    Outcome<void> refusedCredential;
    engine->setCredential({"late-1", "id-late-1", kKey}, refusedCredential.callback());
    auto late = refusedCredential.get(5000ms);
    REQUIRE_FALSE(late.has_value());
    CHECK(late.error().code == ErrorCode::StorageFull);

    // The credential whose commit failed is not enforced: the handshake does not know it.
    {
        RawDevice secure(engine->coapsPort(), coap::SecurityMode::Psk, "id-" + unconfirmed, kKey);
        CHECK_FALSE(secure.registerWith({"ep=" + unconfirmed}, "</1/0>").has_value());
    }

    disk.freeSpace();
    REQUIRE(waitFor([&] { return engine->health().degraded.empty(); }, 15000ms));
    REQUIRE(engine->flushStore().has_value());

    auto welcome = newcomer.registerWith({"ep=newcomer-1"});
    REQUIRE(welcome.has_value());
    CHECK(welcome->code == ResponseCode::Created);
    // The queued credential was committed after all, and only now does it take effect.
    RawDevice secure(engine->coapsPort(), coap::SecurityMode::Psk, "id-" + unconfirmed, kKey);
    auto admitted = secure.registerWith({"ep=" + unconfirmed}, "</1/0>");
    REQUIRE(admitted.has_value());
    CHECK(admitted->code == ResponseCode::Created);
    // The refused one was never stored.
    RawDevice lateDevice(engine->coapPort());
    auto plain = lateDevice.registerWith({"ep=late-1"});
    REQUIRE(plain.has_value());
    CHECK(plain->code == ResponseCode::Created);

    const auto degraded = engine.events("store-degraded");
    const auto recovered = engine.events("store-recovered");
    REQUIRE(degraded.size() == 1);
    REQUIRE(recovered.size() == 1);
    CHECK(degraded.front().id < recovered.front().id);
    CHECK_THAT(degraded.front().detailsJson, Catch::Contains("disk-full"));
}
