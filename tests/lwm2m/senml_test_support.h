#pragma once

// Shared by the SenML JSON, SenML CBOR and OMA LwM2M JSON codec tests.

#include "lwm2m/codec.h"
#include "test_support.h"

#include <QByteArray>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace hangar::lwm2m::senml_testing {

using Decoder = std::function<Expected<PathValues>(std::span<const std::uint8_t>, const LwM2mPath&,
                                                   const ObjectRegistry&)>;
using Encoder =
    std::function<Expected<Bytes>(const LwM2mPath&, const PathValues&, const ObjectRegistry&)>;

inline constexpr std::uint16_t kTestObject = 32769;

/// The built-in models plus a test object with one resource per data type; object 32770 is
/// unknown on purpose.
inline const ObjectRegistry& models()
{
    static const ObjectRegistry registry = [] {
        ObjectRegistry copy = testing::builtinModels();
        ObjectModel object;
        object.id = kTestObject;
        object.name = "SenML Codec Test";
        object.multipleInstances = true;
        const auto add = [&](std::uint16_t id, ResourceType type, bool multiple) {
            ResourceModel resource;
            resource.id = id;
            resource.type = type;
            resource.multiple = multiple;
            resource.operations = Operations::ReadWrite;
            object.resources[id] = resource;
        };
        add(0, ResourceType::String, false);
        add(1, ResourceType::Integer, false);
        add(2, ResourceType::UnsignedInteger, false);
        add(3, ResourceType::Float, false);
        add(4, ResourceType::Boolean, false);
        add(5, ResourceType::Opaque, false);
        add(6, ResourceType::Time, false);
        add(7, ResourceType::ObjectLink, false);
        add(8, ResourceType::CoreLink, false);
        add(10, ResourceType::Integer, true);
        add(11, ResourceType::Float, true);
        copy.add(object);
        return copy;
    }();
    return registry;
}

inline LwM2mPath path(std::string_view text)
{
    return LwM2mPath::parse(text).value();
}

inline PathValue entry(std::string_view text, Value value, std::optional<double> timeSec = {})
{
    return PathValue{path(text), std::move(value), timeSec};
}

inline Bytes bytes(std::string_view text)
{
    return Bytes(text.begin(), text.end());
}

/// "83 a1 00 61" -> bytes; spaces are ignored.
inline Bytes hex(std::string_view text)
{
    const QByteArray decoded = QByteArray::fromHex(QByteArray(text.data(), static_cast<qsizetype>(text.size())));
    return Bytes(decoded.begin(), decoded.end());
}

/// "path type text" lines, so a failing comparison prints readable values.
inline std::vector<std::string> render(const PathValues& values)
{
    std::vector<std::string> lines;
    for (const PathValue& v : values)
        lines.push_back(v.path.toString() + " " + std::string(resourceTypeName(v.value.type())) +
                        " " + v.value.toText());
    return lines;
}

inline std::vector<std::string> render(const Expected<PathValues>& result)
{
    if (!result)
        return {"error: " + result.error().message};
    return render(*result);
}

/// The error message, or a note that decoding succeeded (for readable REQUIRE failures).
inline std::string errorOf(const Expected<PathValues>& result)
{
    return result ? "decoded " + std::to_string(result->size()) + " values" : result.error().message;
}

/// Every strict prefix of `payload` that fails to decode; the test compares with all prefixes.
inline std::size_t failingPrefixes(const Decoder& decode, const Bytes& payload,
                                   const LwM2mPath& requestPath)
{
    std::size_t failures = 0;
    for (std::size_t length = 0; length < payload.size(); ++length) {
        // A copy of exactly `length` bytes, so reading past it is an ASan error.
        const Bytes prefix(payload.begin(), payload.begin() + static_cast<std::ptrdiff_t>(length));
        if (!decode(prefix, requestPath, models()))
            ++failures;
    }
    return failures;
}

/// One value of every data type under /32769/0, including edge values.
inline PathValues everyType()
{
    const auto at = [](std::string_view rest) { return "/32769/0/" + std::string(rest); };
    return {
        entry(at("0"), Value::string("héllo \"quoted\" \\ / \n")),
        entry(at("1"), Value::integer(-9223372036854775807LL - 1)),
        entry(at("2"), Value::unsignedInteger(9223372036854777856ULL)), // 2^63 + 2^11
        entry(at("3"), Value::floating(-0.1)),
        entry(at("4"), Value::boolean(true)),
        entry(at("5"), Value::opaque(Bytes{0x00, 0xff, 0xfb, 0xef, 0x3e, 0x3f})),
        entry(at("6"), Value::time(1795488709)),
        entry(at("7"), Value::objectLink(ObjectLink{33606, 0})),
        entry(at("8"), Value::coreLink("</3/0>;ct=110")),
        entry(at("10/0"), Value::integer(-300)),
        entry(at("10/7"), Value::integer(65536)),
        entry(at("11/0"), Value::floating(1.5)),
        entry(at("11/1"), Value::floating(1e300)),
    };
}

/// Encodes `values` for `requestPath` and decodes the result again.
inline Expected<PathValues> roundTrip(const Encoder& encode, const Decoder& decode,
                                      std::string_view requestPath, const PathValues& values)
{
    auto encoded = encode(path(requestPath), values, models());
    if (!encoded)
        return std::unexpected(encoded.error());
    return decode(*encoded, path(requestPath), models());
}

/// A JSON array nested `depth` levels deep: [[[...]]].
inline Bytes deepJsonArray(std::size_t depth)
{
    Bytes payload(depth, '[');
    payload.insert(payload.end(), depth, ']');
    return payload;
}

} // namespace hangar::lwm2m::senml_testing
