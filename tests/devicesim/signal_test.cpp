#include "devicesim_test_support.h"

#include "signals/route_position.h"
#include "signals/signal_generator.h"
#include "signals/typed_sample.h"

#include <catch2/catch.hpp>

#include <array>
#include <cmath>
#include <vector>

using namespace hangar;
using namespace hangar::devicesim;
using namespace hangar::devicesim::test;

namespace {

constexpr double kDay = 86400.0;
/// A Monday, 00:00 UTC.
constexpr double kMidnight = 1718582400.0;

constexpr std::array<GeoPoint, 4> kSquare = {{{50.0, 8.0}, {50.0, 8.01}, {50.01, 8.01}, {50.01, 8.0}}};
constexpr Route kSquareRoute{kSquare, 5.0};

std::vector<SignalSpec> everyKind()
{
    return {
        {.kind = SignalKind::Constant, .base = 5, .noise = 0.5, .wander = 1, .spread = 1, .minimum = 0, .maximum = 10},
        {.kind = SignalKind::Sine, .base = 21, .amplitude = 3, .periodSec = 600, .noise = 0.4, .minimum = 17, .maximum = 25},
        {.kind = SignalKind::RandomWalk, .base = 50, .amplitude = 20, .periodSec = 300, .noise = 2, .spread = 10,
         .minimum = 0, .maximum = 100, .decimals = 1},
        {.kind = SignalKind::Steps, .amplitude = 1, .periodSec = 60, .duty = 0.3, .minimum = 0, .maximum = 1, .decimals = 0},
        {.kind = SignalKind::DailyCycle, .base = 20, .amplitude = 5, .phaseSec = 54000, .noise = 0.2, .wander = 2,
         .minimum = 10, .maximum = 30},
        {.kind = SignalKind::Counter, .base = 100, .periodSec = 600, .rate = 0.5, .spread = 1000, .minimum = 0,
         .maximum = 1e9, .decimals = 3},
        {.kind = SignalKind::BatteryDrain, .base = 100, .rate = 0.01, .spread = 40, .minimum = 5, .maximum = 100,
         .decimals = 0},
        {.kind = SignalKind::RouteLatitude, .minimum = -90, .maximum = 90, .decimals = 6, .route = &kSquareRoute},
        {.kind = SignalKind::RouteLongitude, .minimum = -180, .maximum = 180, .decimals = 6, .route = &kSquareRoute},
        {.kind = SignalKind::RouteSpeed, .noise = 0.5, .minimum = 0, .maximum = 20, .decimals = 1, .route = &kSquareRoute},
    };
}

std::vector<double> run(const SignalSpec& signal, std::uint64_t seed, double clockOffset = 0.0)
{
    std::vector<double> values;
    for (double t = 0; t < 3 * kDay; t += 611.3)
        values.push_back(sampleSignal(signal, seed, {t, kMidnight + t + clockOffset}));
    return values;
}

} // namespace

TEST_CASE("every generator stays inside its bounds and repeats exactly with the same seed", "[signals]")
{
    const auto kinds = everyKind();
    for (std::size_t k = 0; k < kinds.size(); ++k) {
        const SignalSpec& signal = kinds[k];
        CAPTURE(k);
        const auto first = run(signal, 1234);
        CHECK(run(signal, 1234) == first);
        CHECK(run(signal, 4321) != first);
        for (const double value : first) {
            CHECK(value >= signal.minimum);
            CHECK(value <= signal.maximum);
            // Rounded to the resolution of the spec.
            CHECK(std::fabs(value * std::pow(10.0, signal.decimals) - std::round(value * std::pow(10.0, signal.decimals))) < 1e-6);
        }
        for (std::uint64_t seed = 1; seed < 50; ++seed)
            for (const double value : run(signal, seed)) {
                REQUIRE(value >= signal.minimum);
                REQUIRE(value <= signal.maximum);
            }
    }
}

TEST_CASE("a sine signal with noise changes from second to second but not within one", "[signals]")
{
    const SignalSpec signal{.kind = SignalKind::Sine, .base = 21, .amplitude = 3, .periodSec = 600, .noise = 0.4};
    CHECK(sampleSignal(signal, 42, {10.2, 0}) == sampleSignal(signal, 42, {10.7, 0}));
    CHECK(sampleSignal(signal, 42, {10.2, 0}) != sampleSignal(signal, 42, {11.2, 0}));
    for (int second = 0; second < 600; ++second) {
        CHECK(sampleSignal(signal, 42, {double(second), 0}) >= 21.0 - 3.4);
        CHECK(sampleSignal(signal, 42, {double(second), 0}) <= 21.0 + 3.4);
    }
}

TEST_CASE("counters never decrease, at any resolution", "[signals]")
{
    const SignalSpec coarse{.kind = SignalKind::Counter, .periodSec = 900, .rate = 1.0 / 900, .spread = 4000, .decimals = 0};
    const SignalSpec fine{.kind = SignalKind::Counter, .base = 150000, .periodSec = 1800, .rate = 45.0 / 3600,
                          .spread = 900000, .decimals = 3};
    for (const SignalSpec& signal : {coarse, fine})
        for (std::uint64_t seed = 1; seed <= 20; ++seed) {
            double previous = sampleSignal(signal, seed, {0, 0});
            CHECK(previous >= signal.base);
            for (double t = 0.25; t < 20000; t += 0.25 + static_cast<double>(seed % 7) * 1.5) {
                const double value = sampleSignal(signal, seed, {t, 0});
                REQUIRE(value >= previous);
                previous = value;
            }
            // It does count: about rate * time, give or take the wobble.
            const double grown = sampleSignal(signal, seed, {100000, 0}) - sampleSignal(signal, seed, {0, 0});
            CHECK(grown > 0.5 * signal.rate * 100000);
            CHECK(grown < 1.6 * signal.rate * 100000);
        }
}

TEST_CASE("a battery drains, and starts from full again once it is empty", "[signals]")
{
    const SignalSpec battery{.kind = SignalKind::BatteryDrain, .base = 100, .rate = 1.0 / 3600, .spread = 50,
                             .minimum = 5, .maximum = 100, .decimals = 0};
    const double start = sampleSignal(battery, 7, {0, 0});
    CHECK(start >= 50);
    CHECK(sampleSignal(battery, 7, {10 * 3600.0, 0}) == start - 10);
    bool recharged = false;
    double previous = start;
    for (double t = 0; t < 400 * 3600.0; t += 600) {
        const double level = sampleSignal(battery, 7, {t, 0});
        REQUIRE(level >= 5);
        REQUIRE(level <= 100);
        recharged = recharged || level > previous;
        previous = level;
    }
    CHECK(recharged);
}

TEST_CASE("a position moves along its closed route at about the route's speed", "[signals]")
{
    // 0.01° of latitude is 1112 m; 0.01° of longitude at 50° N is 715 m.
    CHECK(routeLengthM(kSquareRoute) == Approx(2 * (1112.0 + 715.0)).epsilon(0.01));
    const SignalSpec latitude{.kind = SignalKind::RouteLatitude, .decimals = 6, .route = &kSquareRoute};
    const SignalSpec longitude{.kind = SignalKind::RouteLongitude, .decimals = 6, .route = &kSquareRoute};
    const SignalSpec speed{.kind = SignalKind::RouteSpeed, .decimals = 2, .route = &kSquareRoute};
    const std::uint64_t seed = 99;
    const double mps = sampleSignal(speed, seed, {0, 0});
    CHECK(mps >= 4.0);
    CHECK(mps <= 6.0);
    double travelled = 0.0;
    GeoPoint previous{sampleSignal(latitude, seed, {0, 0}), sampleSignal(longitude, seed, {0, 0})};
    for (double t = 10; t <= 600; t += 10) {
        const GeoPoint here{sampleSignal(latitude, seed, {t, 0}), sampleSignal(longitude, seed, {t, 0})};
        // Always on the square's outline.
        const bool onEdge = std::fabs(here.latitude - 50.0) < 1e-5 || std::fabs(here.latitude - 50.01) < 1e-5 ||
                            std::fabs(here.longitude - 8.0) < 1e-5 || std::fabs(here.longitude - 8.01) < 1e-5;
        CHECK(onEdge);
        const std::array<GeoPoint, 2> leg{previous, here};
        travelled += routeLengthM(Route{leg, 1.0}) / 2.0; // a two-point route is there and back
        previous = here;
    }
    // Corners cut a little off the distance; it still moved close to speed * time.
    CHECK(travelled == Approx(mps * 600).epsilon(0.1));
}

TEST_CASE("a daily cycle peaks at its time of day by the device clock, so clock skew shifts it", "[signals]")
{
    const SignalSpec daily{.kind = SignalKind::DailyCycle, .base = 20, .amplitude = 5, .phaseSec = 15 * 3600.0};
    CHECK(sampleSignal(daily, 1, {0, kMidnight + 15 * 3600.0}) == Approx(25));
    CHECK(sampleSignal(daily, 1, {0, kMidnight + 3 * 3600.0}) == Approx(15));
    // A device whose clock runs 12 h ahead sees the afternoon peak in the small hours.
    const double skew = 12 * 3600.0;
    CHECK(sampleSignal(daily, 1, {0, kMidnight + 3 * 3600.0 + skew}) == Approx(25));
}

TEST_CASE("steps are high for about the duty share of their slots", "[signals]")
{
    const SignalSpec steps{.kind = SignalKind::Steps, .amplitude = 1, .periodSec = 60, .duty = 0.25, .decimals = 0};
    int high = 0;
    int changes = 0;
    double previous = sampleSignal(steps, 5, {0, 0});
    for (int slot = 0; slot < 4000; ++slot) {
        const double value = sampleSignal(steps, 5, {slot * 60.0 + 30.0, 0});
        high += value > 0.5 ? 1 : 0;
        changes += value != previous ? 1 : 0;
        previous = value;
    }
    CHECK(high > 850);
    CHECK(high < 1150);
    CHECK(changes > 1000);
}

TEST_CASE("generated samples take the resource's type and stay inside the model's range", "[signals]")
{
    CHECK(numericRange("0..100")->high == 100);
    CHECK(numericRange("-90..90")->low == -90);
    CHECK_FALSE(numericRange("0..255 bytes").has_value());
    CHECK_FALSE(numericRange("1,2,3").has_value());
    CHECK_FALSE(numericRange("").has_value());

    const auto* battery = models().resource(3, 9); // Integer, 0..100
    REQUIRE(battery != nullptr);
    CHECK(typedSample(150.4, battery) == lwm2m::Value::integer(100));
    CHECK(typedSample(41.6, battery) == lwm2m::Value::integer(42));
    CHECK(typedSample(95.5, models().resource(6, 0)) == lwm2m::Value::floating(90.0));
    CHECK(typedSample(0.7, models().resource(3200, 5500)) == lwm2m::Value::boolean(true));
    CHECK(typedSample(1.7e9, models().resource(6, 5)) == lwm2m::Value::time(1700000000));
}
