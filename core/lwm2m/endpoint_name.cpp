#include "lwm2m/endpoint_name.h"

#include <cstdint>
#include <string>

namespace hangar::lwm2m {

namespace {

/// Decodes the code point at `text[at]` and advances `at` past it; -1 for an ill-formed
/// sequence (the well-formed byte sequences of RFC 3629 §4).
std::int32_t nextCodePoint(std::string_view text, std::size_t& at)
{
    const auto byte = [&](std::size_t i) { return static_cast<std::uint8_t>(text[i]); };
    const std::uint8_t lead = byte(at);
    if (lead < 0x80) {
        ++at;
        return lead;
    }
    std::size_t length = 0;
    std::int32_t value = 0;
    std::uint8_t low = 0x80;
    std::uint8_t high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        value = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        value = lead & 0x0F;
        if (lead == 0xE0)
            low = 0xA0; // overlong
        else if (lead == 0xED)
            high = 0x9F; // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        value = lead & 0x07;
        if (lead == 0xF0)
            low = 0x90; // overlong
        else if (lead == 0xF4)
            high = 0x8F; // above U+10FFFF
    } else {
        return -1;
    }
    if (text.size() - at < length)
        return -1;
    for (std::size_t i = 1; i < length; ++i) {
        const std::uint8_t next = byte(at + i);
        if (next < (i == 1 ? low : 0x80) || next > (i == 1 ? high : 0xBF))
            return -1;
        value = (value << 6) | (next & 0x3F);
    }
    at += length;
    return value;
}

bool isControl(std::int32_t codePoint)
{
    return codePoint < 0x20 || (codePoint >= 0x7F && codePoint <= 0x9F);
}

/// The first problem of `text` as "<what> <problem>", or empty.
std::string textProblem(std::string_view text, std::string_view what, std::size_t maxBytes)
{
    if (text.empty())
        return std::string(what) + " is empty";
    if (text.size() > maxBytes)
        return std::string(what) + " is longer than " + std::to_string(maxBytes) + " bytes";
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t start = at;
        const std::int32_t codePoint = nextCodePoint(text, at);
        if (codePoint < 0)
            return std::string(what) + " is not valid UTF-8 (at byte " + std::to_string(start) +
                   ")";
        if (isControl(codePoint))
            return std::string(what) + " contains a control character (at byte " +
                   std::to_string(start) + ")";
    }
    return {};
}

} // namespace

bool isValidUtf8(std::string_view text)
{
    for (std::size_t at = 0; at < text.size();)
        if (nextCodePoint(text, at) < 0)
            return false;
    return true;
}

Expected<void> checkEndpointName(std::string_view name)
{
    if (std::string problem = textProblem(name, "the endpoint name", kMaxEndpointNameBytes);
        !problem.empty())
        return fail(ErrorCode::InvalidArgument, std::move(problem));
    return {};
}

Expected<void> checkPskIdentity(std::string_view identity)
{
    if (std::string problem = textProblem(identity, "the PSK identity", kMaxPskIdentityBytes);
        !problem.empty())
        return fail(ErrorCode::InvalidArgument, std::move(problem));
    return {};
}

} // namespace hangar::lwm2m
