#pragma once

#include <cstdint>
#include <string_view>

namespace hangar::devicesim {

/// SplitMix64: a tiny, good-enough hash for seeds and noise.
std::uint64_t mixBits(std::uint64_t value);

/// FNV-1a of a text: stable across runs and platforms (std::hash is not).
std::uint64_t textHash(std::string_view text);

/// A uniform number in [-1, 1) from hashed bits.
double unitNoise(std::uint64_t bits);

/// A uniform number in [0, 1) from hashed bits.
double unitInterval(std::uint64_t bits);

/// Smooth seeded value noise in [-1, 1]: three octaves of interpolated hashed values, the
/// slowest changing over about `periodSec`. Continuous in `timeSec`.
double smoothNoise(std::uint64_t seed, double timeSec, double periodSec);

} // namespace hangar::devicesim
