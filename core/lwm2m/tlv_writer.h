#pragma once

#include "common/error.h"
#include "lwm2m/tlv_reader.h"
#include "lwm2m/value.h"

#include <cstdint>
#include <span>

namespace hangar::lwm2m::tlv {

/// Appends one TLV element (header and value) to `out`, with the shortest id and length
/// fields. Fails with LimitExceeded for values over 16 MiB - 1 (the 3-byte length limit).
Expected<void> writeElement(Bytes& out, Kind kind, std::uint16_t id,
                            std::span<const std::uint8_t> value);

/// The TLV value bytes of `value`: integers and times in the shortest of 1/2/4/8 bytes
/// (two's complement), unsigned integers in the shortest of 1/2/4/8 bytes, floats in 4 bytes
/// when float32 holds the value exactly (infinities included) and 8 bytes otherwise, booleans
/// in 1 byte, object links in 4 bytes, strings as UTF-8, opaque as is.
/// Fails with InvalidArgument for a None value.
Expected<Bytes> valueBytes(const Value& value);

} // namespace hangar::lwm2m::tlv
