#include "lwm2m/lwm2m_path.h"

#include <algorithm>

namespace hangar::lwm2m {

namespace {

std::unexpected<Error> badPath(std::string_view text, const char* problem)
{
    return fail(ErrorCode::InvalidArgument,
                "LwM2M path '" + std::string(text.substr(0, 64)) + "' " + problem);
}

} // namespace

LwM2mPath::LwM2mPath(std::uint16_t objectId) : m_ids{objectId, 0, 0, 0}, m_depth(1) {}

LwM2mPath::LwM2mPath(std::uint16_t objectId, std::uint16_t instanceId)
    : m_ids{objectId, instanceId, 0, 0}, m_depth(2)
{
}

LwM2mPath::LwM2mPath(std::uint16_t objectId, std::uint16_t instanceId, std::uint16_t resourceId)
    : m_ids{objectId, instanceId, resourceId, 0}, m_depth(3)
{
}

LwM2mPath::LwM2mPath(std::uint16_t objectId, std::uint16_t instanceId, std::uint16_t resourceId,
                     std::uint16_t resourceInstanceId)
    : m_ids{objectId, instanceId, resourceId, resourceInstanceId}, m_depth(4)
{
}

Expected<LwM2mPath> LwM2mPath::parse(std::string_view text)
{
    LwM2mPath path;
    if (text.empty() || text == "/")
        return path;
    std::string_view rest = text;
    if (rest.front() == '/')
        rest.remove_prefix(1);
    if (!rest.empty() && rest.back() == '/')
        rest.remove_suffix(1);

    while (true) {
        const std::size_t slash = rest.find('/');
        const std::string_view segment = rest.substr(0, slash);
        if (segment.empty())
            return badPath(text, "has an empty segment; expected /object/instance/resource");
        if (path.m_depth == 4)
            return badPath(text, "is deeper than /object/instance/resource/instance");
        std::uint32_t value = 0;
        for (char c : segment) {
            if (c < '0' || c > '9')
                return badPath(text, "has a segment that is not a decimal id");
            value = value * 10 + static_cast<std::uint32_t>(c - '0');
            if (value > kMaxId)
                return badPath(text, "has an id above 65534");
        }
        path.m_ids[path.m_depth] = static_cast<std::uint16_t>(value);
        ++path.m_depth;
        if (slash == std::string_view::npos)
            break;
        rest.remove_prefix(slash + 1);
    }
    return path;
}

bool LwM2mPath::startsWith(const LwM2mPath& prefix) const
{
    if (prefix.m_depth > m_depth)
        return false;
    return std::equal(prefix.m_ids.begin(), prefix.m_ids.begin() + prefix.m_depth, m_ids.begin());
}

LwM2mPath LwM2mPath::parent() const
{
    return truncated(m_depth == 0 ? 0 : m_depth - 1);
}

Expected<LwM2mPath> LwM2mPath::child(std::uint16_t childId) const
{
    if (m_depth == 4)
        return fail(ErrorCode::InvalidArgument,
                    "LwM2M path " + toString() + " is a resource instance and has no children");
    if (childId > kMaxId)
        return fail(ErrorCode::InvalidArgument, "LwM2M id 65535 is reserved");
    LwM2mPath path = *this;
    path.m_ids[m_depth] = childId;
    ++path.m_depth;
    return path;
}

LwM2mPath LwM2mPath::truncated(int levels) const
{
    LwM2mPath path;
    path.m_depth = static_cast<std::uint8_t>(std::clamp(levels, 0, static_cast<int>(m_depth)));
    std::copy_n(m_ids.begin(), path.m_depth, path.m_ids.begin());
    return path;
}

std::string LwM2mPath::toString() const
{
    if (m_depth == 0)
        return "/";
    std::string text;
    text.reserve(24);
    for (int level = 0; level < m_depth; ++level) {
        text += '/';
        text += std::to_string(m_ids[static_cast<std::size_t>(level)]);
    }
    return text;
}

bool operator==(const LwM2mPath& a, const LwM2mPath& b)
{
    return a.m_depth == b.m_depth &&
           std::equal(a.m_ids.begin(), a.m_ids.begin() + a.m_depth, b.m_ids.begin());
}

std::strong_ordering operator<=>(const LwM2mPath& a, const LwM2mPath& b)
{
    const int common = std::min(a.m_depth, b.m_depth);
    for (int level = 0; level < common; ++level) {
        const auto i = static_cast<std::size_t>(level);
        if (auto order = a.m_ids[i] <=> b.m_ids[i]; order != 0)
            return order;
    }
    return a.m_depth <=> b.m_depth;
}

} // namespace hangar::lwm2m
