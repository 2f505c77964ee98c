#include "signals/signal_generator.h"

#include "signals/route_position.h"
#include "signals/seeded_noise.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace hangar::devicesim {

namespace {

constexpr double kTwoPi = 2.0 * std::numbers::pi;
constexpr double kDaySec = 86400.0;
constexpr double kWanderPeriodSec = 900.0;
/// A counter's rate swings by this share around its mean; below 1 it never runs backwards.
constexpr double kCounterWobble = 0.6;

// Salts that keep the different random draws of one resource independent.
constexpr std::uint64_t kPhaseSalt = 0x70686173;
constexpr std::uint64_t kSpreadSalt = 0x73707264;
constexpr std::uint64_t kNoiseSalt = 0x6e6f6973;
constexpr std::uint64_t kWanderSalt = 0x77616e64;
constexpr std::uint64_t kSpeedSalt = 0x73706564;

double seededPhase(std::uint64_t seed) { return kTwoPi * unitInterval(mixBits(seed ^ kPhaseSalt)); }

/// Uniform noise in [-1, 1) that changes once per second of elapsed time.
double secondNoise(std::uint64_t seed, double elapsedSec)
{
    const auto second = static_cast<std::uint64_t>(std::max(0.0, std::floor(elapsedSec)));
    return unitNoise(mixBits(mixBits(seed ^ kNoiseSalt) ^ (second * 0x100000001b3ULL)));
}

double texture(const SignalSpec& signal, std::uint64_t seed, double elapsedSec)
{
    double value = 0.0;
    if (signal.noise != 0.0)
        value += signal.noise * secondNoise(seed, elapsedSec);
    if (signal.wander != 0.0)
        value += signal.wander * smoothNoise(mixBits(seed ^ kWanderSalt), elapsedSec, kWanderPeriodSec);
    return value;
}

double period(const SignalSpec& signal) { return signal.periodSec > 0.0 ? signal.periodSec : 600.0; }

double counterValue(const SignalSpec& signal, std::uint64_t seed, double t)
{
    // rate * (t - A·P/2π · (sin(2πt/P + φ) - sin φ)): the derivative rate·(1 - A·cos(…)) is
    // never negative, so the counter only grows, but not at a suspiciously even pace.
    const double p = period(signal);
    const double phase = seededPhase(seed);
    const double wobble = kCounterWobble * p / kTwoPi * (std::sin(kTwoPi * t / p + phase) - std::sin(phase));
    const double start = signal.base + signal.spread * unitInterval(mixBits(seed ^ kSpreadSalt));
    return start + signal.rate * (t - wobble);
}

double batteryValue(const SignalSpec& signal, std::uint64_t seed, double t)
{
    const double full = signal.base;
    const double empty = std::isfinite(signal.minimum) ? signal.minimum : 0.0;
    const double start = full - signal.spread * unitInterval(mixBits(seed ^ kSpreadSalt));
    const double drained = signal.rate * std::max(t, 0.0);
    if (start - drained > empty || full <= empty)
        return start - drained;
    // Someone swapped or recharged the battery: it starts again from full.
    return full - std::fmod(drained - (start - empty), full - empty);
}

double routeDistanceM(const SignalSpec& signal, std::uint64_t seed, double t)
{
    const Route& route = *signal.route;
    const double speed = route.speedMps * (1.0 + 0.2 * unitNoise(mixBits(seed ^ kSpeedSalt)));
    return routeLengthM(route) * unitInterval(mixBits(seed ^ kPhaseSalt)) + speed * t;
}

double rawValue(const SignalSpec& signal, std::uint64_t seed, const SignalTime& time)
{
    const double t = time.elapsedSec;
    const double offset = signal.spread * unitNoise(mixBits(seed ^ kSpreadSalt));
    switch (signal.kind) {
    case SignalKind::Constant:
        return signal.base + offset + texture(signal, seed, t);
    case SignalKind::Sine:
        return signal.base + offset + signal.amplitude * std::sin(kTwoPi * t / period(signal) + seededPhase(seed)) +
               texture(signal, seed, t);
    case SignalKind::RandomWalk:
        return signal.base + offset + signal.amplitude * smoothNoise(seed, t, period(signal)) + texture(signal, seed, t);
    case SignalKind::Steps: {
        const double shifted = t + signal.phaseSec + period(signal) * unitInterval(mixBits(seed ^ kPhaseSalt));
        const auto slot = static_cast<std::uint64_t>(std::max(0.0, std::floor(shifted / period(signal))));
        const bool high = unitInterval(mixBits(seed ^ mixBits(slot))) < signal.duty;
        return signal.base + offset + (high ? signal.amplitude : 0.0) + texture(signal, seed, t);
    }
    case SignalKind::DailyCycle: {
        const double timeOfDay = std::fmod(std::fmod(time.clockSec, kDaySec) + kDaySec, kDaySec);
        return signal.base + offset + signal.amplitude * std::cos(kTwoPi * (timeOfDay - signal.phaseSec) / kDaySec) +
               texture(signal, seed, t);
    }
    case SignalKind::Counter:
        return counterValue(signal, seed, std::max(t, 0.0));
    case SignalKind::BatteryDrain:
        return batteryValue(signal, seed, t);
    case SignalKind::RouteLatitude:
    case SignalKind::RouteLongitude: {
        if (signal.route == nullptr)
            return 0.0;
        const GeoPoint point = pointAlongRoute(*signal.route, routeDistanceM(signal, seed, t));
        return signal.kind == SignalKind::RouteLatitude ? point.latitude : point.longitude;
    }
    case SignalKind::RouteSpeed: {
        if (signal.route == nullptr)
            return 0.0;
        const double speed = signal.route->speedMps * (1.0 + 0.2 * unitNoise(mixBits(seed ^ kSpeedSalt)));
        return speed + texture(signal, seed, t);
    }
    case SignalKind::DeviceClock:
        return time.clockSec;
    }
    return signal.base;
}

} // namespace

std::uint64_t resourceSeed(std::uint64_t deviceSeed, std::uint16_t objectId, std::uint16_t instanceId,
                           std::uint16_t resourceId)
{
    const std::uint64_t where = (std::uint64_t{objectId} << 32) | (std::uint64_t{instanceId} << 16) | resourceId;
    return mixBits(deviceSeed ^ mixBits(where));
}

bool sharesInstanceSeed(SignalKind kind)
{
    return kind == SignalKind::RouteLatitude || kind == SignalKind::RouteLongitude || kind == SignalKind::RouteSpeed;
}

double roundTo(double value, int decimals)
{
    if (decimals < 0 || decimals > 9 || !std::isfinite(value))
        return value;
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

double sampleSignal(const SignalSpec& signal, std::uint64_t seed, const SignalTime& time)
{
    // Sensors sample once per second: a value holds for the whole second.
    const SignalTime sampled{std::floor(time.elapsedSec), std::floor(time.clockSec)};
    double value = rawValue(signal, seed, sampled);
    if (!std::isfinite(value))
        value = signal.base;
    value = std::clamp(value, signal.minimum, signal.maximum);
    // Rounding may step over a bound that is not a multiple of the resolution.
    return std::clamp(roundTo(value, signal.decimals), signal.minimum, signal.maximum);
}

} // namespace hangar::devicesim
