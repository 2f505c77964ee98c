#include "faults/fault_dice.h"

#include <algorithm>

namespace hangar::devicesim {

FaultDice::FaultDice(std::uint64_t seed, std::uint64_t stream)
    : m_state(seed ^ (stream * 0xd1b54a32d192ed03ULL))
{
    // Spread neighbouring streams apart before the first draw.
    next();
}

std::uint64_t FaultDice::next()
{
    std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

double FaultDice::unit()
{
    // The top 53 bits make an exactly representable double in [0, 1).
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

bool FaultDice::chance(double percent)
{
    if (percent <= 0.0)
        return false;
    if (percent >= 100.0)
        return true;
    return unit() * 100.0 < percent;
}

std::chrono::milliseconds FaultDice::upTo(std::chrono::milliseconds limit)
{
    if (limit.count() <= 0)
        return std::chrono::milliseconds(0);
    const auto span = static_cast<std::uint64_t>(limit.count()) + 1;
    return std::chrono::milliseconds(static_cast<std::chrono::milliseconds::rep>(next() % span));
}

FaultVerdict rollFaults(const NetworkFaults& faults, std::chrono::milliseconds sinceApplied,
                        FaultDice& dice)
{
    FaultVerdict verdict;
    if (faults.hasPartition() && sinceApplied >= faults.partitionStart &&
        sinceApplied < faults.partitionEnd) {
        verdict.drop = true;
        verdict.partitioned = true;
        return verdict;
    }
    if (dice.chance(faults.lossPercent)) {
        verdict.drop = true;
        return verdict;
    }
    if (dice.chance(faults.duplicatePercent))
        verdict.copies = 2;
    for (int copy = 0; copy < verdict.copies; ++copy) {
        const auto latency = std::max(faults.latency, std::chrono::milliseconds(0));
        verdict.delays[static_cast<std::size_t>(copy)] = latency + dice.upTo(faults.jitter);
    }
    return verdict;
}

} // namespace hangar::devicesim
