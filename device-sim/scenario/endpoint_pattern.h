#pragma once

#include "common/error.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace hangar::devicesim {

/// An endpoint name pattern such as `plant3-pump-{n:04}`: `{n}` is replaced by a device's
/// 1-based index in its group, `{n:W}` pads it with zeros to W digits (`{n:04}` and `{n:4}` mean
/// the same: names never contain spaces), `{{` and `}}` are literal braces.
class EndpointPattern
{
public:
    /// Fails with InvalidArgument saying what is wrong (unknown placeholder, unbalanced brace,
    /// whitespace or control characters, a width over 20).
    static Expected<EndpointPattern> parse(std::string_view pattern);

    /// The name of device `n` (1-based).
    std::string format(std::uint64_t n) const;
    /// True when the pattern contains `{n}`, i.e. every index gives its own name.
    bool numbered() const;

private:
    struct Piece
    {
        std::string literal; ///< used when width < 0
        int width = -1;      ///< >= 0: the index, zero-padded to this many digits
    };
    std::vector<Piece> m_pieces;
};

} // namespace hangar::devicesim
