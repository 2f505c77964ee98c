#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace hangar::app {

// Sort keys of the Devices table. Each encoder appends to `key` bytes whose plain order
// (unsigned bytes, a key before its extensions: std::string_view::compare) is the order the
// column sorts by, so that sorting never parses or case-folds text.

/// Natural order of lower-case text: digit runs compare by value ("dev-9" < "dev-10"), other
/// bytes as they are (UTF-8). A digit run becomes '0', the length of its digits without leading
/// zeros (one byte below 255, else 0xff and four bytes, most significant first) and those
/// digits, so "dev-007" and "dev-7" have the same key.
void appendNaturalKey(std::string_view lowerText, std::string& key);

/// Peer addresses: empty first, then IPv4 ("a.b.c.d" with an optional ":port"; IPv4-mapped IPv6
/// counts as IPv4), then IPv6 ("[..]" with an optional ":port", or bare), each by address value
/// and then port (no port before port 0); anything else last, in natural order.
void appendAddressKey(std::string_view lowerText, std::string& key);

/// A signed number as 8 bytes, most significant first, with the sign bit flipped.
void appendNumberKey(std::int64_t value, std::string& key);

} // namespace hangar::app
