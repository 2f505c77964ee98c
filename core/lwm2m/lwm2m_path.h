#pragma once

#include "common/error.h"

#include <array>
#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace hangar::lwm2m {

/// An LwM2M path: root, /object, /object/instance, /object/instance/resource or
/// /object/instance/resource/resource-instance. Ids are 0..65534 (65535 is reserved).
/// Paths order depth-first: a path sorts right before everything below it.
class LwM2mPath
{
public:
    static constexpr std::uint16_t kMaxId = 65534;

    LwM2mPath() = default; ///< the root path "/"
    explicit LwM2mPath(std::uint16_t objectId);
    LwM2mPath(std::uint16_t objectId, std::uint16_t instanceId);
    LwM2mPath(std::uint16_t objectId, std::uint16_t instanceId, std::uint16_t resourceId);
    LwM2mPath(std::uint16_t objectId, std::uint16_t instanceId, std::uint16_t resourceId,
              std::uint16_t resourceInstanceId);

    /// Parses "/3/0/1", "3/0/1", "/3/0/" or "/". Rejects empty segments, non-digits,
    /// leading '+'/'-', ids over 65534 and more than four levels.
    static Expected<LwM2mPath> parse(std::string_view text);

    int depth() const { return m_depth; }
    bool isRoot() const { return m_depth == 0; }
    bool isObject() const { return m_depth == 1; }
    bool isObjectInstance() const { return m_depth == 2; }
    bool isResource() const { return m_depth == 3; }
    bool isResourceInstance() const { return m_depth == 4; }

    /// Ids by level; calling one deeper than depth() is a programming error (returns 0).
    std::uint16_t objectId() const { return id(0); }
    std::uint16_t instanceId() const { return id(1); }
    std::uint16_t resourceId() const { return id(2); }
    std::uint16_t resourceInstanceId() const { return id(3); }
    std::uint16_t id(int level) const { return level < m_depth ? m_ids[static_cast<std::size_t>(level)] : 0; }

    /// True if this path equals `other` or lies below it ("/3/0/1" starts with "/3" and "/").
    bool startsWith(const LwM2mPath& prefix) const;
    LwM2mPath parent() const;
    /// The path one level down; the root's child is an object. Fails past resource instance.
    Expected<LwM2mPath> child(std::uint16_t childId) const;
    /// The first `levels` levels of this path.
    LwM2mPath truncated(int levels) const;

    std::string toString() const;

    friend bool operator==(const LwM2mPath& a, const LwM2mPath& b);
    friend std::strong_ordering operator<=>(const LwM2mPath& a, const LwM2mPath& b);

private:
    std::array<std::uint16_t, 4> m_ids{};
    std::uint8_t m_depth = 0;
};

} // namespace hangar::lwm2m
