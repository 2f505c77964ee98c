#include "coap/duplicate_cache.h"

#include <algorithm>

namespace hangar::coap::detail {

namespace {

// Map node, bucket and queue item of one entry (measured order of magnitude, not exact).
constexpr std::size_t kEntryOverhead = 128;

} // namespace

DuplicateCache::DuplicateCache(DuplicateLimits limits) : m_limits(limits)
{
    m_entries.reserve(std::min<std::size_t>(m_limits.maxEntries, 1024));
}

std::size_t DuplicateCache::cost(const SeenRequest& seen)
{
    return kEntryOverhead + seen.response.capacity();
}

const SeenRequest* DuplicateCache::find(SessionId session, std::uint16_t mid, std::uint64_t token,
                                        std::uint8_t tokenLength, Clock::time_point now) const
{
    const auto found = m_entries.find(Key{session, mid});
    if (found == m_entries.end())
        return nullptr;
    const SeenRequest& seen = found->second;
    if (seen.expires <= now || seen.token != token || seen.tokenLength != tokenLength)
        return nullptr;
    return &seen;
}

void DuplicateCache::remember(SessionId session, std::uint16_t mid, std::uint64_t token,
                              std::uint8_t tokenLength, bool deferred, const std::vector<std::uint8_t>& response,
                              Clock::time_point now)
{
    if (m_limits.maxEntries == 0)
        return;
    trim(now);
    const Key key{session, mid};
    SeenRequest& seen = m_entries[key];
    if (seen.serial != 0)
        m_bytes -= cost(seen);
    seen.token = token;
    seen.tokenLength = tokenLength;
    seen.deferred = deferred;
    seen.serial = m_nextSerial++;
    seen.expires = now + m_limits.lifetime;
    seen.response.assign(response.begin(), response.end());
    seen.response.shrink_to_fit();
    m_bytes += cost(seen);
    m_queue.push_back(Queued{seen.expires, key, seen.serial});
    while (m_entries.size() > m_limits.maxEntries || (m_bytes > m_limits.maxBytes && m_entries.size() > 1)) {
        erase(m_queue.front());
        m_queue.pop_front();
    }
}

void DuplicateCache::erase(const Queued& queued)
{
    const auto found = m_entries.find(queued.key);
    if (found == m_entries.end() || found->second.serial != queued.serial)
        return; // replaced later: a newer queue item owns it
    m_bytes -= cost(found->second);
    m_entries.erase(found);
}

void DuplicateCache::trim(Clock::time_point now)
{
    while (!m_queue.empty() && m_queue.front().expires <= now) {
        erase(m_queue.front());
        m_queue.pop_front();
    }
}

} // namespace hangar::coap::detail
