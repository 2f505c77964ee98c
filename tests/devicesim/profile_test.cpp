#include "devicesim_test_support.h"

#include "profiles/builtin_profiles.h"
#include "profiles/device_profile.h"
#include "signals/typed_sample.h"

#include "lwm2m/registration_links.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <numbers>
#include <set>

using namespace hangar;
using namespace hangar::devicesim;
using namespace hangar::devicesim::test;
using coap::Method;
using coap::ResponseCode;
using lwm2m::ContentFormat;
using lwm2m::LwM2mPath;
using lwm2m::ResourceType;
using lwm2m::Value;

namespace {

constexpr std::uint16_t number(ContentFormat format) { return static_cast<std::uint16_t>(format); }

lwm2m::PathValues readValues(TestServer& server, const LwM2mPath& path)
{
    auto answer = server.get(path.toString(), number(ContentFormat::SenmlCbor));
    REQUIRE(answer.has_value());
    REQUIRE(answer->code == ResponseCode::Content);
    auto values = lwm2m::decode(ContentFormat::SenmlCbor, answer->payload, path, models());
    REQUIRE(values.has_value());
    return *values;
}

Value valueAt(const lwm2m::PathValues& values, const LwM2mPath& path)
{
    for (const auto& entry : values)
        if (entry.path == path)
            return entry.value;
    return {};
}

double numeric(const Value& value)
{
    switch (value.type()) {
    case ResourceType::Float:
        return value.asFloat();
    case ResourceType::Integer:
    case ResourceType::Time:
        return static_cast<double>(value.asInteger());
    case ResourceType::UnsignedInteger:
        return static_cast<double>(value.asUnsigned());
    case ResourceType::Boolean:
        return value.asBool() ? 1.0 : 0.0;
    default:
        return std::nan("");
    }
}

double nowSec()
{
    return static_cast<double>(
               std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
                   .count()) /
           1000.0;
}

/// Metres from `point` to the nearest leg of a closed route (flat-earth, fine for a yard).
double metresFromRoute(const Route& route, GeoPoint point)
{
    constexpr double kMetresPerDegree = 111195.0;
    const double scale = std::cos(point.latitude * std::numbers::pi / 180.0);
    const auto local = [&](const GeoPoint& p) {
        return std::pair{(p.longitude - point.longitude) * scale * kMetresPerDegree,
                         (p.latitude - point.latitude) * kMetresPerDegree};
    };
    double nearest = 1e12;
    for (std::size_t i = 0; i < route.points.size(); ++i) {
        const auto [ax, ay] = local(route.points[i]);
        const auto [bx, by] = local(route.points[(i + 1) % route.points.size()]);
        const double length2 = (bx - ax) * (bx - ax) + (by - ay) * (by - ay);
        const double share = length2 > 0 ? std::clamp(-(ax * (bx - ax) + ay * (by - ay)) / length2, 0.0, 1.0) : 0.0;
        const double x = ax + share * (bx - ax);
        const double y = ay + share * (by - ay);
        nearest = std::min(nearest, std::sqrt(x * x + y * y));
    }
    return nearest;
}

/// A device of `profile` that stays awake, with a test-sized lifetime.
DeviceConfig awakeConfig(const Bench& bench, const DeviceProfile& profile, const std::string& endpoint)
{
    DeviceConfig config = bench.config(endpoint);
    applyProfile(config, profile);
    config.lifetimeSec = 60;
    config.queueMode = false;
    return config;
}

} // namespace

TEST_CASE("the built-in profiles are listed, found by name and look like different products", "[profiles]")
{
    const auto& profiles = builtinProfiles();
    REQUIRE(profiles.size() == 5);
    std::set<std::string> models;
    std::set<std::string> types;
    for (const DeviceProfile* profile : profiles) {
        CAPTURE(profile->name);
        CHECK(findProfile(profile->name) == profile);
        CHECK_FALSE(profile->description.empty());
        models.insert(profile->model);
        types.insert(profile->deviceType);
    }
    CHECK(models.size() == profiles.size());
    CHECK(types.size() == profiles.size());
    for (const char* name : {"temperature-humidity", "pump-controller", "energy-meter", "asset-tracker", "gateway"})
        CHECK(findProfile(name) != nullptr);
    CHECK(findProfile(kMixedProfileName) == nullptr);
    CHECK(findProfile("toaster") == nullptr);

    DeviceConfig config;
    applyProfile(config, assetTrackerProfile());
    CHECK(config.profile == &assetTrackerProfile());
    CHECK(config.queueMode);
    CHECK(config.wakeInterval.count() > 0);
    // A tracker stays reachable for the window LwM2M servers assume (93 s), not less.
    CHECK(config.awakeTime == kSpecAwakeTime);
    CHECK(kSpecAwakeTime == 93s);
}

TEST_CASE("a mixed plant is deterministic, mostly sensors, and varied even when small", "[profiles]")
{
    std::map<std::string, int> counts;
    for (std::uint64_t i = 0; i < 1000; ++i) {
        REQUIRE(&mixedPlantProfile(i) == &mixedPlantProfile(i));
        ++counts[mixedPlantProfile(i).name];
    }
    CHECK(counts["temperature-humidity"] == 600);
    CHECK(counts["pump-controller"] == 140);
    CHECK(counts["energy-meter"] == 120);
    CHECK(counts["asset-tracker"] == 100);
    CHECK(counts["gateway"] == 40);
    std::set<const DeviceProfile*> firstTen;
    for (std::uint64_t i = 0; i < 10; ++i)
        firstTen.insert(&mixedPlantProfile(i));
    CHECK(firstTen.size() >= 4);
}

TEST_CASE("every built-in profile registers and reads back plausible values", "[profiles]")
{
    const std::string name =
        GENERATE(as<std::string>{}, "temperature-humidity", "pump-controller", "energy-meter", "asset-tracker", "gateway");
    CAPTURE(name);
    const DeviceProfile& profile = *findProfile(name);
    Bench bench;
    SimulatedDevice& device = bench.startRegistered(awakeConfig(bench, profile, "plant-" + name));

    auto links = lwm2m::parseRegistrationLinks(bench.server.registers.front().payload);
    REQUIRE(links.has_value());
    for (const std::uint16_t objectId : {std::uint16_t{1}, std::uint16_t{3}, std::uint16_t{4}, std::uint16_t{5}})
        CHECK(links->object(objectId) != nullptr);
    for (const InstanceGroup& group : profile.instances) {
        REQUIRE(links->object(group.objectId) != nullptr);
        const auto& instances = links->object(group.objectId)->instanceIds;
        for (std::uint16_t i = 0; i < group.count; ++i)
            CHECK(std::count(instances.begin(), instances.end(), group.firstInstance + i) == 1);
    }

    // Device: identity, power, memory, executables.
    const auto deviceValues = readValues(bench.server, LwM2mPath(3, 0));
    CHECK(valueAt(deviceValues, LwM2mPath(3, 0, 0)) == Value::string(profile.manufacturer));
    CHECK(valueAt(deviceValues, LwM2mPath(3, 0, 1)) == Value::string(profile.model));
    CHECK(valueAt(deviceValues, LwM2mPath(3, 0, 3)) == Value::string(profile.firmwareVersion));
    CHECK(valueAt(deviceValues, LwM2mPath(3, 0, 17)) == Value::string(profile.deviceType));
    CHECK(valueAt(deviceValues, LwM2mPath(3, 0, 2)).asString().starts_with(profile.serialPrefix));
    const double battery = numeric(valueAt(deviceValues, LwM2mPath(3, 0, 9)));
    CHECK(battery >= 5);
    CHECK(battery <= 100);
    const double memoryFree = numeric(valueAt(deviceValues, LwM2mPath(3, 0, 10)));
    CHECK(memoryFree > 0);
    CHECK(memoryFree <= numeric(valueAt(deviceValues, LwM2mPath(3, 0, 21))));
    CHECK(valueAt(deviceValues, LwM2mPath(3, 0, 11, 0)) == Value::integer(0));
    CHECK(std::fabs(numeric(valueAt(deviceValues, LwM2mPath(3, 0, 13))) - nowSec()) < 3);
    CHECK(device.objects().exists(LwM2mPath(3, 0, 4)));
    CHECK(device.objects().exists(LwM2mPath(3, 0, 5)));

    // Connectivity Monitoring and Firmware Update at rest.
    const auto network = readValues(bench.server, LwM2mPath(4, 0));
    CHECK(valueAt(network, LwM2mPath(4, 0, 0)) == Value::integer(profile.network.bearer));
    CHECK(valueAt(network, LwM2mPath(4, 0, 4, 0)).asString().starts_with("10."));
    const double strength = numeric(valueAt(network, LwM2mPath(4, 0, 2)));
    CHECK(strength <= 0);
    CHECK(strength >= -120);
    const auto firmware = readValues(bench.server, LwM2mPath(5, 0));
    CHECK(valueAt(firmware, LwM2mPath(5, 0, 3)) == Value::integer(0));
    CHECK(valueAt(firmware, LwM2mPath(5, 0, 5)) == Value::integer(0));

    // Every generated value: the model's type, inside the model's range and the profile's bounds.
    std::map<LwM2mPath, lwm2m::PathValues> instances;
    for (const LiveResource& live : profile.live) {
        const auto* model = models().resource(live.objectId, live.resourceId);
        REQUIRE(model != nullptr);
        for (const std::uint16_t instance : device.objects().instanceIds(live.objectId)) {
            if (instance < live.instanceFrom || instance > live.instanceTo)
                continue;
            const LwM2mPath instancePath(live.objectId, instance);
            if (!instances.contains(instancePath))
                instances[instancePath] = readValues(bench.server, instancePath);
            const LwM2mPath path = live.resourceInstance >= 0
                                       ? LwM2mPath(live.objectId, instance, live.resourceId,
                                                   static_cast<std::uint16_t>(live.resourceInstance))
                                       : LwM2mPath(live.objectId, instance, live.resourceId);
            CAPTURE(path.toString());
            const Value value = valueAt(instances[instancePath], path);
            CHECK(value.type() == model->type);
            const double sample = numeric(value);
            if (const auto range = numericRange(model->rangeEnumeration)) {
                CHECK(sample >= range->low);
                CHECK(sample <= range->high);
            }
            if (live.gateObjectId == 0 || sample != live.idleValue) {
                CHECK(sample >= live.signal.minimum);
                CHECK(sample <= live.signal.maximum);
            }
        }
    }
    for (const InstanceGroup& group : profile.instances) {
        if (group.units.empty())
            continue;
        auto units = bench.server.get(LwM2mPath(group.objectId, group.firstInstance, 5701).toString());
        REQUIRE(units.has_value());
        CHECK(text(units->payload) == group.units);
    }
}

TEST_CASE("an observed profile resource notifies within pmin and pmax, stamped with the device clock", "[profiles]")
{
    Bench bench;
    SimulatedDevice& device = bench.startRegistered(awakeConfig(bench, energyMeterProfile(), "plant-meter-obs"));
    // The energy counter grows every second: pmin paces it.
    REQUIRE(bench.server.send(Method::Put, "/3331/0/5700", std::nullopt, "", {"pmin=1", "pmax=3"})->code ==
            ResponseCode::Changed);
    std::vector<std::chrono::steady_clock::time_point> arrivals;
    std::vector<lwm2m::PathValue> samples;
    coap::Request observe;
    observe.uriPath = {"3331", "0", "5700"};
    observe.accept = number(ContentFormat::SenmlJson);
    auto observation = bench.server.context.observe(bench.server.deviceSession, observe, [&](Expected<coap::Response> r) {
        if (!r)
            return;
        auto values = lwm2m::decode(ContentFormat::SenmlJson, r->payload, LwM2mPath(3331, 0, 5700), models());
        if (values && values->size() == 1) {
            arrivals.push_back(std::chrono::steady_clock::now());
            samples.push_back(values->front());
        }
    });
    REQUIRE(observation.has_value());
    REQUIRE(waitFor([&] { return samples.size() >= 5; }, 10000ms));
    for (std::size_t i = 1; i < samples.size(); ++i) {
        const auto gap = std::chrono::duration_cast<std::chrono::milliseconds>(arrivals[i] - arrivals[i - 1]);
        CAPTURE(i, gap.count());
        CHECK(gap >= 900ms);
        CHECK(gap <= 3400ms);
        CHECK(samples[i].value.asFloat() >= samples[i - 1].value.asFloat()); // a meter never runs back
        REQUIRE(samples[i].timeSec.has_value());
        CHECK(std::fabs(*samples[i].timeSec - nowSec()) < 5);
    }
    bench.server.context.cancelObservation(*observation);

    // A step larger than a phase voltage ever moves holds back changes; pmax still reports.
    REQUIRE(bench.server.send(Method::Put, "/3316/0/5700", std::nullopt, "", {"st=100", "pmax=2"})->code ==
            ResponseCode::Changed);
    arrivals.clear();
    observe.uriPath = {"3316", "0", "5700"};
    auto voltage = bench.server.context.observe(bench.server.deviceSession, observe, [&](Expected<coap::Response> r) {
        if (r)
            arrivals.push_back(std::chrono::steady_clock::now());
    });
    REQUIRE(voltage.has_value());
    REQUIRE(waitFor([&] { return arrivals.size() >= 3; }, 8000ms));
    for (std::size_t i = 1; i < arrivals.size(); ++i)
        CHECK(arrivals[i] - arrivals[i - 1] >= 1800ms);
    CHECK(device.observationCount() >= 1);
}

TEST_CASE("a sleepy asset tracker wakes on its own schedule and sends an Update each time", "[profiles]")
{
    Bench bench;
    DeviceConfig config = bench.config("plant-tracker-sleepy");
    applyProfile(config, assetTrackerProfile());
    config.lifetimeSec = 60; // lifetime Updates stay out of the way
    config.awakeTime = 400ms;
    config.wakeInterval = 700ms;
    SimulatedDevice& device = bench.startRegistered(config);
    const auto& query = bench.server.registers.front().query;
    CHECK(std::find(query.begin(), query.end(), "Q") != query.end());
    int sleeps = 0;
    QObject::connect(&device, &SimulatedDevice::stateChanged, &device,
                     [&](DeviceState state) { sleeps += state == DeviceState::Sleeping ? 1 : 0; });
    REQUIRE(waitFor([&] { return bench.server.updates.size() >= 3; }, 10000ms));
    CHECK(sleeps >= 3);
    for (std::size_t i = 1; i < bench.server.updates.size(); ++i)
        CHECK(bench.server.updates[i].at - bench.server.updates[i - 1].at >= 900ms);
    CHECK(device.counters().registrations == 1);
}

TEST_CASE("an asset tracker's location moves along its route with a current timestamp", "[profiles]")
{
    Bench bench;
    bench.startRegistered(awakeConfig(bench, assetTrackerProfile(), "plant-tracker-route"));
    const auto first = readValues(bench.server, LwM2mPath(6, 0));
    spin(2500ms);
    const auto second = readValues(bench.server, LwM2mPath(6, 0));
    const Route* route = assetTrackerProfile().live.front().signal.route;
    REQUIRE(route != nullptr);
    for (const auto* values : {&first, &second}) {
        const double latitude = numeric(valueAt(*values, LwM2mPath(6, 0, 0)));
        const double longitude = numeric(valueAt(*values, LwM2mPath(6, 0, 1)));
        // Latitude and longitude describe one point, and it lies on the yard loop.
        CHECK(metresFromRoute(*route, {latitude, longitude}) < 2.0);
        CHECK(std::fabs(numeric(valueAt(*values, LwM2mPath(6, 0, 5))) - nowSec()) < 5);
        CHECK(numeric(valueAt(*values, LwM2mPath(6, 0, 6))) >= 0);
    }
    const bool moved = valueAt(first, LwM2mPath(6, 0, 0)) != valueAt(second, LwM2mPath(6, 0, 0)) ||
                       valueAt(first, LwM2mPath(6, 0, 1)) != valueAt(second, LwM2mPath(6, 0, 1));
    CHECK(moved);
}
