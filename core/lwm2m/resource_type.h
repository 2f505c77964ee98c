#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace hangar::lwm2m {

/// The data types of LwM2M resources (OMA LwM2M 1.1 core, appendix C).
enum class ResourceType : std::uint8_t {
    None = 0, ///< no value / not typed (executable resources)
    String,
    Integer,
    UnsignedInteger,
    Float,
    Boolean,
    Opaque,
    Time,
    ObjectLink,
    CoreLink,
};

/// The DDF spelling ("String", "Unsigned Integer", "Objlnk", "Corelnk", …).
std::string_view resourceTypeName(ResourceType type);
/// Parses the DDF spelling; case-insensitive, "" and "none" give ResourceType::None.
std::optional<ResourceType> parseResourceType(std::string_view name);

} // namespace hangar::lwm2m
