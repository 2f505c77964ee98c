#pragma once

// This process's resident memory, from /proc/self/smaps_rollup.

#include <cstdint>

namespace hangar::bench {

struct ResidentMemory
{
    std::uint64_t rssBytes = 0;       ///< everything resident
    std::uint64_t anonymousBytes = 0; ///< heap, stacks, anonymous maps (no file pages)
};

/// Returns freed heap to the system first (malloc_trim), so that what a part released does not
/// count, then reads the counters.
ResidentMemory residentMemory();

} // namespace hangar::bench
