#include "faults/message_id_history.h"

namespace hangar::devicesim {

namespace {

constexpr std::uint8_t kCoapVersion = 1;
constexpr std::uint8_t kTypeConfirmable = 0;
constexpr std::uint8_t kMaxTokenLength = 8;
constexpr std::size_t kHeaderBytes = 4;

} // namespace

std::optional<std::uint16_t> confirmableMessageId(std::span<const std::uint8_t> datagram)
{
    if (datagram.size() < kHeaderBytes)
        return std::nullopt;
    const std::uint8_t first = datagram[0];
    const auto version = static_cast<std::uint8_t>(first >> 6);
    const auto type = static_cast<std::uint8_t>((first >> 4) & 0x3);
    const auto tokenLength = static_cast<std::uint8_t>(first & 0xf);
    // A DTLS record starts with a content type 20..25 (version bits 0), so it never matches.
    if (version != kCoapVersion || type != kTypeConfirmable || tokenLength > kMaxTokenLength ||
        datagram.size() < kHeaderBytes + tokenLength)
        return std::nullopt;
    return static_cast<std::uint16_t>((datagram[2] << 8) | datagram[3]);
}

bool MessageIdHistory::seenAgain(std::uint16_t messageId, std::uint32_t nowMs)
{
    const auto window = static_cast<std::uint32_t>(kWindow.count());
    for (const Entry& entry : m_entries) {
        // Unsigned subtraction stays right across a wrap of the millisecond clock.
        if (entry.used && entry.messageId == messageId && nowMs - entry.atMs < window)
            return true;
    }
    m_entries[m_next] = {nowMs, messageId, true};
    m_next = static_cast<std::uint8_t>((m_next + 1) % kEntries);
    return false;
}

} // namespace hangar::devicesim
