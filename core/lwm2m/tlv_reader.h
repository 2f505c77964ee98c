#pragma once

#include "common/error.h"
#include "lwm2m/resource_type.h"
#include "lwm2m/value.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace hangar::lwm2m::tlv {

/// What a TLV element identifies (bits 7-6 of its type byte, LwM2M 1.1 §7.4.3).
enum class Kind : std::uint8_t
{
    ObjectInstance = 1, ///< 00: holds resource and multiple-resource TLVs
    ResourceInstance,   ///< 01: one value of a multiple resource
    MultipleResource,   ///< 10: holds resource-instance TLVs
    Resource,           ///< 11: one value
};

std::string_view kindName(Kind kind);

/// One TLV element as found in the payload. `value` points into the caller's buffer.
struct Element
{
    Kind kind = Kind::Resource;
    std::uint16_t id = 0;
    std::span<const std::uint8_t> value;
    std::size_t offset = 0; ///< byte offset of the type byte in the whole payload, for messages
};

/// Splits `bytes` (which start at `baseOffset` of the payload) into consecutive TLV elements.
/// Fails with MalformedInput on a truncated header, a length past the end or a reserved id,
/// and with LimitExceeded past limits::kMaxEntries elements. Never reads outside `bytes`.
Expected<std::vector<Element>> readElements(std::span<const std::uint8_t> bytes,
                                            std::size_t baseOffset);

/// Interprets the value bytes of a resource or resource-instance TLV as `type` (None reads as
/// Opaque). Fails with TypeMismatch when the bytes cannot be that type: integer lengths other
/// than 1/2/4/8, float lengths other than 4/8, booleans other than one byte 0/1, object links
/// other than 4 bytes, strings that are not UTF-8.
Expected<Value> readValue(std::span<const std::uint8_t> bytes, ResourceType type);

/// Whether `bytes` are well-formed UTF-8 (no overlong forms, surrogates or code points past
/// U+10FFFF).
bool isValidUtf8(std::span<const std::uint8_t> bytes);

} // namespace hangar::lwm2m::tlv
