#pragma once

// Time and latency helpers shared by the engine benchmark's parts.

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace hangar::bench {

using BenchClock = std::chrono::steady_clock;

inline std::int64_t nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               BenchClock::now().time_since_epoch())
        .count();
}

inline double secondsSince(std::int64_t startNs)
{
    return static_cast<double>(nowNs() - startNs) / 1e9;
}

inline std::int64_t wallMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

/// p50/p99 of a set of latencies, in milliseconds; zeros when there are none.
struct LatencySummary
{
    std::size_t count = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    double maxMs = 0;
};

/// Summarises latencies given in nanoseconds (reorders `samplesNs`).
inline LatencySummary summarize(std::vector<std::int64_t>& samplesNs)
{
    LatencySummary summary;
    summary.count = samplesNs.size();
    if (samplesNs.empty())
        return summary;
    auto at = [&](double fraction) {
        const auto index =
            static_cast<std::size_t>(fraction * static_cast<double>(samplesNs.size() - 1));
        std::nth_element(samplesNs.begin(), samplesNs.begin() + static_cast<std::ptrdiff_t>(index),
                         samplesNs.end());
        return static_cast<double>(samplesNs[index]) / 1e6;
    };
    summary.p50Ms = at(0.50);
    summary.p99Ms = at(0.99);
    summary.maxMs =
        static_cast<double>(*std::max_element(samplesNs.begin(), samplesNs.end())) / 1e6;
    return summary;
}

} // namespace hangar::bench
