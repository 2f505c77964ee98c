#pragma once

#include "faults/fault_settings.h"

#include <array>
#include <chrono>
#include <cstdint>

namespace hangar::devicesim {

/// A small seedable random stream (SplitMix64, 8 bytes of state), one per simulated device so
/// that one device's faults do not depend on what its neighbours sent: a seeded run repeats.
class FaultDice
{
public:
    FaultDice() = default;
    /// Starts the stream of `stream` (a device's number) within the run seeded with `seed`.
    FaultDice(std::uint64_t seed, std::uint64_t stream);

    std::uint64_t next();
    /// Uniform in [0, 1).
    double unit();
    /// True with probability `percent` / 100 (never for <= 0, always for >= 100).
    bool chance(double percent);
    /// Uniform in [0, limit] milliseconds.
    std::chrono::milliseconds upTo(std::chrono::milliseconds limit);

private:
    std::uint64_t m_state = 0;
};

/// What happens to one datagram.
struct FaultVerdict
{
    bool drop = false;        ///< lost or partitioned: nothing is delivered
    bool partitioned = false; ///< dropped because a partition window is open
    int copies = 1;           ///< 2 when duplicated
    std::array<std::chrono::milliseconds, 2> delays{}; ///< per copy; 0 delivers at once
};

/// Rolls the faults for one datagram seen `sinceApplied` after the faults were set.
FaultVerdict rollFaults(const NetworkFaults& faults, std::chrono::milliseconds sinceApplied,
                        FaultDice& dice);

} // namespace hangar::devicesim
