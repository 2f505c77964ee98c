#include "devicesim_test_support.h"

#include "profiles/device_profile.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

using namespace hangar;
using namespace hangar::devicesim;
using namespace hangar::devicesim::test;
using coap::Method;
using coap::ResponseCode;
using lwm2m::ContentFormat;
using lwm2m::LwM2mPath;

namespace {

std::int64_t nowSec()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

std::int64_t deviceTime(TestServer& server)
{
    auto answer = server.get("/3/0/13");
    REQUIRE(answer.has_value());
    REQUIRE(answer->code == ResponseCode::Content);
    return std::stoll(text(answer->payload));
}

} // namespace

TEST_CASE("a device with error answers fails about the configured share of requests, the same ones per seed",
          "[device-faults]")
{
    Bench bench;
    auto config = bench.config("fault-errors");
    applyProfile(config, *findProfile("pump-controller"));
    config.lifetimeSec = 60;
    config.faults.errorPercent = 30;
    SimulatedDevice& device = bench.startRegistered(config);
    std::vector<bool> failed;
    for (int i = 0; i < 200; ++i) {
        auto answer = bench.server.get("/3323/0/5700");
        REQUIRE(answer.has_value());
        const int codeClass = coap::codeClass(answer->code);
        CHECK((answer->code == ResponseCode::Content || codeClass == 4 || codeClass == 5));
        failed.push_back(answer->code != ResponseCode::Content);
    }
    const auto failures = std::count(failed.begin(), failed.end(), true);
    CHECK(failures >= 36);  // 18 %
    CHECK(failures <= 84);  // 42 %
    CHECK(device.counters().errorAnswers == static_cast<std::uint64_t>(failures));
    CHECK(device.counters().requestsServed >= 200);

    // A second device with the same seed and endpoint fails the same requests.
    Bench again;
    auto twin = again.config("fault-errors");
    applyProfile(twin, *findProfile("pump-controller"));
    twin.faults.errorPercent = 30;
    again.startRegistered(twin);
    for (int i = 0; i < 40; ++i) {
        auto answer = again.server.get("/3323/0/5700");
        REQUIRE(answer.has_value());
        CHECK((answer->code != ResponseCode::Content) == failed[static_cast<std::size_t>(i)]);
    }

    // Healed while running: every request succeeds again.
    device.setFaults({});
    for (int i = 0; i < 30; ++i)
        CHECK(bench.server.get("/3323/0/5700")->code == ResponseCode::Content);
}

TEST_CASE("a slow responder answers each request only after its delay", "[device-faults]")
{
    Bench bench;
    auto config = bench.config("fault-slow");
    config.faults.responseDelay = 800ms;
    SimulatedDevice& device = bench.startRegistered(config);
    const auto before = std::chrono::steady_clock::now();
    auto answer = bench.server.get("/3/0/0");
    const auto took = std::chrono::steady_clock::now() - before;
    REQUIRE(answer.has_value());
    CHECK(answer->code == ResponseCode::Content);
    CHECK(text(answer->payload) == "Hangar");
    CHECK(took >= 750ms);

    DeviceFaults quick;
    device.setFaults(quick);
    const auto start = std::chrono::steady_clock::now();
    REQUIRE(bench.server.get("/3/0/0").has_value());
    CHECK(std::chrono::steady_clock::now() - start < 500ms);
    CHECK(device.faults() == quick);
}

TEST_CASE("a reboot loop makes the device register again and again until it is healed", "[device-faults]")
{
    Bench bench;
    auto config = bench.config("fault-loop");
    applyProfile(config, *findProfile("temperature-humidity"));
    config.lifetimeSec = 60;
    config.rebootDelay = 200ms;
    config.faults.rebootEvery = 400ms;
    SimulatedDevice& device = bench.startRegistered(config);
    REQUIRE(waitFor([&] { return bench.server.registers.size() >= 4; }, 10000ms));
    CHECK(device.counters().reboots >= 3);
    CHECK(bench.server.deregistrations == 0); // a crash does not say goodbye

    device.setFaults({});
    REQUIRE(waitFor([&] { return device.state() == DeviceState::Registered; }, 5000ms));
    const auto registers = bench.server.registers.size();
    spin(1500ms);
    CHECK(bench.server.registers.size() == registers);
    CHECK(device.state() == DeviceState::Registered);
}

TEST_CASE("clock skew shows in Current Time and in the timestamps of notifications", "[device-faults]")
{
    Bench bench;
    auto config = bench.config("fault-skew");
    applyProfile(config, *findProfile("energy-meter"));
    config.lifetimeSec = 60;
    config.faults.clockSkew = std::chrono::hours(1);
    SimulatedDevice& device = bench.startRegistered(config);
    CHECK(std::abs(deviceTime(bench.server) - (nowSec() + 3600)) <= 2);

    std::optional<double> stamped;
    coap::Request observe;
    observe.uriPath = {"3331", "0", "5700"};
    observe.accept = static_cast<std::uint16_t>(ContentFormat::SenmlCbor);
    REQUIRE(bench.server.send(Method::Put, "/3331/0/5700", std::nullopt, "", {"pmin=1", "pmax=1"})->code ==
            ResponseCode::Changed);
    auto observation = bench.server.context.observe(bench.server.deviceSession, observe, [&](Expected<coap::Response> r) {
        if (!r)
            return;
        auto values = lwm2m::decode(ContentFormat::SenmlCbor, r->payload, LwM2mPath(3331, 0, 5700), models());
        if (values && !values->empty() && values->front().timeSec)
            stamped = values->front().timeSec;
    });
    REQUIRE(observation.has_value());
    REQUIRE(waitFor([&] { return stamped.has_value(); }, 5000ms));
    CHECK(std::fabs(*stamped - static_cast<double>(nowSec() + 3600)) <= 3);

    // Changed while running, backwards this time.
    DeviceFaults behind;
    behind.clockSkew = std::chrono::seconds(-7200);
    device.setFaults(behind);
    CHECK(std::abs(deviceTime(bench.server) - (nowSec() - 7200)) <= 2);

    // A server that sets the clock wins over the skew.
    const std::int64_t set = nowSec() + 10;
    REQUIRE(bench.server.send(Method::Put, "/3/0/13", static_cast<std::uint16_t>(ContentFormat::Text), std::to_string(set))
                ->code == ResponseCode::Changed);
    CHECK(std::abs(deviceTime(bench.server) - set) <= 2);
}
