#include "devicesim_test_support.h"

#include "lwm2m/registration_links.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace hangar;
using namespace hangar::devicesim;
using namespace hangar::devicesim::test;

namespace {

bool hasQuery(const std::vector<std::string>& query, const std::string& item)
{
    return std::find(query.begin(), query.end(), item) != query.end();
}

} // namespace

TEST_CASE("a device registers with the LwM2M queries and an object list the link parser accepts", "[devicesim]")
{
    Bench bench;
    auto config = bench.config("reg-node-1");
    config.lifetimeSec = 120;
    SimulatedDevice& device = bench.startRegistered(config);
    REQUIRE(bench.server.registers.size() == 1);
    const SeenRegistration& seen = bench.server.registers.front();
    CHECK(hasQuery(seen.query, "ep=reg-node-1"));
    CHECK(hasQuery(seen.query, "lt=120"));
    CHECK(hasQuery(seen.query, "lwm2m=1.1"));
    CHECK(hasQuery(seen.query, "b=U"));
    CHECK_FALSE(hasQuery(seen.query, "Q"));

    auto links = lwm2m::parseRegistrationLinks(seen.payload);
    REQUIRE(links.has_value());
    CHECK(links->hasRootLink);
    CHECK_FALSE(links->contentFormats.empty());
    CHECK(links->object(0) == nullptr); // LwM2M 1.1 §6.2.1: Security stays out of the list
    for (const std::uint16_t objectId : {std::uint16_t{1}, std::uint16_t{3}, std::uint16_t{3303}}) {
        CAPTURE(objectId);
        REQUIRE(links->object(objectId) != nullptr);
        CHECK(links->object(objectId)->instanceIds == std::vector<std::uint16_t>{0});
    }
    CHECK(device.registrationLocation() == std::vector<std::string>{"rd", "1"});
    CHECK(device.counters().registrations == 1);
}

TEST_CASE("a device configured to announce the Security object lists its instance", "[devicesim]")
{
    Bench bench;
    auto config = bench.config("reg-node-sec");
    config.announceSecurityObject = true;
    config.temperatureSensors = 2;
    bench.startRegistered(config);
    auto links = lwm2m::parseRegistrationLinks(bench.server.registers.front().payload);
    REQUIRE(links.has_value());
    REQUIRE(links->object(0) != nullptr);
    CHECK(links->object(0)->instanceIds == std::vector<std::uint16_t>{0});
    CHECK(links->object(3303)->instanceIds == std::vector<std::uint16_t>{0, 1});
}

TEST_CASE("a device updates before its lifetime runs out and de-registers on stop", "[devicesim]")
{
    Bench bench;
    auto config = bench.config("reg-node-2");
    config.lifetimeSec = 3;
    SimulatedDevice& device = bench.startRegistered(config);
    const auto registeredAt = bench.server.registers.front().at;
    REQUIRE(waitFor([&] { return bench.server.updates.size() >= 2; }, 6000ms));
    // Each Update lands inside the 3 s lifetime of the exchange before it.
    CHECK(bench.server.updates[0].at - registeredAt < 3s);
    CHECK(bench.server.updates[1].at - bench.server.updates[0].at < 3s);
    CHECK(bench.server.updates[0].location == "1");
    CHECK(bench.server.updates[0].query.empty()); // nothing changed, so nothing is repeated
    CHECK(device.counters().updates >= 2);

    device.stop();
    REQUIRE(waitFor([&] { return device.state() == DeviceState::Stopped; }));
    CHECK(bench.server.deregistrations == 1);
    CHECK(device.counters().deregistrations == 1);
    CHECK(device.session() == 0);
}

TEST_CASE("a device whose Update gets 4.04 registers again", "[devicesim]")
{
    Bench bench;
    SimulatedDevice& device = bench.startRegistered(bench.config("reg-node-3"));
    bench.server.live["1"] = false; // the server forgot the registration
    device.triggerUpdate();
    REQUIRE(waitFor([&] { return bench.server.registers.size() == 2 && device.state() == DeviceState::Registered; }));
    CHECK(device.registrationLocation() == std::vector<std::string>{"rd", "2"});
}

TEST_CASE("a device retries registration with backoff while the server is silent", "[devicesim]")
{
    coap::CoapContext deviceContext;
    DeviceFleet fleet(deviceContext, models());
    // A port where nobody listens: a listening context that we close right away.
    std::uint16_t port = 0;
    {
        coap::CoapContext probe;
        port = probe.listen("127.0.0.1", 0, {}).value();
    }
    DeviceConfig config;
    config.endpoint = "reg-node-4";
    config.serverHost = "127.0.0.1";
    config.serverPort = port;
    config.requestTimeout = 300ms;
    config.ackTimeout = 100ms;
    config.maxRetransmit = 1;
    config.retryInitialDelay = 200ms;
    SimulatedDevice* device = fleet.addDevice(config).value();
    std::vector<DeviceState> states;
    QObject::connect(device, &SimulatedDevice::stateChanged, device, [&](DeviceState state) { states.push_back(state); });
    device->start();
    REQUIRE(waitFor([&] { return device->counters().errors >= 2; }, 4000ms));
    CHECK(device->counters().registrations == 0);
    CHECK(std::count(states.begin(), states.end(), DeviceState::Registering) >= 2);
    CHECK(std::count(states.begin(), states.end(), DeviceState::Error) >= 2);
    device->stop();
    CHECK(device->state() == DeviceState::Stopped);
}

TEST_CASE("the update delay is the earlier of 80 % and lifetime - 10 s, but at least half the lifetime",
          "[devicesim]")
{
    CHECK(RegistrationClient::updateDelay(300) == 240s);
    CHECK(RegistrationClient::updateDelay(30) == 20s);
    CHECK(RegistrationClient::updateDelay(12) == 6s);
    CHECK(RegistrationClient::updateDelay(3) == 1500ms);
    CHECK(RegistrationClient::updateDelay(1) == 1s);
}

TEST_CASE("two devices share one context and are told apart by their sessions", "[devicesim]")
{
    Bench bench;
    bench.startRegistered(bench.config("reg-node-a"));
    const coap::SessionId first = bench.server.deviceSession;
    bench.startRegistered(bench.config("reg-node-b"));
    const coap::SessionId second = bench.server.deviceSession;
    REQUIRE(first != second);
    bench.server.deviceSession = first;
    auto serial = bench.server.get("/3/0/2");
    REQUIRE(serial.has_value());
    CHECK(text(serial->payload) == "SN-reg-node-a");
    bench.server.deviceSession = second;
    serial = bench.server.get("/3/0/2");
    REQUIRE(serial.has_value());
    CHECK(text(serial->payload) == "SN-reg-node-b");
    CHECK_FALSE(bench.fleet.addDevice(bench.config("reg-node-a")).has_value());
}
