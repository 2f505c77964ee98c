#pragma once

#include <cstdint>

namespace hangar::devicesim {

/// A deterministic, seeded sensor reading: a slow sine around a base value plus noise that
/// changes once per second. Pure function of time, so a device keeps no per-sample state and
/// two runs with the same seed see the same values.
class SensorSignal
{
public:
    SensorSignal() = default;
    SensorSignal(std::uint64_t seed, double base, double amplitude, double noise, double periodSec);

    /// The reading `elapsedSec` seconds after the device started, rounded to 0.01.
    double valueAt(double elapsedSec) const;

    double base() const { return m_base; }

private:
    std::uint64_t m_seed = 1;
    double m_base = 21.0;
    double m_amplitude = 3.0;
    double m_noise = 0.3;
    double m_periodSec = 600.0;
    double m_phase = 0.0;
};

/// SplitMix64: a tiny, good-enough hash for seeds and noise.
std::uint64_t mixBits(std::uint64_t value);

} // namespace hangar::devicesim
