#pragma once

// Internal to core/coap: remembers recent incoming requests by (session, message id) so that a
// retransmitted request is answered again without running the request handler twice
// (RFC 7252 4.5). libcoap 4.3.1 keeps no such cache on the server side.

#include "coap/coap_types.h"

#include <chrono>
#include <cstdint>
#include <deque>
#include <memory_resource>
#include <unordered_map>
#include <vector>

namespace hangar::coap::detail {

/// Bounds of the duplicate cache.
struct DuplicateLimits
{
    std::chrono::milliseconds lifetime{247000}; ///< how long a request counts as a duplicate
    std::size_t maxEntries = 100000;            ///< 0 disables the cache
    std::size_t maxBytes = 32u * 1024u * 1024u; ///< estimated memory, entries included
};

/// What was done with a request the first time.
struct SeenRequest
{
    std::uint64_t token = 0;
    std::uint8_t tokenLength = 0;
    bool deferred = false;              ///< the handler answered later (or not at all)
    std::uint64_t serial = 0;           ///< matches the expiry queue entry that owns it
    std::chrono::steady_clock::time_point expires;
    std::pmr::vector<std::uint8_t> response; ///< captured piggybacked answer (see captureResponse)
};

/// Hash map plus insertion-ordered queue: O(1) amortised per request, no timers. Entries of
/// dead sessions are harmless (session ids are never reused) and age out with the rest.
class DuplicateCache
{
public:
    using Clock = std::chrono::steady_clock;

    explicit DuplicateCache(DuplicateLimits limits);

    /// The earlier request with this session, message id and token, if still within the
    /// lifetime; nullptr otherwise. A different token under the same id is a new request.
    const SeenRequest* find(SessionId session, std::uint16_t mid, std::uint64_t token,
                            std::uint8_t tokenLength, Clock::time_point now) const;

    /// Records a request and its captured answer (empty and `deferred` for a later answer),
    /// replacing an older record of the same id. Expired and, past the bounds, oldest
    /// records are dropped.
    void remember(SessionId session, std::uint16_t mid, std::uint64_t token, std::uint8_t tokenLength,
                  bool deferred, const std::vector<std::uint8_t>& response, Clock::time_point now);

    std::size_t size() const { return m_entries.size(); }
    /// Estimated memory held, in bytes.
    std::size_t bytes() const { return m_bytes; }

private:
    struct Key
    {
        SessionId session = 0;
        std::uint16_t mid = 0;
        friend bool operator==(const Key&, const Key&) = default;
    };
    struct KeyHash
    {
        std::size_t operator()(const Key& key) const
        {
            return std::hash<std::uint64_t>()(key.session * 0x9E3779B97F4A7C15ull ^ key.mid);
        }
    };
    struct Queued
    {
        Clock::time_point expires;
        Key key;
        std::uint64_t serial = 0;
    };

    static std::size_t cost(const SeenRequest& seen);
    void erase(const Queued& queued);
    void trim(Clock::time_point now);

    DuplicateLimits m_limits;
    // Entries live in pooled chunks of their own: one small heap block per request interleaved
    // with libcoap's session objects made the per-packet session walks measurably slower.
    std::pmr::unsynchronized_pool_resource m_pool;
    std::pmr::unordered_map<Key, SeenRequest, KeyHash> m_entries{&m_pool};
    std::pmr::deque<Queued> m_queue{&m_pool}; ///< oldest first; stale items (replaced entries) are skipped
    std::size_t m_bytes = 0;
    std::uint64_t m_nextSerial = 1;
};

} // namespace hangar::coap::detail
