#include "signals/seeded_noise.h"

#include <cmath>

namespace hangar::devicesim {

std::uint64_t mixBits(std::uint64_t value)
{
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

std::uint64_t textHash(std::string_view text)
{
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (const char c : text) {
        hash ^= static_cast<std::uint8_t>(c);
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

double unitNoise(std::uint64_t bits)
{
    return static_cast<double>(bits >> 11) / static_cast<double>(1ULL << 52) - 1.0;
}

double unitInterval(std::uint64_t bits)
{
    return static_cast<double>(bits >> 11) / static_cast<double>(1ULL << 53);
}

namespace {

/// Hashed values at the integers, joined by a smoothstep.
double valueNoise(std::uint64_t seed, double x)
{
    const double cell = std::floor(x);
    const double fraction = x - cell;
    const auto index = static_cast<std::uint64_t>(static_cast<std::int64_t>(cell));
    const double a = unitNoise(mixBits(seed ^ mixBits(index)));
    const double b = unitNoise(mixBits(seed ^ mixBits(index + 1)));
    const double s = fraction * fraction * (3.0 - 2.0 * fraction);
    return a + (b - a) * s;
}

} // namespace

double smoothNoise(std::uint64_t seed, double timeSec, double periodSec)
{
    // A seeded start far along the axis, so devices do not all begin at the same cell edge.
    const double x = timeSec / (periodSec > 0 ? periodSec : 1.0) + 1000.0 * unitInterval(mixBits(seed ^ 0x51));
    const double sum = valueNoise(seed, x) + 0.5 * valueNoise(mixBits(seed + 1), 2.7 * x) +
                       0.25 * valueNoise(mixBits(seed + 2), 7.3 * x);
    return sum / 1.75;
}

} // namespace hangar::devicesim
