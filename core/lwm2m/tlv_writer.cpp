#include "lwm2m/tlv_writer.h"

#include <bit>
#include <cmath>
#include <limits>
#include <string>

namespace hangar::lwm2m::tlv {

namespace {

constexpr std::size_t kMaxValueBytes = 0xFFFFFF;

void appendBigEndian(Bytes& out, std::uint64_t number, std::size_t width)
{
    for (std::size_t i = width; i > 0; --i)
        out.push_back(static_cast<std::uint8_t>(number >> (8 * (i - 1))));
}

std::uint8_t kindBits(Kind kind)
{
    switch (kind) {
    case Kind::ObjectInstance:
        return 0x00;
    case Kind::ResourceInstance:
        return 0x40;
    case Kind::MultipleResource:
        return 0x80;
    case Kind::Resource:
        return 0xC0;
    }
    return 0xC0;
}

std::size_t signedWidth(std::int64_t number)
{
    if (number >= std::numeric_limits<std::int8_t>::min() &&
        number <= std::numeric_limits<std::int8_t>::max())
        return 1;
    if (number >= std::numeric_limits<std::int16_t>::min() &&
        number <= std::numeric_limits<std::int16_t>::max())
        return 2;
    if (number >= std::numeric_limits<std::int32_t>::min() &&
        number <= std::numeric_limits<std::int32_t>::max())
        return 4;
    return 8;
}

std::size_t unsignedWidth(std::uint64_t number)
{
    if (number <= 0xFF)
        return 1;
    if (number <= 0xFFFF)
        return 2;
    if (number <= 0xFFFFFFFF)
        return 4;
    return 8;
}

bool exactAsFloat32(double number)
{
    if (std::isinf(number))
        return true;
    // NaN payloads and values outside float's range need the 8-byte form.
    if (!std::isfinite(number) || std::fabs(number) > std::numeric_limits<float>::max())
        return false;
    return static_cast<double>(static_cast<float>(number)) == number;
}

} // namespace

Expected<void> writeElement(Bytes& out, Kind kind, std::uint16_t id,
                            std::span<const std::uint8_t> value)
{
    const std::size_t length = value.size();
    if (length > kMaxValueBytes)
        return fail(ErrorCode::LimitExceeded,
                    "a TLV value of " + std::to_string(length) + " bytes is over the " +
                        std::to_string(kMaxValueBytes) +
                        " byte limit of the format; use SenML CBOR or a block-wise opaque write");
    std::uint8_t type = kindBits(kind);
    const std::size_t idWidth = id > 0xFF ? 2 : 1;
    if (idWidth == 2)
        type |= 0x20;
    std::size_t lengthWidth = 0;
    if (length < 8)
        type |= static_cast<std::uint8_t>(length);
    else
        lengthWidth = length <= 0xFF ? 1 : length <= 0xFFFF ? 2 : 3;
    type |= static_cast<std::uint8_t>(lengthWidth << 3);
    out.push_back(type);
    appendBigEndian(out, id, idWidth);
    appendBigEndian(out, length, lengthWidth);
    out.insert(out.end(), value.begin(), value.end());
    return {};
}

Expected<Bytes> valueBytes(const Value& value)
{
    Bytes out;
    switch (value.type()) {
    case ResourceType::None:
        return fail(ErrorCode::InvalidArgument, "a value without a type cannot be written as TLV");
    case ResourceType::String:
    case ResourceType::CoreLink:
        out.assign(value.asString().begin(), value.asString().end());
        break;
    case ResourceType::Integer:
    case ResourceType::Time: {
        const std::int64_t number = value.asInteger();
        appendBigEndian(out, static_cast<std::uint64_t>(number), signedWidth(number));
        break;
    }
    case ResourceType::UnsignedInteger:
        appendBigEndian(out, value.asUnsigned(), unsignedWidth(value.asUnsigned()));
        break;
    case ResourceType::Float: {
        const double number = value.asFloat();
        if (exactAsFloat32(number))
            appendBigEndian(out, std::bit_cast<std::uint32_t>(static_cast<float>(number)), 4);
        else
            appendBigEndian(out, std::bit_cast<std::uint64_t>(number), 8);
        break;
    }
    case ResourceType::Boolean:
        out.push_back(value.asBool() ? 1 : 0);
        break;
    case ResourceType::Opaque:
        out = value.asOpaque();
        break;
    case ResourceType::ObjectLink:
        appendBigEndian(out, value.asObjectLink().objectId, 2);
        appendBigEndian(out, value.asObjectLink().instanceId, 2);
        break;
    }
    return out;
}

} // namespace hangar::lwm2m::tlv
