#include "lwm2m/codec_support.h"
#include "lwm2m/tlv_codec.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

using namespace hangar::lwm2m;
using hangar::ErrorCode;
using hangar::lwm2m::testing::builtinModels;
using hangar::lwm2m::testing::readTestData;

namespace {

LwM2mPath path(std::string_view text)
{
    return LwM2mPath::parse(text).value();
}

PathValue entry(std::string_view text, Value value)
{
    return PathValue{path(text), std::move(value), std::nullopt};
}

// "path type text" lines, so a failing comparison prints readable values.
std::vector<std::string> render(const PathValues& values)
{
    std::vector<std::string> lines;
    for (const PathValue& v : values)
        lines.push_back(v.path.toString() + " " + std::string(resourceTypeName(v.value.type())) +
                        " " + v.value.toText());
    return lines;
}

std::string errorOf(const hangar::Expected<PathValues>& result)
{
    return result ? "decoded: " + std::to_string(result->size()) + " values"
                  : result.error().message;
}

// The built-in models plus a test object with one resource per data type.
constexpr std::uint16_t kTestObject = 32769;
const ObjectRegistry& models()
{
    static const ObjectRegistry registry = [] {
        ObjectRegistry copy = builtinModels();
        ObjectModel object;
        object.id = kTestObject;
        object.name = "Codec Test";
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
        add(11, ResourceType::String, true);
        add(12, ResourceType::Float, true);
        add(300, ResourceType::Integer, false);
        copy.add(object);
        return copy;
    }();
    return registry;
}

hangar::Expected<PathValues> decode(const Bytes& payload, std::string_view requestPath)
{
    return decodeTlv(payload, path(requestPath), models());
}

hangar::Expected<PathValues> decodeFile(const std::string& name, std::string_view requestPath)
{
    return decode(readTestData(name), requestPath);
}

PathValues anjayDevice(std::string_view prefix, const std::string& serial, std::int64_t voltage,
                       std::int64_t current, std::int64_t time)
{
    const auto at = [&](std::string_view rest) { return std::string(prefix) + std::string(rest); };
    return {
        entry(at("/0"), Value::string("anjay")),
        entry(at("/1"), Value::string("demo-client")),
        entry(at("/2"), Value::string(serial)),
        entry(at("/3"), Value::string("3.14.0")),
        entry(at("/6/0"), Value::integer(0)),
        entry(at("/7/0"), Value::integer(voltage)),
        entry(at("/8/0"), Value::integer(current)),
        entry(at("/9"), Value::integer(0)),
        entry(at("/10"), Value::integer(0)),
        entry(at("/11/0"), Value::integer(0)),
        entry(at("/13"), Value::time(time)),
        entry(at("/14"), Value::string("+01:00")),
        entry(at("/15"), Value::string("Europe/Warsaw")),
        entry(at("/16"), Value::string("UQ")),
        entry(at("/17"), Value::string("")),
        entry(at("/18"), Value::string("")),
        entry(at("/19"), Value::string("")),
        entry(at("/20"), Value::integer(0)),
        entry(at("/21"), Value::integer(0)),
        entry(at("/22/0"), Value::objectLink({33606, 0})),
    };
}

struct Vector
{
    std::string file;
    std::string requestPath;
    PathValues expected;
};

std::vector<Vector> capturedVectors()
{
    return {
        {"anjay_read_3_0.tlv", "/3/0", anjayDevice("/3/0", "ep-1", 31801, 9, 1795488775)},
        {"anjay_formats_read_3_0.tlv", "/3/0",
         anjayDevice("/3/0", "push-ep", 31575, 11, 1795488708)},
        {"anjay_formats_read_3.tlv", "/3", anjayDevice("/3/0", "push-ep", 31826, 9, 1795488717)},
        {"anjay_read_3_0_0.tlv", "/3/0/0", {entry("/3/0/0", Value::string("anjay"))}},
        {"anjay_read_3_0_13.tlv", "/3/0/13", {entry("/3/0/13", Value::time(1795488777))}},
        {"anjay_formats_read_3_0_6.tlv", "/3/0/6", {entry("/3/0/6/0", Value::integer(0))}},
        {"anjay_read_5_0.tlv",
         "/5/0",
         {entry("/5/0/1", Value::string("")), entry("/5/0/3", Value::integer(0)),
          entry("/5/0/5", Value::integer(0)), entry("/5/0/8/0", Value::integer(0)),
          entry("/5/0/8/1", Value::integer(1)), entry("/5/0/8/2", Value::integer(4)),
          entry("/5/0/8/3", Value::integer(5)), entry("/5/0/9", Value::integer(2))}},
        {"anjay_read_1_1.tlv",
         "/1/1",
         {entry("/1/1/0", Value::integer(1)), entry("/1/1/1", Value::integer(120)),
          entry("/1/1/2", Value::integer(1)), entry("/1/1/3", Value::integer(300)),
          entry("/1/1/6", Value::boolean(true)), entry("/1/1/7", Value::string("U")),
          entry("/1/1/14", Value::unsignedInteger(0)), entry("/1/1/16", Value::boolean(true)),
          entry("/1/1/17", Value::unsignedInteger(5)), entry("/1/1/18", Value::unsignedInteger(60)),
          entry("/1/1/19", Value::unsignedInteger(86400)),
          entry("/1/1/20", Value::unsignedInteger(1)), entry("/1/1/23", Value::boolean(false))}},
        {"anjay_formats_read_1_1.tlv",
         "/1/1",
         {entry("/1/1/0", Value::integer(1)), entry("/1/1/1", Value::integer(300)),
          entry("/1/1/6", Value::boolean(true)), entry("/1/1/7", Value::string("U")),
          entry("/1/1/14", Value::unsignedInteger(0)), entry("/1/1/16", Value::boolean(true)),
          entry("/1/1/17", Value::unsignedInteger(5)), entry("/1/1/18", Value::unsignedInteger(60)),
          entry("/1/1/19", Value::unsignedInteger(86400)),
          entry("/1/1/20", Value::unsignedInteger(1)), entry("/1/1/23", Value::boolean(false))}},
        {"wakaama_server_write_1_1_1.tlv", "/1/1/1", {entry("/1/1/1", Value::integer(120))}},
        {"wakaama_server_partial_write_1_1.tlv",
         "/1/1",
         {entry("/1/1/2", Value::integer(1)), entry("/1/1/3", Value::integer(300))}},
        {"bootstrap_write_0_1.tlv",
         "/0/1",
         {entry("/0/1/0", Value::string("coap://127.0.0.1:5683")),
          entry("/0/1/1", Value::boolean(false)), entry("/0/1/2", Value::integer(3)),
          entry("/0/1/10", Value::integer(1))}},
        {"bootstrap_write_1_1.tlv",
         "/1/1",
         {entry("/1/1/0", Value::integer(1)), entry("/1/1/1", Value::integer(60)),
          entry("/1/1/6", Value::boolean(false)), entry("/1/1/7", Value::string("U"))}},
    };
}

void requireFailure(const hangar::Expected<PathValues>& result, ErrorCode code)
{
    INFO(errorOf(result));
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().code == code);
    CHECK_FALSE(result.error().message.empty());
}

} // namespace

TEST_CASE("TLV captured payloads decode to the values the peers sent", "[tlv]")
{
    for (const Vector& vector : capturedVectors()) {
        INFO(vector.file << " for " << vector.requestPath);
        REQUIRE_FALSE(readTestData(vector.file).empty());
        const auto decoded = decodeFile(vector.file, vector.requestPath);
        INFO(errorOf(decoded));
        REQUIRE(decoded.has_value());
        CHECK(render(*decoded) == render(vector.expected));
        CHECK(*decoded == vector.expected);
    }
}

TEST_CASE("TLV every truncation of a captured payload fails cleanly or decodes", "[tlv]")
{
    for (const Vector& vector : capturedVectors()) {
        const Bytes full = readTestData(vector.file);
        REQUIRE_FALSE(full.empty());
        for (std::size_t length = 0; length < full.size(); ++length) {
            INFO(vector.file << " cut to " << length << " bytes");
            const Bytes prefix(full.begin(), full.begin() + static_cast<std::ptrdiff_t>(length));
            const auto decoded = decode(prefix, vector.requestPath);
            if (decoded) {
                CHECK(decoded->size() < vector.expected.size());
                for (const PathValue& value : *decoded)
                    CHECK(value.path.startsWith(path(vector.requestPath)));
            } else {
                CHECK_FALSE(decoded.error().message.empty());
            }
        }
    }
}

TEST_CASE("TLV every one-byte corruption of a captured payload keeps the decode contract", "[tlv]")
{
    for (const Vector& vector : capturedVectors()) {
        const Bytes full = readTestData(vector.file);
        for (std::size_t at = 0; at < full.size(); ++at) {
            for (const std::uint8_t replacement : {std::uint8_t{0x00}, std::uint8_t{0xFF},
                                                   static_cast<std::uint8_t>(full[at] ^ 0x28)}) {
                Bytes corrupted = full;
                corrupted[at] = replacement;
                const auto decoded = decode(corrupted, vector.requestPath);
                if (!decoded)
                    continue;
                INFO(vector.file << " byte " << at << " set to " << int{replacement});
                CHECK(std::is_sorted(
                    decoded->begin(), decoded->end(),
                    [](const PathValue& a, const PathValue& b) { return a.path < b.path; }));
                for (const PathValue& value : *decoded)
                    CHECK(value.path.startsWith(path(vector.requestPath)));
            }
        }
    }
}

TEST_CASE("TLV encoding decoded captures reproduces the peers' bytes", "[tlv]")
{
    for (const Vector& vector : capturedVectors()) {
        INFO(vector.file);
        const auto encoded = encodeTlv(path(vector.requestPath), vector.expected, models());
        REQUIRE(encoded.has_value());
        const auto decoded = decode(*encoded, vector.requestPath);
        REQUIRE(decoded.has_value());
        CHECK(*decoded == vector.expected);
        // Hangar writes resources in id order; Wakaama's bootstrap server wrote 0, 1, 10, 2.
        if (vector.file != "bootstrap_write_0_1.tlv")
            CHECK(*encoded == readTestData(vector.file));
    }
}

TEST_CASE("TLV decodes values of unknown resources as opaque", "[tlv]")
{
    // Resource 999 is not in the Device model; object 32000 is not in the registry at all.
    const auto unknownResource = decode({0xE2, 0x03, 0xE7, 0x05, 0x06}, "/3/0");
    REQUIRE(unknownResource.has_value());
    CHECK(*unknownResource == PathValues{entry("/3/0/999", Value::opaque({0x05, 0x06}))});

    const auto unknownObject =
        decode({0xC2, 0x00, 0xAB, 0xCD, 0x88, 0x05, 0x03, 0x41, 0x00, 0x07}, "/32000/0");
    REQUIRE(unknownObject.has_value());
    CHECK(*unknownObject == PathValues{entry("/32000/0/0", Value::opaque({0xAB, 0xCD})),
                                       entry("/32000/0/5/0", Value::opaque({0x07}))});
}

TEST_CASE("TLV resource path accepts bare resource instance TLVs", "[tlv]")
{
    const auto decoded = decode({0x41, 0x00, 0x01, 0x41, 0x01, 0x05}, "/3/0/6");
    REQUIRE(decoded.has_value());
    CHECK(*decoded ==
          PathValues{entry("/3/0/6/0", Value::integer(1)), entry("/3/0/6/1", Value::integer(5))});
}

TEST_CASE("TLV resource instance path decodes one resource instance", "[tlv]")
{
    const auto decoded = decode({0x44, 0x00, 0x83, 0x46, 0x00, 0x00}, "/3/0/22/0");
    REQUIRE(decoded.has_value());
    CHECK(*decoded == PathValues{entry("/3/0/22/0", Value::objectLink({33606, 0}))});
}

TEST_CASE("TLV object instance wrapper is accepted at its own instance path", "[tlv]")
{
    const auto decoded = decode({0x03, 0x00, 0xC1, 0x09, 0x64}, "/3/0");
    REQUIRE(decoded.has_value());
    CHECK(*decoded == PathValues{entry("/3/0/9", Value::integer(100))});
    requireFailure(decode({0x03, 0x01, 0xC1, 0x09, 0x64}, "/3/0"), ErrorCode::MalformedInput);
}

TEST_CASE("TLV empty object instance decodes as an instance without values", "[tlv]")
{
    const auto decoded = decode({0x00, 0x00, 0x00, 0x02}, "/32769");
    REQUIRE(decoded.has_value());
    CHECK(*decoded == PathValues{entry("/32769/0", Value()), entry("/32769/2", Value())});
    const auto encoded = encodeTlv(path("/32769"), *decoded, models());
    REQUIRE(encoded.has_value());
    CHECK(*encoded == Bytes{0x00, 0x00, 0x00, 0x02});
}

TEST_CASE("TLV rejects truncated headers", "[tlv]")
{
    requireFailure(decode({0xC1}, "/1/1"), ErrorCode::MalformedInput);
    requireFailure(decode({0xE1, 0x00}, "/1/1"), ErrorCode::MalformedInput);       // 16-bit id
    requireFailure(decode({0xC8, 0x00}, "/1/1"), ErrorCode::MalformedInput);       // length byte
    requireFailure(decode({0xD0, 0x00, 0x01}, "/1/1"), ErrorCode::MalformedInput); // 2-byte length
}

TEST_CASE("TLV rejects lengths past the end of the payload", "[tlv]")
{
    requireFailure(decode({0xC3, 0x00, 0x61, 0x62}, "/3/0/0"), ErrorCode::MalformedInput);
    requireFailure(decode({0xC8, 0x00, 0x05, 0x61}, "/3/0/0"), ErrorCode::MalformedInput);
    requireFailure(decode({0xD8, 0x00, 0xFF, 0xFF, 0xFF, 0x61}, "/3/0/0"),
                   ErrorCode::MalformedInput);
    // The child of a multiple resource claims more than its parent holds.
    requireFailure(decode({0x83, 0x06, 0x42, 0x00, 0x00}, "/3/0/6"), ErrorCode::MalformedInput);
}

TEST_CASE("TLV rejects trailing bytes", "[tlv]")
{
    requireFailure(decode({0xC5, 0x00, 'a', 'n', 'j', 'a', 'y', 0xFF}, "/3/0/0"),
                   ErrorCode::MalformedInput);
    requireFailure(decode({0xC5, 0x00, 'a', 'n', 'j', 'a', 'y', 0xC1, 0x09, 0x00}, "/3/0/0"),
                   ErrorCode::MalformedInput);
    requireFailure(decode({0x41, 0x00, 0x00, 0x41, 0x01, 0x00}, "/3/0/6/0"),
                   ErrorCode::MalformedInput);
    requireFailure(decode({0x84, 0x06, 0x41, 0x00, 0x00, 0xFF}, "/3/0/6"),
                   ErrorCode::MalformedInput);
}

TEST_CASE("TLV rejects nesting the format does not allow", "[tlv]")
{
    SECTION("object instance inside object instance")
    {
        requireFailure(decode({0x03, 0x00, 0x00, 0x00, 0x00}, "/32769"), ErrorCode::MalformedInput);
    }
    SECTION("resource inside a multiple resource")
    {
        requireFailure(decode({0x83, 0x06, 0xC1, 0x00, 0x00}, "/3/0/6"), ErrorCode::MalformedInput);
    }
    SECTION("resource instance directly in an object instance")
    {
        requireFailure(decode({0x41, 0x06, 0x00}, "/3/0"), ErrorCode::MalformedInput);
        requireFailure(decode({0x03, 0x00, 0x41, 0x06, 0x00}, "/3"), ErrorCode::MalformedInput);
    }
    SECTION("object instance or multiple resource at a resource instance path")
    {
        requireFailure(decode({0x00, 0x00}, "/3/0/6/0"), ErrorCode::MalformedInput);
        requireFailure(decode({0x83, 0x06, 0x41, 0x00, 0x00}, "/3/0/6/0"),
                       ErrorCode::MalformedInput);
    }
    SECTION("object instance at a resource path")
    {
        requireFailure(decode({0x00, 0x00}, "/3/0/9"), ErrorCode::MalformedInput);
    }
    SECTION("bare resources at an object path")
    {
        requireFailure(decode({0xC1, 0x09, 0x00}, "/3"), ErrorCode::MalformedInput);
    }
}

TEST_CASE("TLV rejects ids that do not match the request path", "[tlv]")
{
    requireFailure(decode({0xC5, 0x01, 'a', 'n', 'j', 'a', 'y'}, "/3/0/0"),
                   ErrorCode::MalformedInput);
    requireFailure(decode({0x83, 0x07, 0x41, 0x00, 0x00}, "/3/0/6"), ErrorCode::MalformedInput);
    requireFailure(decode({0x41, 0x01, 0x00}, "/3/0/6/0"), ErrorCode::MalformedInput);
    requireFailure(decode({0x83, 0x06, 0x41, 0x00, 0x00}, "/3/0/7"), ErrorCode::MalformedInput);
}

TEST_CASE("TLV rejects reserved ids, duplicates and the root path", "[tlv]")
{
    requireFailure(decode({0xE1, 0xFF, 0xFF, 0x00}, "/3/0"), ErrorCode::MalformedInput);
    requireFailure(decode({0xC1, 0x09, 0x00, 0xC1, 0x09, 0x01}, "/3/0"), ErrorCode::MalformedInput);
    requireFailure(decode({0x03, 0x00, 0xC1, 0x09, 0x00}, "/"), ErrorCode::Unsupported);
    CHECK(encodeTlv(LwM2mPath(), {entry("/3/0/9", Value::integer(1))}, models()).error().code ==
          ErrorCode::Unsupported);
}

TEST_CASE("TLV rejects integer lengths other than 1, 2, 4 or 8", "[tlv]")
{
    requireFailure(decode({0xC0, 0x09}, "/3/0/9"), ErrorCode::TypeMismatch);
    requireFailure(decode({0xC3, 0x09, 0x00, 0x00, 0x01}, "/3/0/9"), ErrorCode::TypeMismatch);
    requireFailure(decode({0xC3, 0x0D, 0x6B, 0x04, 0xFC}, "/3/0/13"), ErrorCode::TypeMismatch);
    requireFailure(decode({0xC3, 0x02, 0x00, 0x00, 0x01}, "/32769/0/2"), ErrorCode::TypeMismatch);
    // 16 bytes need the one-byte length field.
    Bytes sixteen{0xC8, 0x01, 0x10};
    sixteen.resize(sixteen.size() + 16, 0x00);
    requireFailure(decode(sixteen, "/32769/0/1"), ErrorCode::TypeMismatch);
}

TEST_CASE("TLV rejects float lengths other than 4 or 8", "[tlv]")
{
    requireFailure(decode({0xC2, 0x03, 0x3F, 0x80}, "/32769/0/3"), ErrorCode::TypeMismatch);
    requireFailure(decode({0xC1, 0x03, 0x3F}, "/32769/0/3"), ErrorCode::TypeMismatch);
    requireFailure(decode({0xC0, 0x03}, "/32769/0/3"), ErrorCode::TypeMismatch);
}

TEST_CASE("TLV rejects booleans other than one byte 0 or 1", "[tlv]")
{
    requireFailure(decode({0xC1, 0x06, 0x02}, "/1/1/6"), ErrorCode::TypeMismatch);
    requireFailure(decode({0xC2, 0x06, 0x00, 0x01}, "/1/1/6"), ErrorCode::TypeMismatch);
    requireFailure(decode({0xC0, 0x06}, "/1/1/6"), ErrorCode::TypeMismatch);
}

TEST_CASE("TLV rejects strings that are not UTF-8", "[tlv]")
{
    requireFailure(decode({0xC2, 0x00, 0xC3, 0x28}, "/3/0/0"), ErrorCode::TypeMismatch); // bad tail
    requireFailure(decode({0xC2, 0x00, 0xC0, 0x80}, "/3/0/0"), ErrorCode::TypeMismatch); // overlong
    requireFailure(decode({0xC3, 0x00, 0xED, 0xA0, 0x80}, "/3/0/0"),
                   ErrorCode::TypeMismatch);                                       // surrogate
    requireFailure(decode({0xC1, 0x00, 0xE2}, "/3/0/0"), ErrorCode::TypeMismatch); // cut short
    requireFailure(decode({0xC4, 0x00, 0xF4, 0x90, 0x80, 0x80}, "/3/0/0"),
                   ErrorCode::TypeMismatch); // past U+10FFFF
    const auto valid = decode({0xC6, 0x00, 0xC3, 0xA9, 0xF0, 0x9F, 0x9A, 0x80}, "/3/0/0");
    REQUIRE(valid.has_value());
    CHECK(valid->front().value == Value::string("\xC3\xA9\xF0\x9F\x9A\x80"));
}

TEST_CASE("TLV rejects values that do not fit the model", "[tlv]")
{
    SECTION("object link of the wrong length")
    {
        requireFailure(decode({0x43, 0x00, 0x83, 0x46, 0x00}, "/3/0/22/0"),
                       ErrorCode::TypeMismatch);
    }
    SECTION("a multiple resource sent as a single value")
    {
        requireFailure(decode({0xC1, 0x06, 0x00}, "/3/0"), ErrorCode::TypeMismatch);
    }
    SECTION("a single resource sent as a multiple resource")
    {
        requireFailure(decode({0x83, 0x09, 0x41, 0x00, 0x00}, "/3/0"), ErrorCode::TypeMismatch);
        requireFailure(decode({0x41, 0x00, 0x00}, "/3/0/9"), ErrorCode::TypeMismatch);
    }
}

TEST_CASE("TLV round trips every resource type at every request depth", "[tlv]")
{
    const PathValues instance{
        entry("/32769/1/0", Value::string("h\xC3\xA9llo")),
        entry("/32769/1/1", Value::integer(std::numeric_limits<std::int64_t>::min())),
        entry("/32769/1/2", Value::unsignedInteger(std::numeric_limits<std::uint64_t>::max())),
        entry("/32769/1/3", Value::floating(0.1)),
        entry("/32769/1/4", Value::boolean(true)),
        entry("/32769/1/5", Value::opaque({0x00, 0xFF, 0x10})),
        entry("/32769/1/6", Value::time(1795488775)),
        entry("/32769/1/7", Value::objectLink({65535, 65535})),
        entry("/32769/1/8", Value::coreLink("</3/0>;ct=11542")),
        entry("/32769/1/10/0", Value::integer(-129)),
        entry("/32769/1/10/7", Value::integer(32768)),
        entry("/32769/1/11/300", Value::string("")),
        entry("/32769/1/12/1", Value::floating(-2.5)),
        entry("/32769/1/300", Value::integer(2147483648)),
    };
    SECTION("object path")
    {
        PathValues twoInstances = instance;
        twoInstances.push_back(entry("/32769/2/1", Value::integer(-1)));
        const auto encoded = encodeTlv(path("/32769"), twoInstances, models());
        REQUIRE(encoded.has_value());
        const auto decoded = decode(*encoded, "/32769");
        INFO(errorOf(decoded));
        REQUIRE(decoded.has_value());
        CHECK(render(*decoded) == render(twoInstances));
        CHECK(*decoded == twoInstances);
    }
    SECTION("object instance path")
    {
        const auto encoded = encodeTlv(path("/32769/1"), instance, models());
        REQUIRE(encoded.has_value());
        const auto decoded = decode(*encoded, "/32769/1");
        REQUIRE(decoded.has_value());
        CHECK(*decoded == instance);
    }
    SECTION("resource and resource instance paths, one value at a time")
    {
        for (const PathValue& value : instance) {
            INFO(value.path.toString());
            const LwM2mPath target =
                value.path.isResourceInstance() ? value.path.truncated(3) : value.path;
            for (const LwM2mPath& requestPath : {target, value.path}) {
                const auto encoded = encodeTlv(requestPath, {value}, models());
                REQUIRE(encoded.has_value());
                const auto decoded = decodeTlv(*encoded, requestPath, models());
                INFO(errorOf(decoded));
                REQUIRE(decoded.has_value());
                CHECK(*decoded == PathValues{value});
            }
        }
    }
}

TEST_CASE("TLV encoder writes the shortest integer and exact float widths", "[tlv]")
{
    const auto encodedAt = [](std::string_view resource, Value value) {
        return encodeTlv(path(resource), {entry(resource, std::move(value))}, models()).value();
    };
    CHECK(encodedAt("/32769/0/1", Value::integer(127)) == Bytes{0xC1, 0x01, 0x7F});
    CHECK(encodedAt("/32769/0/1", Value::integer(-128)) == Bytes{0xC1, 0x01, 0x80});
    CHECK(encodedAt("/32769/0/1", Value::integer(128)) == Bytes{0xC2, 0x01, 0x00, 0x80});
    CHECK(encodedAt("/32769/0/1", Value::integer(-32769)) ==
          Bytes{0xC4, 0x01, 0xFF, 0xFF, 0x7F, 0xFF});
    // Eight value bytes no longer fit the 3-bit inline length: a length byte follows the id.
    CHECK(encodedAt("/32769/0/1", Value::integer(2147483648)).size() == 3 + 8);
    CHECK(encodedAt("/32769/0/2", Value::unsignedInteger(255)) == Bytes{0xC1, 0x02, 0xFF});
    CHECK(encodedAt("/32769/0/2", Value::unsignedInteger(65536)).size() == 2 + 4);
    CHECK(encodedAt("/32769/0/3", Value::floating(1.5)) ==
          Bytes{0xC4, 0x03, 0x3F, 0xC0, 0x00, 0x00});
    CHECK(encodedAt("/32769/0/3", Value::floating(0.1)).size() == 3 + 8);
    CHECK(encodedAt("/32769/0/7", Value::objectLink({33606, 0})) ==
          Bytes{0xC4, 0x07, 0x83, 0x46, 0x00, 0x00});
    CHECK(encodedAt("/32769/0/300", Value::integer(1)) == Bytes{0xE1, 0x01, 0x2C, 0x01});
    // The model type wins over the value's own type: 1 for a Float resource is a float.
    CHECK(encodedAt("/32769/0/3", Value::integer(1)) == Bytes{0xC4, 0x03, 0x3F, 0x80, 0x00, 0x00});
}

TEST_CASE("TLV encoder picks the shortest length field for long values", "[tlv]")
{
    for (const std::size_t size : {std::size_t{7}, std::size_t{8}, std::size_t{255},
                                   std::size_t{256}, std::size_t{65535}, std::size_t{65536}}) {
        INFO(size << " bytes");
        const PathValues values{entry("/32769/0/5", Value::opaque(Bytes(size, 0x5A)))};
        const Bytes encoded = encodeTlv(path("/32769/0/5"), values, models()).value();
        const std::size_t lengthBytes = size < 8 ? 0 : size <= 0xFF ? 1 : size <= 0xFFFF ? 2 : 3;
        CHECK(encoded.size() == 2 + lengthBytes + size);
        CHECK(decode(encoded, "/32769/0/5").value() == values);
    }
}

TEST_CASE("TLV encoder refuses content it cannot represent", "[tlv]")
{
    const auto refusal = [](std::string_view requestPath, const PathValues& values) {
        const auto encoded = encodeTlv(path(requestPath), values, models());
        REQUIRE_FALSE(encoded.has_value());
        return encoded.error().code;
    };
    CHECK(refusal("/3/0", {entry("/3/0/6", Value::integer(1))}) == ErrorCode::InvalidArgument);
    CHECK(refusal("/3/0", {entry("/3/0/9/0", Value::integer(1))}) == ErrorCode::InvalidArgument);
    CHECK(refusal("/32000/0", {entry("/32000/0/1", Value::integer(1)),
                               entry("/32000/0/1/0", Value::integer(1))}) ==
          ErrorCode::InvalidArgument);
    CHECK(refusal("/3/0", {entry("/5/0/1", Value::string(""))}) == ErrorCode::InvalidArgument);
    CHECK(refusal("/3/0/9", {}) == ErrorCode::InvalidArgument);
    CHECK(refusal("/3/0/9", {entry("/3/0/9", Value())}) == ErrorCode::InvalidArgument);
    CHECK(refusal("/3/0/0", {entry("/3/0/0", Value::integer(5))}) == ErrorCode::TypeMismatch);
}

TEST_CASE("TLV refuses an object instance given both empty and with resources", "[tlv]")
{
    // Found by tests/fuzz/fuzz_tlv_decoder: instance 1 with resource 0, then instance 1 again
    // empty. Accepted, it decoded to /3/1 as an empty instance and /3/1/0, which no encoder
    // writes back.
    const Bytes payload{0x23, 0x00, 0x01, 0xC1, 0x00, 0x00, 0x00, 0x01};
    const auto decoded = decodeTlv(payload, LwM2mPath(3), builtinModels());
    REQUIRE_FALSE(decoded.has_value());
    CHECK(decoded.error().code == ErrorCode::MalformedInput);
    CHECK(decoded.error().message.find("/3/1") != std::string::npos);
    // The same instance given once, with its resource, still decodes.
    const Bytes once{0x23, 0x00, 0x01, 0xC1, 0x00, 0x00};
    REQUIRE(decodeTlv(once, LwM2mPath(3), builtinModels()).has_value());
}
