#include "engine/peer_noise.h"

#include <algorithm>
#include <tuple>

namespace hangar::engine {

PeerNoise::PeerNoise(PeerNoiseLimits limits) : m_limits(limits) {}

bool PeerNoise::admit(std::string_view kind, std::string_view source, std::string_view endpoint,
                      std::int64_t nowMs, std::vector<NoiseSummary>& closed)
{
    for (NoiseSummary& summary : closeEnded(nowMs))
        closed.push_back(std::move(summary));
    if (m_tracked.empty() && m_overflow.empty()) {
        const std::int64_t window = std::max<std::int64_t>(m_limits.window.count(), 1);
        m_windowStartMs = nowMs - nowMs % window;
    }
    std::string key;
    key.reserve(kind.size() + 1 + source.size());
    key.append(kind).push_back('\n');
    key.append(source);
    if (const auto found = m_tracked.find(key); found != m_tracked.end()) {
        Tracked& tracked = found->second;
        ++tracked.count;
        tracked.sameEndpoint = tracked.sameEndpoint && tracked.endpoint == endpoint;
        return false;
    }
    if (m_tracked.size() >= m_limits.maxSources) {
        const auto counted = m_overflow.find(kind);
        if (counted != m_overflow.end())
            ++counted->second;
        else
            m_overflow.emplace(std::string(kind), 1);
        return false;
    }
    m_tracked.emplace(std::move(key), Tracked{std::string(kind), std::string(source),
                                              std::string(endpoint), true, 1});
    return true;
}

std::vector<NoiseSummary> PeerNoise::closeEnded(std::int64_t nowMs)
{
    const auto end = windowEndMs();
    if (!end || (nowMs < *end && nowMs >= m_windowStartMs))
        return {};
    return closeAll();
}

std::vector<NoiseSummary> PeerNoise::closeAll()
{
    std::vector<NoiseSummary> summaries;
    for (auto& [key, tracked] : m_tracked) {
        // A source seen once is fully told by its first event.
        if (tracked.count > 1)
            summaries.push_back(
                NoiseSummary{std::move(tracked.kind), std::move(tracked.source),
                             tracked.sameEndpoint ? std::move(tracked.endpoint) : std::string(),
                             tracked.count, m_windowStartMs});
    }
    for (const auto& [kind, count] : m_overflow)
        summaries.push_back(
            NoiseSummary{kind, std::string(kOtherSources), {}, count, m_windowStartMs});
    std::ranges::sort(summaries, [](const NoiseSummary& a, const NoiseSummary& b) {
        return std::tie(a.kind, a.source) < std::tie(b.kind, b.source);
    });
    m_tracked.clear();
    m_overflow.clear();
    return summaries;
}

std::optional<std::int64_t> PeerNoise::windowEndMs() const
{
    if (m_tracked.empty() && m_overflow.empty())
        return std::nullopt;
    return m_windowStartMs + std::max<std::int64_t>(m_limits.window.count(), 1);
}

} // namespace hangar::engine
