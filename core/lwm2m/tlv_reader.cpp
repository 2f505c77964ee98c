#include "lwm2m/tlv_reader.h"

#include "lwm2m/codec.h"
#include "lwm2m/lwm2m_path.h"

#include <bit>
#include <string>

namespace hangar::lwm2m::tlv {

std::string_view kindName(Kind kind)
{
    switch (kind) {
    case Kind::ObjectInstance:
        return "Object Instance";
    case Kind::ResourceInstance:
        return "Resource Instance";
    case Kind::MultipleResource:
        return "Multiple Resource";
    case Kind::Resource:
        return "Resource";
    }
    return "?";
}

namespace {

std::unexpected<Error> malformed(std::size_t offset, const std::string& what)
{
    return fail(ErrorCode::MalformedInput,
                "TLV element at byte " + std::to_string(offset) + ": " + what +
                    "; the payload is not valid LwM2M TLV (Content-Format 11542)");
}

std::uint64_t readBigEndian(std::span<const std::uint8_t> bytes)
{
    std::uint64_t result = 0;
    for (const std::uint8_t byte : bytes)
        result = (result << 8) | byte;
    return result;
}

constexpr Kind kKindsByBits[4] = {Kind::ObjectInstance, Kind::ResourceInstance,
                                  Kind::MultipleResource, Kind::Resource};

} // namespace

Expected<std::vector<Element>> readElements(std::span<const std::uint8_t> bytes,
                                            std::size_t baseOffset)
{
    std::vector<Element> elements;
    std::size_t pos = 0;
    while (pos < bytes.size()) {
        const std::size_t start = pos;
        const std::uint8_t type = bytes[pos++];
        const std::size_t idBytes = (type & 0x20) ? 2 : 1;
        const std::size_t lengthBytes = (type >> 3) & 0x03;
        const std::size_t headerRest = idBytes + lengthBytes;
        if (bytes.size() - pos < headerRest)
            return malformed(baseOffset + start,
                             "header needs " + std::to_string(1 + headerRest) + " bytes but only " +
                                 std::to_string(bytes.size() - start) + " remain");
        const auto id = readBigEndian(bytes.subspan(pos, idBytes));
        pos += idBytes;
        if (id > LwM2mPath::kMaxId)
            return malformed(baseOffset + start, "id 65535 is reserved");
        std::size_t length = type & 0x07;
        if (lengthBytes > 0) {
            length = static_cast<std::size_t>(readBigEndian(bytes.subspan(pos, lengthBytes)));
            pos += lengthBytes;
        }
        if (bytes.size() - pos < length)
            return malformed(baseOffset + start,
                             "value of " + std::to_string(length) + " bytes runs past the end (" +
                                 std::to_string(bytes.size() - pos) + " bytes remain)");
        if (elements.size() >= limits::kMaxEntries)
            return fail(ErrorCode::LimitExceeded, "TLV payload holds more than " +
                                                      std::to_string(limits::kMaxEntries) +
                                                      " elements");
        elements.push_back(Element{kKindsByBits[type >> 6], static_cast<std::uint16_t>(id),
                                   bytes.subspan(pos, length), baseOffset + start});
        pos += length;
    }
    return elements;
}

bool isValidUtf8(std::span<const std::uint8_t> bytes)
{
    std::size_t pos = 0;
    while (pos < bytes.size()) {
        const std::uint8_t lead = bytes[pos];
        if (lead < 0x80) {
            ++pos;
            continue;
        }
        std::size_t extra = 0;
        std::uint32_t codePoint = 0;
        std::uint32_t minimum = 0;
        if ((lead & 0xE0) == 0xC0) {
            extra = 1;
            codePoint = lead & 0x1Fu;
            minimum = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            extra = 2;
            codePoint = lead & 0x0Fu;
            minimum = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            extra = 3;
            codePoint = lead & 0x07u;
            minimum = 0x10000;
        } else {
            return false;
        }
        if (bytes.size() - pos - 1 < extra)
            return false;
        for (std::size_t i = 1; i <= extra; ++i) {
            const std::uint8_t next = bytes[pos + i];
            if ((next & 0xC0) != 0x80)
                return false;
            codePoint = (codePoint << 6) | (next & 0x3Fu);
        }
        if (codePoint < minimum || codePoint > 0x10FFFF ||
            (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return false;
        pos += 1 + extra;
    }
    return true;
}

namespace {

std::unexpected<Error> notA(ResourceType type, std::size_t length, const char* expected)
{
    return fail(ErrorCode::TypeMismatch,
                "a TLV value of " + std::to_string(length) + " bytes cannot be " +
                    std::string(resourceTypeName(type)) + " (expected " + expected + ")");
}

bool isIntegerLength(std::size_t length)
{
    return length == 1 || length == 2 || length == 4 || length == 8;
}

std::int64_t signExtended(std::span<const std::uint8_t> bytes)
{
    const unsigned unused = static_cast<unsigned>(64 - 8 * bytes.size());
    const auto shifted = static_cast<std::int64_t>(readBigEndian(bytes) << unused);
    return shifted >> unused;
}

} // namespace

Expected<Value> readValue(std::span<const std::uint8_t> bytes, ResourceType type)
{
    const std::size_t length = bytes.size();
    switch (type) {
    case ResourceType::None:
    case ResourceType::Opaque:
        return Value::opaque(Bytes(bytes.begin(), bytes.end()));
    case ResourceType::String:
    case ResourceType::CoreLink: {
        if (!isValidUtf8(bytes))
            return fail(ErrorCode::TypeMismatch, "a TLV value of " + std::to_string(length) +
                                                     " bytes is not valid UTF-8 and "
                                                     "cannot be " +
                                                     std::string(resourceTypeName(type)));
        std::string text(bytes.begin(), bytes.end());
        return type == ResourceType::String ? Value::string(std::move(text))
                                            : Value::coreLink(std::move(text));
    }
    case ResourceType::Integer:
    case ResourceType::Time:
        if (!isIntegerLength(length))
            return notA(type, length, "1, 2, 4 or 8 bytes");
        return type == ResourceType::Integer ? Value::integer(signExtended(bytes))
                                             : Value::time(signExtended(bytes));
    case ResourceType::UnsignedInteger:
        if (!isIntegerLength(length))
            return notA(type, length, "1, 2, 4 or 8 bytes");
        return Value::unsignedInteger(readBigEndian(bytes));
    case ResourceType::Float:
        if (length == 4)
            return Value::floating(static_cast<double>(
                std::bit_cast<float>(static_cast<std::uint32_t>(readBigEndian(bytes)))));
        if (length == 8)
            return Value::floating(std::bit_cast<double>(readBigEndian(bytes)));
        return notA(type, length, "4 or 8 bytes");
    case ResourceType::Boolean:
        if (length != 1)
            return notA(type, length, "1 byte");
        if (bytes[0] > 1)
            return fail(ErrorCode::TypeMismatch,
                        "TLV boolean byte " + std::to_string(bytes[0]) + " is neither 0 nor 1");
        return Value::boolean(bytes[0] == 1);
    case ResourceType::ObjectLink:
        if (length != 4)
            return notA(type, length, "4 bytes");
        return Value::objectLink(
            ObjectLink{static_cast<std::uint16_t>(readBigEndian(bytes.first(2))),
                       static_cast<std::uint16_t>(readBigEndian(bytes.subspan(2, 2)))});
    }
    return notA(type, length, "a known type");
}

} // namespace hangar::lwm2m::tlv
