#pragma once

#include "signals/signal_spec.h"

#include <cstdint>

namespace hangar::devicesim {

/// The seed of one resource of one instance of a device: distinct for every (object, instance,
/// resource), the same on every run with the same device seed.
std::uint64_t resourceSeed(std::uint64_t deviceSeed, std::uint16_t objectId, std::uint16_t instanceId,
                           std::uint16_t resourceId);

/// True for kinds whose resources share one state per instance (the resources of one position
/// along a route): they take resourceSeed(..., kSharedResourceSeed).
bool sharesInstanceSeed(SignalKind kind);
inline constexpr std::uint16_t kSharedResourceSeed = 0xffff;

/// The value of `signal` at `time` for a resource seeded with `seed`: a pure function that
/// changes at most once per second, inside [signal.minimum, signal.maximum], rounded to
/// signal.decimals.
double sampleSignal(const SignalSpec& signal, std::uint64_t seed, const SignalTime& time);

/// `value` rounded to `decimals` places (0..9; others leave it as it is).
double roundTo(double value, int decimals);

} // namespace hangar::devicesim
