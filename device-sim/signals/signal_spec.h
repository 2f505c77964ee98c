#pragma once

#include <cstdint>
#include <limits>
#include <span>

namespace hangar::devicesim {

/// A point on the earth in decimal degrees (WGS 84).
struct GeoPoint
{
    double latitude = 0.0;
    double longitude = 0.0;
};

/// A closed polyline a tracked asset drives round and round: the last point connects back to
/// the first. Points live in static storage (profiles), so a Route is two words.
struct Route
{
    std::span<const GeoPoint> points;
    double speedMps = 5.0; ///< average speed along the route
};

/// The shape of a generated value. Every kind is a pure function of (seed, elapsed time,
/// device clock): a device keeps no per-sample state and a seed repeats a run exactly.
enum class SignalKind : std::uint8_t {
    Constant = 1, ///< base
    Sine,         ///< base + amplitude * sin(2πt / periodSec + seeded phase)
    RandomWalk,   ///< base + amplitude * smooth seeded value noise, correlation time periodSec
    Steps,        ///< base, or base + amplitude in slots of periodSec drawn with probability duty
    DailyCycle,   ///< base + amplitude * cos(2π (time of day - phaseSec) / 1 day), device clock
    Counter,      ///< base + rate * t with a wobble in the rate; never decreases
    BatteryDrain, ///< base - rate * t; recharged to base once it reaches minimum (saw tooth)
    RouteLatitude,  ///< latitude of a point moving along route at its speed
    RouteLongitude, ///< longitude of that point
    RouteSpeed,     ///< its speed in m/s
    DeviceClock,    ///< the device clock, seconds since the epoch (skew included)
};

/// How one resource's value is generated. Plain data, shared by every device of a profile.
/// Field meanings not listed for a kind are ignored by it.
struct SignalSpec
{
    SignalKind kind = SignalKind::Constant;
    double base = 0.0;
    double amplitude = 0.0;
    double periodSec = 600.0;
    /// DailyCycle: seconds after midnight (UTC) of the peak. Steps: slot phase.
    double phaseSec = 0.0;
    /// Uniform noise in [-noise, noise] that changes once per second.
    double noise = 0.0;
    /// A slow smooth random walk of this amplitude added on top (Sine, Steps, DailyCycle,
    /// Constant), so that no two instances look alike.
    double wander = 0.0;
    /// Counter: units per second. BatteryDrain: percent per second.
    double rate = 0.0;
    /// A seeded per-resource offset of base in [-spread, spread] (Counter: [0, spread];
    /// BatteryDrain: [-spread, 0]).
    double spread = 0.0;
    double duty = 0.5; ///< Steps: share of slots at the high level
    double minimum = -std::numeric_limits<double>::infinity();
    double maximum = std::numeric_limits<double>::infinity();
    int decimals = 2; ///< values are rounded to this many decimals
    const Route* route = nullptr; ///< Route* kinds
};

/// When a sample is taken: seconds since the device was created (survives reboots, so
/// counters never go back) and the device's own clock (seconds since the epoch, skew included).
struct SignalTime
{
    double elapsedSec = 0.0;
    double clockSec = 0.0;
};

} // namespace hangar::devicesim
