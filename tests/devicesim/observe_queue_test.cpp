#include "devicesim_test_support.h"

#include "lwm2m/discover_links.h"

#include <catch2/catch.hpp>

using namespace hangar;
using namespace hangar::devicesim;
using namespace hangar::devicesim::test;
using coap::Method;
using coap::ResponseCode;
using lwm2m::ContentFormat;
using lwm2m::LwM2mPath;

TEST_CASE("observing a sensor value honours pmin and pmax, and a cancel stops the notifications", "[devicesim]")
{
    Bench bench;
    SimulatedDevice& device = bench.startRegistered(bench.config("obs-node-1"));
    auto attributes = bench.server.send(Method::Put, "/3303/0/5700", std::nullopt, "", {"pmin=1", "pmax=2"});
    REQUIRE(attributes.has_value());
    REQUIRE(attributes->code == ResponseCode::Changed);
    auto discovered = bench.server.get("/3303/0/5700", static_cast<std::uint16_t>(ContentFormat::LinkFormat));
    REQUIRE(discovered.has_value());
    auto links = lwm2m::parseDiscoverLinks(text(discovered->payload));
    REQUIRE(links.has_value());
    CHECK(links->front().attributes.pminSec == 1u);
    CHECK(links->front().attributes.pmaxSec == 2u);

    std::vector<std::chrono::steady_clock::time_point> arrivals;
    std::vector<coap::Response> received;
    coap::Request observe;
    observe.uriPath = {"3303", "0", "5700"};
    observe.accept = static_cast<std::uint16_t>(ContentFormat::SenmlJson);
    auto observation = bench.server.context.observe(bench.server.deviceSession, observe, [&](Expected<coap::Response> r) {
        if (r) {
            arrivals.push_back(std::chrono::steady_clock::now());
            received.push_back(*r);
        }
    });
    REQUIRE(observation.has_value());
    REQUIRE(waitFor([&] { return received.size() >= 5; }, 10000ms));
    CHECK(device.observationCount() == 1);
    for (std::size_t i = 1; i < arrivals.size(); ++i) {
        const auto gap = arrivals[i] - arrivals[i - 1];
        CAPTURE(i, std::chrono::duration_cast<std::chrono::milliseconds>(gap).count());
        CHECK(gap >= 900ms);
        CHECK(gap <= 2400ms);
    }
    for (const auto& notification : received) {
        CHECK(notification.contentFormat == static_cast<std::uint16_t>(ContentFormat::SenmlJson));
        auto values = lwm2m::decode(ContentFormat::SenmlJson, notification.payload, LwM2mPath(3303, 0, 5700), models());
        REQUIRE(values.has_value());
        CHECK(values->front().value.type() == lwm2m::ResourceType::Float);
    }
    CHECK(device.counters().notificationsSent >= received.size() - 1);

    bench.server.context.cancelObservation(*observation);
    REQUIRE(waitFor([&] { return device.observationCount() == 0; }));
    const auto sent = device.counters().notificationsSent;
    spin(2500ms);
    CHECK(device.counters().notificationsSent == sent);
}

TEST_CASE("a step attribute holds back notifications for small changes", "[devicesim]")
{
    Bench bench;
    SimulatedDevice& device = bench.startRegistered(bench.config("obs-node-2"));
    // The signal moves by well under 100 degrees: with st=100 and no pmax nothing is sent.
    REQUIRE(bench.server.send(Method::Put, "/3303/0/5700", std::nullopt, "", {"st=100"})->code == ResponseCode::Changed);
    int notifications = 0;
    coap::Request observe;
    observe.uriPath = {"3303", "0", "5700"};
    auto observation = bench.server.context.observe(bench.server.deviceSession, observe,
                                                    [&](Expected<coap::Response> r) { notifications += r ? 1 : 0; });
    REQUIRE(observation.has_value());
    REQUIRE(waitFor([&] { return notifications == 1; }));
    spin(2500ms);
    CHECK(notifications == 1);
    CHECK(device.counters().notificationsSent == 0);
}

TEST_CASE("write-attributes enforces the LwM2M attribute rules", "[devicesim]")
{
    Bench bench;
    bench.startRegistered(bench.config("obs-node-3"));
    auto& server = bench.server;
    const auto code = [&](const std::string& path, std::vector<std::string> query) {
        auto answer = server.send(Method::Put, path, std::nullopt, "", std::move(query));
        REQUIRE(answer.has_value());
        return answer->code;
    };
    CHECK(code("/3303/0/5700", {"pmin=5", "pmax=2"}) == ResponseCode::BadRequest);
    CHECK(code("/3303/0/5700", {"gt=20", "lt=30"}) == ResponseCode::BadRequest);
    CHECK(code("/3303/0/5700", {"lt=20", "gt=30", "st=6"}) == ResponseCode::BadRequest);
    CHECK(code("/3303/0/5700", {"lt=20", "gt=30", "st=4"}) == ResponseCode::Changed);
    CHECK(code("/3303/0/5701", {"gt=3"}) == ResponseCode::BadRequest); // a string resource
    CHECK(code("/3303/0", {"st=1"}) == ResponseCode::BadRequest);
    CHECK(code("/3303/0", {"dim=2"}) == ResponseCode::BadRequest);
    CHECK(code("/3303/0", {"pmin=10", "epmin=1", "epmax=5"}) == ResponseCode::Changed);
    CHECK(code("/3303/7", {"pmin=10"}) == ResponseCode::NotFound);
}

TEST_CASE("a device registers over DTLS-PSK with the right key and fails with a wrong one", "[devicesim]")
{
    Bench bench(coap::SecurityMode::Psk);
    auto good = bench.config("psk-node-1");
    good.security = DeviceSecurity::Psk;
    good.pskIdentity = kPskIdentity;
    good.pskKey = kPskKey;
    SimulatedDevice& device = bench.startRegistered(good);
    CHECK(text(bench.server.get("/3/0/0")->payload) == "Hangar");

    auto bad = good;
    bad.endpoint = "psk-node-2";
    bad.pskKey = {0x01, 0x02, 0x03};
    bad.retryInitialDelay = 10000ms;
    SimulatedDevice* intruder = bench.fleet.addDevice(bad).value();
    intruder->start();
    REQUIRE(waitFor([&] { return intruder->state() == DeviceState::Error; }, 8000ms));
    CHECK(intruder->counters().registrations == 0);
    CHECK(bench.server.registers.size() == 1);
    CHECK(device.state() == DeviceState::Registered);
}

TEST_CASE("a queue-mode device answers only after it woke up and sent an Update", "[devicesim]")
{
    Bench bench;
    auto config = bench.config("queue-node-1");
    config.queueMode = true;
    config.awakeTime = 600ms;
    SimulatedDevice& device = bench.startRegistered(config);
    const auto& query = bench.server.registers.front().query;
    CHECK(std::find(query.begin(), query.end(), "Q") != query.end());
    REQUIRE(waitFor([&] { return device.state() == DeviceState::Sleeping; }, 3000ms));

    // While it sleeps a request gets nothing back.
    coap::Request read;
    read.uriPath = {"3", "0", "0"};
    read.timeout = 800ms;
    auto missed = bench.server.request(read, 800ms);
    REQUIRE_FALSE(missed.has_value());

    std::optional<Expected<coap::Response>> held;
    std::chrono::steady_clock::time_point answeredAt;
    read.timeout = 5000ms;
    REQUIRE(bench.server.context
                .send(bench.server.deviceSession, read,
                      [&](Expected<coap::Response> r) {
                          held = std::move(r);
                          answeredAt = std::chrono::steady_clock::now();
                      })
                .has_value());
    spin(400ms);
    CHECK_FALSE(held.has_value());
    const auto updatesBefore = bench.server.updates.size();
    device.wakeUp();
    REQUIRE(waitFor([&] { return held.has_value(); }));
    REQUIRE(bench.server.updates.size() > updatesBefore);
    CHECK(bench.server.updates[updatesBefore].at <= answeredAt);
    REQUIRE(held->has_value());
    CHECK(text((*held)->payload) == "Hangar");
    // It falls asleep again once the awake time passed.
    REQUIRE(waitFor([&] { return device.state() == DeviceState::Sleeping; }, 3000ms));
}
