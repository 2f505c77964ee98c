#pragma once

#include <cstdint>
#include <span>

namespace hangar {

/// Fills `out` from the kernel's CSPRNG (getrandom(2)). Waits only while the kernel's pool is
/// not yet initialised (early boot); never falls back to a weaker generator: if the kernel
/// refuses, the process aborts rather than hand out guessable tokens or ids.
void fillSecureRandom(std::span<std::uint8_t> out);

/// A uniformly distributed value from fillSecureRandom.
std::uint32_t secureRandom32();

} // namespace hangar
