#include "sensor_signal.h"

#include <cmath>
#include <numbers>

namespace hangar::devicesim {

std::uint64_t mixBits(std::uint64_t value)
{
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

namespace {

/// A uniform number in [-1, 1) from a hash.
double unitNoise(std::uint64_t bits)
{
    return static_cast<double>(bits >> 11) / static_cast<double>(1ULL << 52) - 1.0;
}

} // namespace

SensorSignal::SensorSignal(std::uint64_t seed, double base, double amplitude, double noise, double periodSec)
    : m_seed(seed), m_base(base), m_amplitude(amplitude), m_noise(noise), m_periodSec(periodSec > 0 ? periodSec : 600.0)
{
    m_phase = (unitNoise(mixBits(seed)) + 1.0) * std::numbers::pi;
}

double SensorSignal::valueAt(double elapsedSec) const
{
    const double second = std::floor(elapsedSec);
    const double wave = std::sin(2.0 * std::numbers::pi * second / m_periodSec + m_phase);
    const auto step = static_cast<std::uint64_t>(second < 0 ? 0 : second);
    const double value = m_base + m_amplitude * wave + m_noise * unitNoise(mixBits(m_seed ^ (step * 0x100000001b3ULL)));
    return std::round(value * 100.0) / 100.0;
}

} // namespace hangar::devicesim
