#include "lwm2m/resource_type.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <utility>

namespace hangar::lwm2m {

namespace {

constexpr std::array<std::pair<ResourceType, std::string_view>, 10> kNames{{
    {ResourceType::None, "None"},
    {ResourceType::String, "String"},
    {ResourceType::Integer, "Integer"},
    {ResourceType::UnsignedInteger, "Unsigned Integer"},
    {ResourceType::Float, "Float"},
    {ResourceType::Boolean, "Boolean"},
    {ResourceType::Opaque, "Opaque"},
    {ResourceType::Time, "Time"},
    {ResourceType::ObjectLink, "Objlnk"},
    {ResourceType::CoreLink, "Corelnk"},
}};

std::string normalized(std::string_view name)
{
    std::string text;
    for (char c : name) {
        if (c != ' ' && c != '_' && c != '\t' && c != '\n' && c != '\r')
            text += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return text;
}

} // namespace

std::string_view resourceTypeName(ResourceType type)
{
    for (const auto& [value, name] : kNames) {
        if (value == type)
            return name;
    }
    return "None";
}

std::optional<ResourceType> parseResourceType(std::string_view name)
{
    const std::string wanted = normalized(name);
    if (wanted.empty())
        return ResourceType::None;
    for (const auto& [value, spelled] : kNames) {
        if (normalized(spelled) == wanted)
            return value;
    }
    if (wanted == "unsigned" || wanted == "uint")
        return ResourceType::UnsignedInteger;
    if (wanted == "objectlink")
        return ResourceType::ObjectLink;
    if (wanted == "corelink")
        return ResourceType::CoreLink;
    return std::nullopt;
}

} // namespace hangar::lwm2m
