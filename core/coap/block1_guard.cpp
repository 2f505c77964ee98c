#include "coap/block1_guard.h"

#include <algorithm>
#include <optional>

namespace hangar::coap::detail {

namespace {

constexpr std::uint16_t kBlock1 = 27;
constexpr std::uint16_t kSize1 = 60;
constexpr std::size_t kMaxEntries = 10000;

struct RequestView
{
    std::span<const std::uint8_t> token;
    std::optional<std::uint32_t> block1; ///< raw option value
    bool size1 = false;
    std::size_t payloadBytes = 0;
};

// Option delta/length nibbles 13 and 14 take 1 or 2 extension bytes (RFC 7252 3.1).
std::optional<std::uint32_t> extended(std::uint32_t nibble, std::span<const std::uint8_t> data, std::size_t& at)
{
    if (nibble < 13)
        return nibble;
    if (nibble == 13) {
        if (at >= data.size())
            return std::nullopt;
        return 13u + data[at++];
    }
    if (nibble == 14) {
        if (at + 1 >= data.size())
            return std::nullopt;
        const std::uint32_t value = (static_cast<std::uint32_t>(data[at]) << 8) | data[at + 1];
        at += 2;
        return 269u + value;
    }
    return std::nullopt; // 15 is the payload marker or a format error
}

// A confirmable or non-confirmable request's token and the options that matter here.
std::optional<RequestView> viewRequest(std::span<const std::uint8_t> datagram)
{
    // Any message type: libcoap 4.3.1 also takes a request code in an ACK or RST.
    if (datagram.size() < 4 || (datagram[0] >> 6) != 1)
        return std::nullopt;
    const std::uint8_t code = datagram[1];
    if ((code >> 5) != 0 || code == 0)
        return std::nullopt;
    const std::size_t tokenLength = datagram[0] & 0x0F;
    if (tokenLength > 8 || datagram.size() < 4 + tokenLength)
        return std::nullopt;
    RequestView view;
    view.token = datagram.subspan(4, tokenLength);
    std::size_t at = 4 + tokenLength;
    std::uint32_t number = 0;
    while (at < datagram.size() && datagram[at] != 0xFF) {
        const std::uint8_t head = datagram[at++];
        const auto delta = extended(head >> 4, datagram, at);
        const auto length = delta ? extended(head & 0x0F, datagram, at) : std::nullopt;
        if (!length || at + *length > datagram.size())
            return std::nullopt;
        number += *delta;
        if (number == kBlock1 && !view.block1 && *length <= 3) { // libcoap reads the first
            std::uint32_t value = 0;
            for (std::size_t i = 0; i < *length; ++i)
                value = (value << 8) | datagram[at + i];
            view.block1 = value;
        }
        view.size1 = view.size1 || number == kSize1;
        at += *length;
    }
    if (at < datagram.size())
        view.payloadBytes = datagram.size() - at - 1; // after the 0xFF marker
    return view;
}

} // namespace

void Block1Guard::remember(const std::string& peer, std::span<const std::uint8_t> token, Clock::time_point now)
{
    insert(keyOf(peer, token), now);
}

void Block1Guard::rememberUploader(const std::string& peer, Clock::time_point now)
{
    insert(uploaderKeyOf(peer), now);
}

void Block1Guard::insert(std::string key, Clock::time_point now)
{
    active(now);
    while (m_order.size() >= kMaxEntries) {
        forget(m_order.front().second);
        m_order.pop_front();
    }
    if (m_remembered.insert(key).second)
        m_order.emplace_back(now + m_lifetime, std::move(key));
}

bool Block1Guard::active(Clock::time_point now)
{
    while (!m_order.empty() && m_order.front().first <= now) {
        forget(m_order.front().second);
        m_order.pop_front();
    }
    return !m_remembered.empty();
}

bool Block1Guard::inspect(const std::string& peer, std::span<const std::uint8_t> datagram, Clock::time_point now)
{
    const auto view = viewRequest(datagram);
    if (!view || !view->block1)
        return false;
    // A block larger than its SZX says, or one announcing more that is not exactly that size
    // (RFC 7959 2.3; SZX 7 is reserved for BERT over TCP), is never valid and made libcoap count
    // blocks it never got, then crash on a later final block.
    const std::uint32_t szx = *view->block1 & 0x07;
    const std::size_t blockBytes = std::size_t{16} << szx;
    if (szx == 7 || view->payloadBytes > blockBytes ||
        (announcesMore(*view->block1) && view->payloadBytes != blockBytes))
        return true;
    const std::uint32_t number = *view->block1 >> 4;
    const std::string upload = uploadKeyOf(peer, view->token);
    // Seen here, not in the request handler: libcoap does not hand every such block on.
    if (announcesMore(*view->block1) && !view->size1) {
        rememberUploader(peer, now);
        const auto open = m_nextBlock.find(upload);
        if (number == 0) {
            insert(upload, now);
            m_nextBlock[upload] = 1;
        } else if (open != m_nextBlock.end() && number <= open->second) {
            open->second = std::max(open->second, number + 1);
        }
        return false;
    }
    if (!active(now))
        return false;
    if (number > 0 && m_remembered.contains(uploaderKeyOf(peer))) {
        const auto open = m_nextBlock.find(upload);
        if (open == m_nextBlock.end() || number > open->second)
            return true;
    }
    return refuses(peer, datagram);
}

bool Block1Guard::refuses(const std::string& peer, std::span<const std::uint8_t> datagram) const
{
    const auto view = viewRequest(datagram);
    if (!view || !view->block1)
        return false;
    const bool firstAndLast = *view->block1 < 0x08; // block 0, More clear
    return m_remembered.contains(keyOf(peer, view->token)) ||
           (firstAndLast && m_remembered.contains(uploaderKeyOf(peer)));
}

std::string Block1Guard::uploadKeyOf(const std::string& peer, std::span<const std::uint8_t> token)
{
    std::string key = keyOf(peer, token);
    key.push_back('\xfe');
    return key;
}

void Block1Guard::forget(const std::string& key)
{
    m_remembered.erase(key);
    m_nextBlock.erase(key);
}

std::string Block1Guard::uploaderKeyOf(const std::string& peer)
{
    std::string key = peer;
    key.push_back('\xff');
    return key;
}

std::string Block1Guard::keyOf(const std::string& peer, std::span<const std::uint8_t> token)
{
    std::string key = peer;
    key.push_back(static_cast<char>(token.size()));
    key.append(token.begin(), token.end());
    return key;
}

} // namespace hangar::coap::detail
