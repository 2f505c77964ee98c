#include "scenario/endpoint_pattern.h"

#include <algorithm>

namespace hangar::devicesim {
namespace {

constexpr int kMaxWidth = 20;

Error bad(std::string_view pattern, const std::string& why)
{
    return Error(ErrorCode::InvalidArgument,
                 "endpoint pattern \"" + std::string(pattern) + "\": " + why +
                     "; write it like plant3-pump-{n:04} ({n} is the device number)");
}

} // namespace

Expected<EndpointPattern> EndpointPattern::parse(std::string_view pattern)
{
    if (pattern.empty())
        return std::unexpected(bad(pattern, "it is empty"));
    EndpointPattern result;
    std::string literal;
    const auto flushLiteral = [&] {
        if (!literal.empty())
            result.m_pieces.push_back({std::exchange(literal, {}), -1});
    };
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        const auto byte = static_cast<unsigned char>(c);
        if (byte <= 0x20 || byte == 0x7f)
            return std::unexpected(bad(pattern, "it contains whitespace or a control character at offset " +
                                                    std::to_string(i)));
        if (c == '}') {
            if (i + 1 < pattern.size() && pattern[i + 1] == '}') {
                literal += '}';
                ++i;
                continue;
            }
            return std::unexpected(bad(pattern, "a '}' at offset " + std::to_string(i) +
                                                    " closes nothing (write }} for a literal brace)"));
        }
        if (c != '{') {
            literal += c;
            continue;
        }
        if (i + 1 < pattern.size() && pattern[i + 1] == '{') {
            literal += '{';
            ++i;
            continue;
        }
        const std::size_t close = pattern.find('}', i);
        if (close == std::string_view::npos)
            return std::unexpected(bad(pattern, "the '{' at offset " + std::to_string(i) + " is never closed"));
        const std::string_view inside = pattern.substr(i + 1, close - i - 1);
        int width = 0;
        if (inside != "n") {
            if (!inside.starts_with("n:") || inside.size() < 3 ||
                !std::all_of(inside.begin() + 2, inside.end(), [](char d) { return d >= '0' && d <= '9'; }))
                return std::unexpected(bad(pattern, "unknown placeholder {" + std::string(inside) +
                                                        "}: only {n} and {n:WIDTH} exist"));
            const std::string_view digits = inside.substr(2);
            if (digits.size() > 2 || std::stoi(std::string(digits)) > kMaxWidth)
                return std::unexpected(bad(pattern, "the width in {" + std::string(inside) + "} is over " +
                                                        std::to_string(kMaxWidth)));
            width = std::stoi(std::string(digits));
        }
        flushLiteral();
        result.m_pieces.push_back({{}, width});
        i = close;
    }
    flushLiteral();
    return result;
}

std::string EndpointPattern::format(std::uint64_t n) const
{
    std::string name;
    const std::string digits = std::to_string(n);
    for (const Piece& piece : m_pieces) {
        if (piece.width < 0) {
            name += piece.literal;
            continue;
        }
        if (static_cast<std::size_t>(piece.width) > digits.size())
            name.append(static_cast<std::size_t>(piece.width) - digits.size(), '0');
        name += digits;
    }
    return name;
}

bool EndpointPattern::numbered() const
{
    return std::any_of(m_pieces.begin(), m_pieces.end(), [](const Piece& piece) { return piece.width >= 0; });
}

} // namespace hangar::devicesim
