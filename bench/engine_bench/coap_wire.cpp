#include "coap_wire.h"

namespace hangar::bench {

namespace {

constexpr std::uint8_t kVersion = 1;
constexpr std::uint8_t kPayloadMarker = 0xFF;

/// RFC 7252 §3.1: 0..12 inline, 13 and 14 announce one or two extension bytes.
std::uint8_t nibbleFor(std::uint32_t value)
{
    if (value < 13)
        return static_cast<std::uint8_t>(value);
    return value < 269 ? 13 : 14;
}

} // namespace

WireEncoder::WireEncoder(WireType type, std::uint8_t code, std::uint16_t messageId,
                         const WireToken& token)
{
    put(static_cast<std::uint8_t>(kVersion << 6 | static_cast<std::uint8_t>(type) << 4 |
                                  token.length));
    put(code);
    put(static_cast<std::uint8_t>(messageId >> 8));
    put(static_cast<std::uint8_t>(messageId & 0xFF));
    for (std::uint8_t i = 0; i < token.length; ++i)
        put(token.bytes[i]);
}

void WireEncoder::put(std::uint8_t byte)
{
    if (m_size >= m_buffer.size()) {
        m_ok = false;
        return;
    }
    m_buffer[m_size++] = byte;
}

void WireEncoder::putExtended(std::uint32_t value)
{
    if (value >= 269) {
        const std::uint32_t extended = value - 269;
        put(static_cast<std::uint8_t>(extended >> 8));
        put(static_cast<std::uint8_t>(extended & 0xFF));
    } else if (value >= 13) {
        put(static_cast<std::uint8_t>(value - 13));
    }
}

void WireEncoder::option(std::uint16_t number, std::span<const std::uint8_t> value)
{
    if (number < m_lastOption) {
        m_ok = false;
        return;
    }
    const std::uint32_t delta = number - m_lastOption;
    const auto length = static_cast<std::uint32_t>(value.size());
    put(static_cast<std::uint8_t>(nibbleFor(delta) << 4 | nibbleFor(length)));
    putExtended(delta);
    putExtended(length);
    for (const std::uint8_t byte : value)
        put(byte);
    m_lastOption = number;
}

void WireEncoder::option(std::uint16_t number, std::string_view value)
{
    option(number, std::span(reinterpret_cast<const std::uint8_t*>(value.data()), value.size()));
}

void WireEncoder::uintOption(std::uint16_t number, std::uint32_t value)
{
    std::array<std::uint8_t, 4> bytes{};
    std::size_t length = 0;
    for (int shift = 24; shift >= 0; shift -= 8) {
        const auto byte = static_cast<std::uint8_t>(value >> shift);
        if (byte != 0 || length > 0)
            bytes[length++] = byte;
    }
    option(number, std::span<const std::uint8_t>(bytes.data(), length));
}

void WireEncoder::payload(std::span<const std::uint8_t> bytes)
{
    if (bytes.empty())
        return;
    put(kPayloadMarker);
    for (const std::uint8_t byte : bytes)
        put(byte);
}

std::optional<WireMessage> parseWireMessage(std::span<const std::uint8_t> datagram)
{
    if (datagram.size() < 4 || datagram[0] >> 6 != kVersion)
        return std::nullopt;
    WireMessage message;
    message.type = static_cast<WireType>(datagram[0] >> 4 & 0x3);
    message.token.length = datagram[0] & 0xF;
    message.code = datagram[1];
    message.messageId = static_cast<std::uint16_t>(datagram[2] << 8 | datagram[3]);
    if (message.token.length > 8 || datagram.size() < 4u + message.token.length)
        return std::nullopt;
    for (std::uint8_t i = 0; i < message.token.length; ++i)
        message.token.bytes[i] = datagram[4 + i];

    std::size_t at = 4u + message.token.length;
    std::uint32_t number = 0;
    auto extended = [&](std::uint32_t nibble) -> std::optional<std::uint32_t> {
        if (nibble < 13)
            return nibble;
        if (nibble == 13 && at < datagram.size())
            return 13u + datagram[at++];
        if (nibble == 14 && at + 1 < datagram.size()) {
            const std::uint32_t value =
                269u + (static_cast<std::uint32_t>(datagram[at]) << 8 | datagram[at + 1]);
            at += 2;
            return value;
        }
        return std::nullopt;
    };
    while (at < datagram.size() && datagram[at] != kPayloadMarker) {
        const std::uint8_t head = datagram[at++];
        const auto delta = extended(head >> 4);
        const auto length = extended(head & 0xF);
        if (!delta || !length || at + *length > datagram.size())
            return std::nullopt;
        number += *delta;
        if (number == wire_option::kObserve) {
            std::uint32_t value = 0;
            for (std::uint32_t i = 0; i < *length && i < 4; ++i)
                value = value << 8 | datagram[at + i];
            message.observe = value;
        } else if (number == wire_option::kUriPath) {
            ++message.uriPathCount;
        }
        at += *length;
    }
    return message;
}

} // namespace hangar::bench
