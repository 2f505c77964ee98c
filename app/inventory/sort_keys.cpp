#include "inventory/sort_keys.h"

#include <algorithm>
#include <array>
#include <optional>

namespace hangar::app {

namespace {

enum class AddressFamily : char { Ipv4 = 1, Ipv6 = 2, Other = 3 };

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

std::optional<int> hexValue(char c)
{
    if (isDigit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return std::nullopt;
}

void appendBigEndian(std::uint64_t value, int bytes, std::string& key)
{
    for (int shift = 8 * (bytes - 1); shift >= 0; shift -= 8)
        key.push_back(static_cast<char>((value >> shift) & 0xffu));
}

/// A decimal number of at most `maxDigits` digits, no larger than `max`.
std::optional<std::uint32_t> parseDecimal(std::string_view text, std::size_t maxDigits,
                                          std::uint32_t max)
{
    if (text.empty() || text.size() > maxDigits)
        return std::nullopt;
    std::uint32_t value = 0;
    for (const char c : text) {
        if (!isDigit(c))
            return std::nullopt;
        value = value * 10 + static_cast<std::uint32_t>(c - '0');
    }
    return value <= max ? std::optional(value) : std::nullopt;
}

std::optional<std::array<std::uint8_t, 4>> parseIpv4(std::string_view text)
{
    std::array<std::uint8_t, 4> bytes{};
    for (std::size_t part = 0; part < bytes.size(); ++part) {
        const std::size_t dot = part + 1 < bytes.size() ? text.find('.') : text.size();
        if (dot == std::string_view::npos)
            return std::nullopt;
        const auto value = parseDecimal(text.substr(0, dot), 3, 255);
        if (!value)
            return std::nullopt;
        bytes[part] = static_cast<std::uint8_t>(*value);
        text.remove_prefix(dot == text.size() ? dot : dot + 1);
    }
    return bytes;
}

/// Groups of up to four hex digits separated by ':', at most one "::", optionally ending in
/// a dotted IPv4 address.
std::optional<std::array<std::uint8_t, 16>> parseIpv6(std::string_view text)
{
    std::array<std::uint16_t, 8> groups{};
    std::size_t count = 0;
    std::optional<std::size_t> gap; // where "::" stands, in groups
    if (text.starts_with("::")) {
        gap = 0;
        text.remove_prefix(2);
    }
    while (!text.empty()) {
        const std::size_t colon = text.find(':');
        const std::string_view group = text.substr(0, colon);
        if (colon == std::string_view::npos && group.find('.') != std::string_view::npos) {
            const auto v4 = parseIpv4(group);
            if (!v4 || count + 2 > groups.size())
                return std::nullopt;
            groups[count++] = static_cast<std::uint16_t>((*v4)[0] << 8 | (*v4)[1]);
            groups[count++] = static_cast<std::uint16_t>((*v4)[2] << 8 | (*v4)[3]);
            text = {};
            break;
        }
        if (group.empty() || group.size() > 4 || count == groups.size())
            return std::nullopt;
        std::uint16_t value = 0;
        for (const char c : group) {
            const auto digit = hexValue(c);
            if (!digit)
                return std::nullopt;
            value = static_cast<std::uint16_t>(value << 4 | *digit);
        }
        groups[count++] = value;
        if (colon == std::string_view::npos)
            break;
        text.remove_prefix(colon + 1);
        if (text.starts_with(':')) {
            if (gap)
                return std::nullopt;
            gap = count;
            text.remove_prefix(1);
        } else if (text.empty()) {
            return std::nullopt; // a trailing single ':'
        }
    }
    if (gap ? count == groups.size() : count != groups.size())
        return std::nullopt;
    std::array<std::uint16_t, 8> full{};
    const std::size_t tail = gap ? count - *gap : 0;
    const std::size_t head = count - tail;
    for (std::size_t i = 0; i < head; ++i)
        full[i] = groups[i];
    for (std::size_t i = 0; i < tail; ++i)
        full[groups.size() - tail + i] = groups[head + i];
    std::array<std::uint8_t, 16> bytes{};
    for (std::size_t i = 0; i < full.size(); ++i) {
        bytes[2 * i] = static_cast<std::uint8_t>(full[i] >> 8);
        bytes[2 * i + 1] = static_cast<std::uint8_t>(full[i] & 0xffu);
    }
    return bytes;
}

std::optional<std::uint32_t> parsePort(std::string_view text)
{
    return parseDecimal(text, 5, 65535);
}

struct HostBytes
{
    AddressFamily family = AddressFamily::Other;
    std::array<std::uint8_t, 16> bytes{};
    std::size_t size = 0;
};

HostBytes hostBytes(AddressFamily family, const std::uint8_t* first, std::size_t size)
{
    HostBytes host{family, {}, size};
    std::copy(first, first + size, host.bytes.begin());
    return host;
}

/// The address bytes, IPv4-mapped IPv6 as IPv4.
std::optional<HostBytes> parseHost(std::string_view host, bool bracketed)
{
    if (!bracketed) {
        if (const auto v4 = parseIpv4(host))
            return hostBytes(AddressFamily::Ipv4, v4->data(), v4->size());
        if (host.find(':') == std::string_view::npos)
            return std::nullopt;
    }
    const auto v6 = parseIpv6(host);
    if (!v6)
        return std::nullopt;
    constexpr std::array<std::uint8_t, 12> kMappedPrefix{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    if (std::equal(kMappedPrefix.begin(), kMappedPrefix.end(), v6->begin()))
        return hostBytes(AddressFamily::Ipv4, v6->data() + kMappedPrefix.size(), 4);
    return hostBytes(AddressFamily::Ipv6, v6->data(), v6->size());
}

/// "[v6]", "[v6]:port", "v4", "v4:port" or a bare v6; false for anything else.
bool appendParsedAddress(std::string_view text, std::string& key)
{
    std::string_view host = text;
    std::optional<std::uint32_t> port;
    const bool bracketed = text.starts_with('[');
    if (bracketed) {
        const std::size_t close = text.find(']');
        if (close == std::string_view::npos)
            return false;
        host = text.substr(1, close - 1);
        if (const std::string_view rest = text.substr(close + 1); !rest.empty()) {
            port = rest.starts_with(':') ? parsePort(rest.substr(1)) : std::nullopt;
            if (!port)
                return false;
        }
    } else if (const std::size_t colon = text.find(':');
               colon != std::string_view::npos && text.find(':', colon + 1) == std::string_view::npos) {
        host = text.substr(0, colon);
        port = parsePort(text.substr(colon + 1));
        if (!port)
            return false;
    }
    const auto parsed = parseHost(host, bracketed);
    if (!parsed)
        return false;
    key.push_back(static_cast<char>(parsed->family));
    key.append(reinterpret_cast<const char*>(parsed->bytes.data()), parsed->size);
    if (port)
        appendBigEndian(*port, 2, key);
    return true;
}

} // namespace

void appendNaturalKey(std::string_view lowerText, std::string& key)
{
    std::size_t i = 0;
    while (i < lowerText.size()) {
        if (!isDigit(lowerText[i])) {
            key.push_back(lowerText[i++]);
            continue;
        }
        while (i < lowerText.size() && lowerText[i] == '0')
            ++i;
        std::size_t end = i;
        while (end < lowerText.size() && isDigit(lowerText[end]))
            ++end;
        const std::size_t digits = end - i;
        key.push_back('0');
        if (digits < 0xff) {
            key.push_back(static_cast<char>(digits));
        } else {
            key.push_back(static_cast<char>(0xff));
            appendBigEndian(digits, 4, key);
        }
        key.append(lowerText.substr(i, digits));
        i = end;
    }
}

void appendAddressKey(std::string_view lowerText, std::string& key)
{
    if (lowerText.empty())
        return;
    const std::size_t start = key.size();
    if (appendParsedAddress(lowerText, key))
        return;
    key.resize(start);
    key.push_back(static_cast<char>(AddressFamily::Other));
    appendNaturalKey(lowerText, key);
}

void appendNumberKey(std::int64_t value, std::string& key)
{
    appendBigEndian(static_cast<std::uint64_t>(value) ^ (std::uint64_t{1} << 63), 8, key);
}

} // namespace hangar::app
