#pragma once

// Internal to core/coap: keeps libcoap 4.3.1 away from a crash it has in Block1 handling.

#include <chrono>
#include <cstdint>
#include <deque>
#include <span>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace hangar::coap::detail {

/// libcoap 4.3.1 dereferences a null pointer (SIGSEGV) in its Block1 handling (libcoap issue
/// 1566 and variants found by tests/fuzz/fuzz_coap_datagram) when
/// - after a Block1 upload without Size1 has ended, a block of the same token arrives again (a
///   retransmitted final block, or a late one under a new Message ID);
/// - after a peer sent a block without Size1 announcing more, a request of that peer carries
///   block 0 without More, whatever its token, path or Size1;
/// - a final block follows a block whose payload did not match its SZX;
/// - a final block of a peer with an upload open skips blocks or names no open upload.
/// Finished uploads are remembered by (peer, token) when their final block was handled, peers
/// when a block announcing more passes inspect() (libcoap does not hand every block to the
/// handler, a DELETE's for one). The event pump shows inspect() every plain datagram before
/// libcoap reads it and drops the dangerous ones. DTLS records cannot be peeked at: there only
/// authenticated peers can trigger it.
class Block1Guard
{
public:
    using Clock = std::chrono::steady_clock;

    explicit Block1Guard(std::chrono::milliseconds lifetime) : m_lifetime(lifetime) {}

    /// Remembers a finished Block1 upload without Size1 of `peer` (see peerKey) and `token`.
    void remember(const std::string& peer, std::span<const std::uint8_t> token, Clock::time_point now);
    /// Remembers that `peer` sent a Block1 block without Size1 that announced more blocks.
    void rememberUploader(const std::string& peer, Clock::time_point now);
    /// True while anything is remembered (expired entries are dropped first).
    bool active(Clock::time_point now);
    /// Looks at a datagram from `peer` before libcoap reads it: remembers the peer when it is a
    /// block without Size1 announcing more, and answers whether it must be refused: a block with
    /// more payload than its SZX allows, one announcing more with less, a final block of a peer
    /// with an upload open that is not that upload's next block, or what refuses() names.
    bool inspect(const std::string& peer, std::span<const std::uint8_t> datagram, Clock::time_point now);
    /// Whether a datagram from `peer` is a request with a Block1 option under a remembered token,
    /// or with block 0 without More from a remembered uploader (libcoap reads the first Block1).
    bool refuses(const std::string& peer, std::span<const std::uint8_t> datagram) const;

    /// Whether a Block1 option value (NUM, M, SZX) ends a multi-block upload: More clear and a
    /// block number above 0.
    static bool endsUpload(std::uint32_t block1) { return (block1 & 0x08) == 0 && (block1 >> 4) > 0; }
    /// Whether a Block1 option value announces more blocks (More set).
    static bool announcesMore(std::uint32_t block1) { return (block1 & 0x08) != 0; }

private:
    static std::string keyOf(const std::string& peer, std::span<const std::uint8_t> token);
    /// Never equal to a keyOf(): a token is at most 8 bytes long.
    static std::string uploaderKeyOf(const std::string& peer);
    static std::string uploadKeyOf(const std::string& peer, std::span<const std::uint8_t> token);
    void forget(const std::string& key);
    void insert(std::string key, Clock::time_point now);

    std::chrono::milliseconds m_lifetime;
    std::unordered_set<std::string> m_remembered;
    std::deque<std::pair<Clock::time_point, std::string>> m_order; ///< oldest first
    /// Open uploads without Size1 by uploadKeyOf(peer, token): the next block number.
    std::unordered_map<std::string, std::uint32_t> m_nextBlock;
};

} // namespace hangar::coap::detail
