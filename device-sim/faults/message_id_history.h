#pragma once

#include <array>
#include <chrono>
#include <cstdint>
#include <optional>
#include <span>

namespace hangar::devicesim {

/// The Message ID of a plain confirmable CoAP message (RFC 7252 §3: version 1, type CON, a
/// valid token length), nullopt for anything else: ACK/RST/NON, DTLS records, garbage.
std::optional<std::uint16_t> confirmableMessageId(std::span<const std::uint8_t> datagram);

/// The confirmable Message IDs one side of one device sent lately, to recognise its CoAP
/// retransmissions. Fixed size (no heap): with NSTART = 1 an endpoint has one confirmable
/// message in flight per peer, so a few recent IDs cover every retransmission.
class MessageIdHistory
{
public:
    /// How long a Message ID stays known: EXCHANGE_LIFETIME (247 s) rounded up.
    static constexpr std::chrono::milliseconds kWindow{250000};
    static constexpr std::size_t kEntries = 8;

    /// Records a confirmable message seen at `nowMs` (any monotonic millisecond clock; it may
    /// wrap) and returns true when the same ID was seen within kWindow: a retransmission.
    bool seenAgain(std::uint16_t messageId, std::uint32_t nowMs);

private:
    struct Entry
    {
        std::uint32_t atMs = 0;
        std::uint16_t messageId = 0;
        bool used = false;
    };
    std::array<Entry, kEntries> m_entries{};
    std::uint8_t m_next = 0;
};

} // namespace hangar::devicesim
