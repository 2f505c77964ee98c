// The live registrations and observations a restarted engine takes back (schema 7).
#include "store_test_support.h"

using namespace hangar;
using namespace hangar::store;
using namespace hangar::store::test;

namespace {

RegistrationRecord liveOf(const std::string& endpoint, std::uint32_t key)
{
    RegistrationRecord live;
    live.endpoint = endpoint;
    live.key = key;
    live.lwm2mVersion = "1.1";
    live.binding = "UQ";
    live.queueMode = true;
    live.objectLinks = "</>;rt=\"oma.lwm2m\",</3/0>,</3303/0>";
    live.rootPath = "/";
    live.contentFormat = 112;
    live.lifetimeSec = 300;
    live.registeredAtMs = 1'700'000'000'000;
    live.lastUpdateMs = 1'700'000'100'000;
    live.peerHost = "::1";
    live.peerPort = 40123;
    live.localPort = 5684;
    live.security = PeerSecurity::Psk;
    live.pskIdentity = "id-" + endpoint;
    return live;
}

ObservationRecord observationOf(const std::string& endpoint, lwm2m::LwM2mPath path,
                                std::uint8_t tokenByte)
{
    ObservationRecord observation;
    observation.endpoint = endpoint;
    observation.path = path;
    observation.token = {tokenByte, 0x42, 0x17};
    observation.contentFormat = 11542;
    observation.pminSec = 5;
    observation.greaterThan = 21.5;
    observation.sinceMs = 1'700'000'050'000;
    return observation;
}

RegistrationChange changeOf(const std::string& endpoint, std::optional<RegistrationRecord> live,
                            std::string kind)
{
    RegistrationChange change;
    change.device = makeDevice(endpoint, live ? DeviceStatus::Registered : DeviceStatus::Offline);
    change.live = std::move(live);
    change.event = EventRecord{0, 1'700'000'100'000, std::move(kind), endpoint, "{}"};
    return change;
}

} // namespace

TEST_CASE("a live registration and its observations read back after the store is reopened",
          "[store][live]")
{
    TempDatabase temp;
    const RegistrationRecord live = liveOf("tracker-1", 0xdeadbeef);
    const std::vector<ObservationRecord> observations{
        observationOf("tracker-1", {3303, 0, 5700}, 1), observationOf("tracker-1", {3, 0, 9}, 2)};
    {
        auto store = openStore(temp.path());
        queued(store->enqueueRegistration(changeOf("tracker-1", live, "registered")));
        queued(store->enqueueObservations("tracker-1", observations));
        flushed(*store);
    }
    auto store = openStore(temp.path());
    const auto registrations = store->liveRegistrations();
    REQUIRE(registrations.has_value());
    REQUIRE(registrations->size() == 1);
    CHECK(registrations->front() == live);
    const auto stored = store->liveObservations();
    REQUIRE(stored.has_value());
    // Ordered by endpoint and path text: "/3/0/9" before "/3303/0/5700".
    REQUIRE(stored->size() == 2);
    CHECK(stored->at(0) == observations[1]);
    CHECK(stored->at(1) == observations[0]);
    // The device row and the event came in the same write.
    CHECK(store->device("tracker-1")->status == DeviceStatus::Registered);
    const auto events = store->eventsSince(0, 10);
    REQUIRE(events->size() == 1);
    CHECK(events->front().kind == "registered");
}

TEST_CASE("an ended registration takes its observations with it and leaves the device offline",
          "[store][live]")
{
    TempDatabase temp;
    auto store = openStore(temp.path());
    queued(store->enqueueRegistration(changeOf("meter-1", liveOf("meter-1", 1), "registered")));
    queued(store->enqueueRegistration(changeOf("meter-2", liveOf("meter-2", 2), "registered")));
    queued(store->enqueueObservations("meter-1", {observationOf("meter-1", {3303, 0, 5700}, 1)}));
    queued(store->enqueueObservations("meter-2", {observationOf("meter-2", {3303, 0, 5700}, 2)}));
    queued(store->enqueueRegistration(changeOf("meter-1", std::nullopt, "deregistered")));
    flushed(*store);

    const auto registrations = store->liveRegistrations();
    REQUIRE(registrations->size() == 1);
    CHECK(registrations->front().endpoint == "meter-2");
    const auto observations = store->liveObservations();
    REQUIRE(observations->size() == 1);
    CHECK(observations->front().endpoint == "meter-2");
    CHECK(store->device("meter-1")->status == DeviceStatus::Offline);
}

TEST_CASE("replacing a device's observations keeps exactly the new set; forgetting the device "
          "removes all",
          "[store][live]")
{
    TempDatabase temp;
    auto store = openStore(temp.path());
    queued(store->enqueueRegistration(changeOf("pump-1", liveOf("pump-1", 7), "registered")));
    queued(store->enqueueObservations("pump-1", {observationOf("pump-1", {3303, 0, 5700}, 1),
                                                 observationOf("pump-1", {3, 0, 9}, 2)}));
    queued(store->enqueueObservations("pump-1", {observationOf("pump-1", {3, 0, 9}, 3)}));
    flushed(*store);
    auto observations = store->liveObservations();
    REQUIRE(observations->size() == 1);
    CHECK(observations->front().token.front() == 3);

    queued(store->enqueueObservations("pump-1", {}));
    flushed(*store);
    CHECK(store->liveObservations()->empty());

    queued(store->enqueueObservations("pump-1", {observationOf("pump-1", {3, 0, 9}, 4)}));
    queued(store->enqueueDeleteDevice("pump-1"));
    flushed(*store);
    CHECK(store->liveRegistrations()->empty());
    CHECK(store->liveObservations()->empty());
}
