#include "captured_registers.h"
#include "devicesim_test_support.h"

#include "lwm2m_version.h"
#include "register_message.h"

#include "lwm2m/registration_links.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <iterator>

using namespace hangar;
using namespace hangar::devicesim;
using namespace hangar::devicesim::test;
using coap::ResponseCode;
using hangar::test::CapturedRegister;
using hangar::test::capturedRegisters;

namespace {

std::string readVector(const std::string& name)
{
    std::ifstream file(std::string(HANGAR_TEST_DATA_DIR) + "/" + name, std::ios::binary);
    REQUIRE(file.good());
    return std::string(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
}

std::vector<std::string> sorted(std::vector<std::string> items)
{
    std::sort(items.begin(), items.end());
    return items;
}

bool hasQuery(const std::vector<std::string>& query, const std::string& item)
{
    return std::find(query.begin(), query.end(), item) != query.end();
}

/// The objects a captured payload announces, to word them again ourselves.
std::vector<lwm2m::RegisteredObject> objectsOf(const std::string& payload)
{
    auto links = lwm2m::parseRegistrationLinks(payload);
    REQUIRE(links.has_value());
    return links->objects;
}

RegisterParams paramsFor(const std::string& version, bool queueMode = false)
{
    RegisterParams params;
    params.endpoint = "ep-1";
    params.lifetimeSec = 60;
    params.lwm2mVersion = version;
    params.queueMode = queueMode;
    return params;
}

/// A device of `bench` that is started and reports its version fallbacks into `seen`.
SimulatedDevice& startDevice(Bench& bench, DeviceConfig config, std::vector<VersionFallback>& seen)
{
    SimulatedDevice* device = bench.fleet.addDevice(std::move(config)).value();
    QObject::connect(device, &SimulatedDevice::lwm2mVersionFellBack,
                     [&seen](const VersionFallback& fallback) { seen.push_back(fallback); });
    device->start();
    return *device;
}

const std::vector<std::uint16_t> kFormats = {112, 110, 11542, 11543};

} // namespace

TEST_CASE("a 1.1 Register is worded as Wakaama's LwM2M 1.1 client words it",
          "[devicesim][lwm2m-version]")
{
    const auto captured = capturedRegisters("wakaama_session.json");
    REQUIRE(captured.size() == 1);
    const CapturedRegister& wakaama = captured.front();
    REQUIRE(wakaama.answer == "2.01");

    // LwM2M 1.1: ep, lt, lwm2m=1.1 and b (transports only), Q only in queue mode.
    RegisterParams params = paramsFor("1.1");
    params.endpoint = "wk-ep-1";
    CHECK(sorted(registerQuery(params)) == sorted(wakaama.query));
    CHECK(hasQuery(registerQuery(paramsFor("1.1", true)), "Q"));
    CHECK(hasQuery(registerQuery(paramsFor("1.1", true)), "b=U"));

    // The root link names the one preferred format: Wakaama prefers SenML JSON (110).
    const std::string vector = readVector("wakaama_register.linkformat.txt");
    CHECK(wakaama.payload == vector);
    CHECK(registerPayload("1.1", {110, 11542}, objectsOf(vector)) == vector);
    CHECK(registerPayload("1.1", kFormats, objectsOf(vector))
              .starts_with("</>;rt=\"oma.lwm2m\";ct=112,"));
    // TLV preferred: it is the default, so ct is left out.
    CHECK(registerPayload("1.1", {11542, 110}, objectsOf(vector))
              .starts_with("</>;rt=\"oma.lwm2m\",</1>;ver=1.1,"));
}

TEST_CASE("a 1.0 Register names no root link, no ct and no Q, as Anjay lists its objects",
          "[devicesim][lwm2m-version]")
{
    const std::string anjay = readVector("anjay_register.linkformat.txt");
    const std::string payload = registerPayload("1.0", kFormats, objectsOf(anjay));
    CHECK(payload.find("</>") == std::string::npos);
    CHECK(payload.find("ct=") == std::string::npos);
    CHECK(payload.find("rt=") == std::string::npos);
    // Anjay words object versions of a 1.0 registration quoted; the objects are the same.
    std::string quoted = anjay;
    quoted.replace(quoted.find("ver=1.1"), 7, "ver=\"1.1\"");
    CHECK(payload == quoted);
    CHECK(lwm2m::parseRegistrationLinks(payload).value() ==
          lwm2m::parseRegistrationLinks(anjay).value());

    CHECK(registerQuery(paramsFor("1.0")) ==
          std::vector<std::string>{"ep=ep-1", "lt=60", "lwm2m=1.0", "b=U"});
    // 1.0 binding modes are U, UQ, S, SQ, US, UQS: queue mode is part of b.
    CHECK(registerQuery(paramsFor("1.0", true)) ==
          std::vector<std::string>{"ep=ep-1", "lt=60", "lwm2m=1.0", "b=UQ"});
}

TEST_CASE("a 1.2 Register lists every format and steps down as Anjay did on 4.12",
          "[devicesim][lwm2m-version]")
{
    const std::string payload =
        registerPayload("1.2", kFormats, objectsOf(readVector("anjay_register.linkformat.txt")));
    CHECK(payload.starts_with("</>;rt=\"oma.lwm2m\";ct=\"112 110 11542 11543\","));
    CHECK(lwm2m::parseRegistrationLinks(payload).value().contentFormats == kFormats);
    CHECK(hasQuery(registerQuery(paramsFor("1.2")), "lwm2m=1.2"));

    // Anjay tried 1.2, was refused with 4.12 by Wakaama's server, and sent the same Register
    // as 1.1.
    const auto captured = capturedRegisters("anjay_session.json");
    REQUIRE(captured.size() == 2);
    CHECK(queryValue(captured[0].query, "lwm2m") == "1.2");
    CHECK(captured[0].answer == "4.12");
    CHECK(refusesLwm2mVersion(ResponseCode::PreconditionFailed));
    CHECK(olderLwm2mVersion(queryValue(captured[0].query, "lwm2m")) ==
          queryValue(captured[1].query, "lwm2m"));
    CHECK(captured[1].answer == "2.01");
    CHECK(captured[1].payload == captured[0].payload);
    CHECK(olderLwm2mVersion("1.1") == "1.0");
    CHECK_FALSE(olderLwm2mVersion("1.0").has_value());
    CHECK_FALSE(refusesLwm2mVersion(ResponseCode::Forbidden));
}

TEST_CASE("a strict LwM2M 1.1 server takes a default device's first Register",
          "[devicesim][lwm2m-version]")
{
    Bench bench;
    bench.server.gate = strictLwm2m11;
    SimulatedDevice& device = bench.startRegistered(bench.config("strict-default"));
    CHECK(bench.server.refused.empty());
    REQUIRE(bench.server.registers.size() == 1);
    CHECK(queryValue(bench.server.registers[0].query, "lwm2m") == "1.1");
    CHECK(bench.server.registers[0].payload.starts_with("</>;rt=\"oma.lwm2m\";ct=112,"));
    CHECK(device.lwm2mVersion() == "1.1");
    CHECK(device.counters().versionFallbacks == 0);
}

TEST_CASE(
    "a 1.2 device refused with 4.00 by a strict 1.1 server registers as 1.1, says so and stays 1.1",
    "[devicesim][lwm2m-version]")
{
    Bench bench;
    bench.server.gate = strictLwm2m11;
    std::vector<VersionFallback> fallbacks;
    auto config = bench.config("fb-1");
    config.lwm2mVersion = "1.2";
    SimulatedDevice& device = startDevice(bench, config, fallbacks);
    REQUIRE(waitFor([&] { return device.state() == DeviceState::Registered; }));

    REQUIRE(bench.server.refused.size() == 1);
    CHECK(queryValue(bench.server.refused[0].query, "lwm2m") == "1.2");
    REQUIRE(bench.server.registers.size() == 1);
    CHECK(queryValue(bench.server.registers[0].query, "lwm2m") == "1.1");
    CHECK(bench.server.registers[0].payload.starts_with("</>;rt=\"oma.lwm2m\";ct=112,"));
    CHECK(device.lwm2mVersion() == "1.1");
    CHECK(device.counters().versionFallbacks == 1);
    CHECK(device.counters().errors == 0);
    REQUIRE(fallbacks.size() == 1);
    CHECK(fallbacks[0].describe() == "fb-1: server refused LwM2M 1.2 (4.00), registering as 1.1");

    // The server forgets it: the next Register goes out as 1.1 at once.
    bench.server.live[bench.server.registers[0].location] = false;
    device.triggerUpdate();
    REQUIRE(waitFor([&] {
        return bench.server.registers.size() == 2 && device.state() == DeviceState::Registered;
    }));
    CHECK(queryValue(bench.server.registers[1].query, "lwm2m") == "1.1");
    CHECK(bench.server.refused.size() == 1);
    CHECK(fallbacks.size() == 1);
}

TEST_CASE("a server that takes only 1.0 (4.12 otherwise) gets 1.2, then 1.1, then 1.0",
          "[devicesim][lwm2m-version]")
{
    Bench bench;
    bench.server.gate = [](const SeenRegistration& seen) -> std::optional<ResponseCode> {
        if (queryValue(seen.query, "lwm2m") != "1.0")
            return ResponseCode::PreconditionFailed;
        return strictLwm2m11(seen);
    };
    std::vector<VersionFallback> fallbacks;
    auto config = bench.config("fb-2");
    config.lwm2mVersion = "1.2";
    config.queueMode = true;
    SimulatedDevice& device = startDevice(bench, config, fallbacks);
    REQUIRE(waitFor([&] { return device.state() == DeviceState::Registered; }));

    REQUIRE(bench.server.refused.size() == 2);
    CHECK(queryValue(bench.server.refused[0].query, "lwm2m") == "1.2");
    CHECK(queryValue(bench.server.refused[1].query, "lwm2m") == "1.1");
    REQUIRE(bench.server.registers.size() == 1);
    const SeenRegistration& taken = bench.server.registers[0];
    CHECK(queryValue(taken.query, "lwm2m") == "1.0");
    CHECK(queryValue(taken.query, "b") == "UQ");
    CHECK(taken.payload.find("</>") == std::string::npos);
    CHECK(taken.payload.find("ct=") == std::string::npos);
    CHECK(device.lwm2mVersion() == "1.0");
    CHECK(device.counters().versionFallbacks == 2);
    REQUIRE(fallbacks.size() == 2);
    CHECK(fallbacks[1].describe() == "fb-2: server refused LwM2M 1.1 (4.12), registering as 1.0");
}

TEST_CASE(
    "a refused 1.0 Register, or one refused for another reason, is retried with backoff, not older",
    "[devicesim][lwm2m-version]")
{
    Bench bench;
    const auto [version, refusal] = GENERATE(table<std::string, ResponseCode>({
        {"1.0", ResponseCode::BadRequest},
        {"1.2", ResponseCode::Forbidden},
    }));
    bench.server.gate = [refusal =
                             refusal](const SeenRegistration&) -> std::optional<ResponseCode> {
        return refusal;
    };
    std::vector<VersionFallback> fallbacks;
    auto config = bench.config("fb-3");
    config.lwm2mVersion = version;
    config.retryInitialDelay = 50ms;
    SimulatedDevice& device = startDevice(bench, config, fallbacks);
    REQUIRE(waitFor([&] { return bench.server.refused.size() >= 2; }));
    for (const SeenRegistration& seen : bench.server.refused)
        CHECK(queryValue(seen.query, "lwm2m") == version);
    CHECK(device.lwm2mVersion() == version);
    CHECK(device.counters().versionFallbacks == 0);
    CHECK(device.counters().errors >= 1);
    CHECK(fallbacks.empty());
}

TEST_CASE("a device with a version the simulator does not speak is not created",
          "[devicesim][lwm2m-version]")
{
    Bench bench;
    auto config = bench.config("fb-4");
    config.lwm2mVersion = "2.0";
    auto added = bench.fleet.addDevice(config);
    REQUIRE_FALSE(added.has_value());
    CHECK_THAT(added.error().message, Catch::Contains("use 1.0, 1.1 or 1.2"));
}
