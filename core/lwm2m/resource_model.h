#pragma once

#include "lwm2m/resource_type.h"

#include <cstdint>
#include <string>

namespace hangar::lwm2m {

/// What may be done to a resource, from the DDF <Operations> element.
enum class Operations : std::uint8_t {
    None = 0,
    Read = 1,
    Write = 2,
    ReadWrite = 3,
    Execute = 4,
};

inline bool isReadable(Operations ops) { return ops == Operations::Read || ops == Operations::ReadWrite; }
inline bool isWritable(Operations ops) { return ops == Operations::Write || ops == Operations::ReadWrite; }
inline bool isExecutable(Operations ops) { return ops == Operations::Execute; }

/// One resource of an object definition (an <Item> of a DDF file).
struct ResourceModel
{
    std::uint16_t id = 0;
    std::string name;
    Operations operations = Operations::None;
    bool multiple = false;
    bool mandatory = false;
    ResourceType type = ResourceType::None;
    std::string rangeEnumeration;
    std::string units;
    std::string description;
};

} // namespace hangar::lwm2m
