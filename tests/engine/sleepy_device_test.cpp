#if HANGAR_HAVE_DEVICESIM

#include "engine_test_support.h"
#include "simulated_fleet.h"

#include "profiles/builtin_profiles.h"
#include "profiles/device_profile.h"

using namespace hangar;
using namespace hangar::engine;
using namespace hangar::engine::test;
using devicesim::DeviceState;
using lwm2m::LwM2mPath;

namespace {

/// An asset tracker from the bundled profile that sleeps after `awake` and wakes `asleep`
/// later with an Update, far sooner than the engine's awake window (93 s) ends.
devicesim::DeviceConfig sleepyTracker(const std::string& endpoint, std::chrono::milliseconds awake,
                                      std::chrono::milliseconds asleep)
{
    devicesim::DeviceConfig config;
    config.endpoint = endpoint;
    devicesim::applyProfile(config, devicesim::assetTrackerProfile());
    config.lifetimeSec = 120; // lifetime Updates stay out of the way
    config.awakeTime = awake;
    config.wakeInterval = asleep;
    return config;
}

/// The engine as shipped (93 s awake window), finding out quickly that a device sleeps.
TestEngine quickToNoticeSleep()
{
    return TestEngine([](EngineConfig& config) { config.queueModeAnswerTimeout = 1s; });
}

bool waitForDeviceState(devicesim::SimulatedDevice& device, DeviceState state)
{
    return waitFor([&] { return device.state() == state; }, 8000ms);
}

std::string message(const auto& result)
{
    return result ? std::string() : result.error().message;
}

} // namespace

TEST_CASE("a tracker asleep before the server's awake window ends is shown sleeping and its read "
          "is answered on "
          "its next wake-up",
          "[engine][sim][queue]")
{
    TestEngine engine = quickToNoticeSleep();
    SimulatedFleet fleet;
    auto* tracker = fleet.start(engine, sleepyTracker("tracker-read", 500ms, 4s), false);
    REQUIRE(waitForDeviceState(*tracker, DeviceState::Sleeping));
    const std::uint64_t updatesBefore = tracker->counters().updates;

    Outcome<ReadResult> read;
    ReadOptions options;
    options.timeout = 15s;
    engine->read("tracker-read", LwM2mPath(3, 0, 1), options, read.callback());
    // Unanswered past the answer timeout: the engine stops assuming the device is awake.
    CHECK(engine.waitForStatus("tracker-read", store::DeviceStatus::Sleeping, 4000ms));
    CHECK(engine.events("asleep").size() == 1);

    auto result = read.get(15s);
    INFO(message(result));
    REQUIRE(result.has_value());
    REQUIRE(result->values.size() == 1);
    CHECK(result->values[0].value.asString() == "AT-60");
    CHECK(tracker->counters().updates > updatesBefore); // answered after it woke, not before
    CHECK(engine.waitForStatus("tracker-read", store::DeviceStatus::Registered, 2000ms));
}

TEST_CASE("a write to a tracker the engine knows is asleep is sent on its next wake-up",
          "[engine][sim][queue]")
{
    TestEngine engine = quickToNoticeSleep();
    SimulatedFleet fleet;
    auto* tracker = fleet.start(engine, sleepyTracker("tracker-write", 500ms, 3s), false);
    Outcome<AwakeWindow> set;
    engine->setAwakeWindow("tracker-write", 300ms, set.callback());
    auto window = set.get();
    REQUIRE(window.has_value());
    CHECK(window->custom);
    REQUIRE(engine.waitForStatus("tracker-write", store::DeviceStatus::Sleeping, 3000ms));
    REQUIRE(waitForDeviceState(*tracker, DeviceState::Sleeping));

    Outcome<void> written;
    WriteOptions options;
    options.timeout = 15s;
    engine->write("tracker-write", LwM2mPath(3, 0, 15),
                  {{LwM2mPath(3, 0, 15), lwm2m::Value::string("Europe/Berlin"), std::nullopt}},
                  options, written.callback());
    auto result = written.get(15s);
    INFO(message(result));
    REQUIRE(result.has_value());
    CHECK(tracker->counters().updates >= 1);
    const auto* stored = tracker->objects().value(LwM2mPath(3, 0, 15));
    REQUIRE(stored != nullptr);
    CHECK(stored->asString() == "Europe/Berlin");
}

TEST_CASE("a request a sleeping device never acknowledged waits in its queue for its next update",
          "[engine][queue]")
{
    TestEngine engine([](EngineConfig& config) {
        config.transport.ackTimeout = 1s;
        config.transport.maxRetransmit = 1;  // libcoap gives up after 3-4.5 s without an ACK
        config.queueModeAnswerTimeout = 30s; // only the missing ACK tells the device sleeps
    });
    auto device = std::make_unique<RawDevice>(engine->coapPort());
    // No /3/0 in the object list: the engine's own identity read stays out of the count.
    auto registered =
        device->registerWith({"ep=raw-sleeper", "lt=120", "b=U", "Q"}, "</1/0>,</3303/0>");
    REQUIRE(registered.has_value());
    REQUIRE(registered->locationPath.size() == 2);
    const std::string id = registered->locationPath[1];
    // Radio off: the device's socket is gone, nothing it is sent is acknowledged.
    device.reset();

    Outcome<ReadResult> read;
    ReadOptions options;
    options.timeout = 20s;
    engine->read("raw-sleeper", LwM2mPath(3, 0, 0), options, read.callback());
    REQUIRE(engine.waitForStatus("raw-sleeper", store::DeviceStatus::Sleeping, 8000ms));

    RawDevice woken(engine->coapPort());
    int asked = 0;
    woken.setHandler([&](const coap::IncomingRequest& request) -> std::optional<coap::Answer> {
        ++asked;
        coap::Answer answer;
        answer.response.code = coap::ResponseCode::Content;
        answer.response.contentFormat = static_cast<std::uint16_t>(lwm2m::ContentFormat::Text);
        answer.response.payload = bytes("Hangar Raw");
        CHECK(request.uriPath == std::vector<std::string>{"3", "0", "0"});
        return answer;
    });
    REQUIRE(woken.update(id).has_value());
    auto result = read.get(8s);
    INFO(message(result));
    REQUIRE(result.has_value());
    REQUIRE(result->values.size() == 1);
    CHECK(result->values[0].value.asString() == "Hangar Raw");
    CHECK(asked == 1);
}

TEST_CASE("a notification from a sleeping device wakes it and its queued request is sent",
          "[engine][queue]")
{
    TestEngine engine([](EngineConfig& config) { config.awakeWindow = 500ms; });
    RawDevice device(engine->coapPort());
    std::optional<coap::ObservationId> observation;
    int reads = 0;
    device.setHandler([&](const coap::IncomingRequest& request) -> std::optional<coap::Answer> {
        coap::Answer answer;
        answer.response.code = coap::ResponseCode::Content;
        answer.response.contentFormat = static_cast<std::uint16_t>(lwm2m::ContentFormat::Text);
        answer.response.payload = bytes("21.5");
        if (request.observe == coap::kObserveRegister) {
            observation = request.observation;
            answer.acceptObservation = true;
        } else {
            ++reads;
        }
        return answer;
    });
    REQUIRE(device.registerWith({"ep=raw-notifier", "lt=120", "b=U", "Q"}, "</1/0>,</3303/0>")
                .has_value());
    Outcome<ReadResult> observed;
    engine->observe("raw-notifier", LwM2mPath(3303, 0, 5700), {}, observed.callback());
    REQUIRE(observed.get().has_value());
    REQUIRE(observation.has_value());
    REQUIRE(engine.waitForStatus("raw-notifier", store::DeviceStatus::Sleeping, 4000ms));

    Outcome<ReadResult> read;
    ReadOptions options;
    options.timeout = 10s;
    engine->read("raw-notifier", LwM2mPath(3303, 0, 5700), options, read.callback());
    spin(300ms);
    CHECK(reads == 0); // queued while it sleeps

    coap::Response notification;
    notification.code = coap::ResponseCode::Content;
    notification.contentFormat = static_cast<std::uint16_t>(lwm2m::ContentFormat::Text);
    notification.payload = bytes("22.0");
    REQUIRE(device.context.notify(*observation, notification).has_value());
    auto result = read.get(5s);
    INFO(message(result));
    REQUIRE(result.has_value());
    CHECK(reads == 1);
}

TEST_CASE("requests for a sleeping device are bounded and expire naming its queue",
          "[engine][queue]")
{
    TestEngine engine([](EngineConfig& config) {
        config.awakeWindow = 200ms;
        config.maxQueuedPerDevice = 2;
    });
    RawDevice device(engine->coapPort());
    REQUIRE(device.registerWith({"ep=raw-queue", "lt=120", "b=U", "Q"}).has_value());
    REQUIRE(engine.waitForStatus("raw-queue", store::DeviceStatus::Sleeping, 3000ms));

    ReadOptions soon;
    soon.timeout = 1s;
    ReadOptions later;
    later.timeout = 2s;
    Outcome<ReadResult> first;
    Outcome<ReadResult> second;
    Outcome<ReadResult> third;
    engine->read("raw-queue", LwM2mPath(3, 0, 0), soon, first.callback());
    engine->read("raw-queue", LwM2mPath(3, 0, 1), later, second.callback());
    engine->read("raw-queue", LwM2mPath(3, 0, 2), later, third.callback());

    auto refused = third.get(500ms);
    REQUIRE(!refused.has_value());
    CHECK(refused.error().code == ErrorCode::LimitExceeded);

    auto expired = first.get(5s);
    REQUIRE(!expired.has_value());
    CHECK(expired.error().code == ErrorCode::Timeout);
    INFO(expired.error().message);
    CHECK(expired.error().message.find(
              "queued for sleeping device 'raw-queue': 2 requests waiting") != std::string::npos);
    CHECK(expired.error().message.find("next wake-up expected") != std::string::npos);
    auto alsoExpired = second.get(5s);
    REQUIRE(!alsoExpired.has_value());
    CHECK(alsoExpired.error().code == ErrorCode::Timeout);
}

TEST_CASE("a device's own awake window is checked, reported and can be reset", "[engine][queue]")
{
    TestEngine engine;
    RawDevice device(engine->coapPort());
    REQUIRE(device.registerWith({"ep=raw-window", "lt=120", "b=U", "Q"}).has_value());

    Outcome<AwakeWindow> initial;
    engine->awakeWindow("raw-window", initial.callback());
    auto window = initial.get();
    REQUIRE(window.has_value());
    CHECK(window->window == 93s);
    CHECK(!window->custom);

    Outcome<AwakeWindow> tooShort;
    engine->setAwakeWindow("raw-window", 10ms, tooShort.callback());
    auto refused = tooShort.get();
    REQUIRE(!refused.has_value());
    CHECK(refused.error().code == ErrorCode::InvalidArgument);

    Outcome<AwakeWindow> unknown;
    engine->setAwakeWindow("nobody", 20s, unknown.callback());
    auto missing = unknown.get();
    REQUIRE(!missing.has_value());
    CHECK(missing.error().code == ErrorCode::NotFound);

    Outcome<AwakeWindow> own;
    engine->setAwakeWindow("raw-window", 20s, own.callback());
    window = own.get();
    REQUIRE(window.has_value());
    CHECK(window->window == 20s);
    CHECK(window->custom);

    Outcome<AwakeWindow> reset;
    engine->setAwakeWindow("raw-window", std::nullopt, reset.callback());
    window = reset.get();
    REQUIRE(window.has_value());
    CHECK(window->window == 93s);
    CHECK(!window->custom);
}

#endif
