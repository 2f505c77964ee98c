#pragma once

#include "common/error.h"
#include "lwm2m/resource_type.h"

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace hangar::lwm2m {

/// An Objlnk value: a reference to an object instance ("3:0"). 65535:65535 means "no link".
struct ObjectLink
{
    std::uint16_t objectId = 0;
    std::uint16_t instanceId = 0;

    friend bool operator==(const ObjectLink&, const ObjectLink&) = default;
};

using Bytes = std::vector<std::uint8_t>;

/// One typed LwM2M resource value. The type decides which accessor is valid:
/// String/CoreLink -> asString, Integer/Time -> asInteger, UnsignedInteger -> asUnsigned,
/// Float -> asFloat, Boolean -> asBool, Opaque -> asOpaque, ObjectLink -> asObjectLink.
class Value
{
public:
    Value() = default; ///< ResourceType::None, holds nothing

    static Value string(std::string text);
    static Value integer(std::int64_t number);
    static Value unsignedInteger(std::uint64_t number);
    static Value floating(double number);
    static Value boolean(bool flag);
    static Value opaque(Bytes bytes);
    static Value time(std::int64_t secondsSinceEpoch);
    static Value objectLink(ObjectLink link);
    static Value coreLink(std::string links);

    ResourceType type() const { return m_type; }
    bool isNone() const { return m_type == ResourceType::None; }

    const std::string& asString() const;
    std::int64_t asInteger() const;
    std::uint64_t asUnsigned() const;
    double asFloat() const;
    bool asBool() const;
    const Bytes& asOpaque() const;
    ObjectLink asObjectLink() const;

    /// The text/plain form (LwM2M 1.1 §7.4.1): decimal numbers, "0"/"1" booleans, "3:0" links,
    /// base64 for opaque.
    std::string toText() const;

    /// Converts to `target` when no information is lost (an integral float to Integer, a
    /// non-negative Integer to UnsignedInteger, any number to Float, Integer to Time, …).
    /// Fails with TypeMismatch otherwise.
    Expected<Value> convertedTo(ResourceType target) const;

    friend bool operator==(const Value& a, const Value& b);

private:
    using Storage = std::variant<std::monostate, std::string, std::int64_t, std::uint64_t, double,
                                 bool, Bytes, ObjectLink>;
    Value(ResourceType type, Storage data) : m_type(type), m_data(std::move(data)) {}

    ResourceType m_type = ResourceType::None;
    Storage m_data;
};

enum class Base64Alphabet : std::uint8_t {
    Standard = 1, ///< RFC 4648 §4 with padding: text/plain opaque values
    UrlNoPadding, ///< RFC 4648 §5 without padding: SenML "vd" (RFC 8428 §4.3)
};

std::string toBase64(const Bytes& bytes, Base64Alphabet alphabet = Base64Alphabet::Standard);
/// Accepts either alphabet, with or without padding; fails on any other character.
Expected<Bytes> fromBase64(std::string_view text);

} // namespace hangar::lwm2m
