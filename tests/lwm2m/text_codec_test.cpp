#include "lwm2m/text_codec.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <string>

using namespace hangar::lwm2m;
using hangar::ErrorCode;
using hangar::lwm2m::testing::builtinModels;

namespace {

LwM2mPath path(std::string_view text)
{
    return LwM2mPath::parse(text).value();
}

Bytes bytesOf(std::string_view text)
{
    return Bytes(text.begin(), text.end());
}

// The built-in models plus a test object holding the types the built-in ones lack.
constexpr std::uint16_t kTestObject = 32770;
const ObjectRegistry& models()
{
    static const ObjectRegistry registry = [] {
        ObjectRegistry copy = builtinModels();
        ObjectModel object;
        object.id = kTestObject;
        object.name = "Text Codec Test";
        const auto add = [&](std::uint16_t id, ResourceType type) {
            ResourceModel resource;
            resource.id = id;
            resource.type = type;
            resource.operations = Operations::ReadWrite;
            object.resources[id] = resource;
        };
        add(0, ResourceType::String);
        add(1, ResourceType::Integer);
        add(2, ResourceType::UnsignedInteger);
        add(3, ResourceType::Float);
        add(4, ResourceType::Boolean);
        add(5, ResourceType::Opaque);
        add(6, ResourceType::Time);
        add(7, ResourceType::ObjectLink);
        add(8, ResourceType::CoreLink);
        copy.add(object);
        return copy;
    }();
    return registry;
}

hangar::Expected<Value> decodeAt(std::string_view resource, std::string_view text)
{
    auto decoded = decodeText(bytesOf(text), path(resource), models());
    if (!decoded)
        return std::unexpected(decoded.error());
    REQUIRE(decoded->size() == 1);
    CHECK(decoded->front().path == path(resource));
    return decoded->front().value;
}

ErrorCode rejection(std::string_view resource, std::string_view text)
{
    const auto decoded = decodeAt(resource, text);
    INFO(resource << " '" << text << "'");
    REQUIRE_FALSE(decoded.has_value());
    CHECK_FALSE(decoded.error().message.empty());
    return decoded.error().code;
}

} // namespace

TEST_CASE("text values captured from Anjay decode with their model types", "[text]")
{
    // anjay_content_formats#13 and #15, anjay_fw_push#13 and #19.
    CHECK(decodeAt("/3/0/0", "anjay").value() == Value::string("anjay"));
    CHECK(decodeAt("/3/0/13", "1795488713").value() == Value::time(1795488713));
    CHECK(decodeAt("/5/0/3", "2").value() == Value::integer(2));
    CHECK(decodeAt("/5/0/5", "1").value() == Value::integer(1));
}

TEST_CASE("text decodes every resource type", "[text]")
{
    CHECK(decodeAt("/32770/0/0", "h\xC3\xA9llo").value() == Value::string("h\xC3\xA9llo"));
    CHECK(decodeAt("/32770/0/0", "").value() == Value::string(""));
    CHECK(decodeAt("/32770/0/1", "-9223372036854775808").value() ==
          Value::integer(std::numeric_limits<std::int64_t>::min()));
    CHECK(decodeAt("/32770/0/2", "18446744073709551615").value() ==
          Value::unsignedInteger(std::numeric_limits<std::uint64_t>::max()));
    CHECK(decodeAt("/32770/0/3", "3.25").value() == Value::floating(3.25));
    CHECK(decodeAt("/32770/0/3", "-1e3").value() == Value::floating(-1000.0));
    CHECK(decodeAt("/32770/0/3", "7").value() == Value::floating(7.0));
    CHECK(decodeAt("/32770/0/4", "1").value() == Value::boolean(true));
    CHECK(decodeAt("/32770/0/4", "0").value() == Value::boolean(false));
    CHECK(decodeAt("/32770/0/5", "AQL/").value() == Value::opaque({0x01, 0x02, 0xFF}));
    CHECK(decodeAt("/32770/0/6", "-5").value() == Value::time(-5));
    CHECK(decodeAt("/32770/0/7", "33606:0").value() == Value::objectLink({33606, 0}));
    CHECK(decodeAt("/32770/0/7", "65535:65535").value() == Value::objectLink({65535, 65535}));
    CHECK(decodeAt("/32770/0/8", "</3/0>").value() == Value::coreLink("</3/0>"));
    CHECK(decodeAt("/3/0/22/0", "33606:0").value() == Value::objectLink({33606, 0}));
}

TEST_CASE("text values of unknown resources decode as strings", "[text]")
{
    CHECK(decodeAt("/3/0/999", "42").value() == Value::string("42"));
    CHECK(decodeAt("/32000/1/2/3", "x").value() == Value::string("x"));
}

TEST_CASE("text numbers with junk or out of range are rejected", "[text]")
{
    for (const char* text : {"", " 1", "1 ", "+1", "1a", "0x10", "1.0", "--1", "-",
                             "9223372036854775808", "-9223372036854775809"})
        CHECK(rejection("/32770/0/1", text) == ErrorCode::TypeMismatch);
    for (const char* text : {"-1", "-0", "18446744073709551616", "1e3", " 5"})
        CHECK(rejection("/32770/0/2", text) == ErrorCode::TypeMismatch);
    for (const char* text :
         {"", "inf", "nan", "+1.5", " 1.5", "1.5 ", "1e", "0x1p3", "1,5", "1e999"})
        CHECK(rejection("/32770/0/3", text) == ErrorCode::TypeMismatch);
    for (const char* text : {"true", "2", "01", " 1", ""})
        CHECK(rejection("/32770/0/4", text) == ErrorCode::TypeMismatch);
    for (const char* text : {"1795488713.5", "abc", ""})
        CHECK(rejection("/3/0/13", text) == ErrorCode::TypeMismatch);
    for (const char* text : {"33606", ":0", "1:", "65536:0", "1:2:3", "a:b", "-1:0", " 1:0"})
        CHECK(rejection("/32770/0/7", text) == ErrorCode::TypeMismatch);
    CHECK(rejection("/32770/0/5", "!!!!") == ErrorCode::TypeMismatch);
}

TEST_CASE("text refuses instance, object and multiple resource paths", "[text]")
{
    for (const char* requestPath : {"/", "/3", "/3/0", "/3/0/6"}) {
        INFO(requestPath);
        const auto decoded = decodeText(bytesOf("1"), path(requestPath), models());
        REQUIRE_FALSE(decoded.has_value());
        CHECK(decoded.error().code == ErrorCode::Unsupported);
        const auto encoded = encodeText(path(requestPath), {}, models());
        REQUIRE_FALSE(encoded.has_value());
        CHECK(encoded.error().code == ErrorCode::Unsupported);
    }
    CHECK(decodeAt("/3/0/6/0", "1").value() == Value::integer(1));
}

TEST_CASE("text payloads that are not UTF-8 are rejected", "[text]")
{
    const auto decoded = decodeText(Bytes{0x61, 0xC3, 0x28}, path("/3/0/0"), models());
    REQUIRE_FALSE(decoded.has_value());
    CHECK(decoded.error().code == ErrorCode::MalformedInput);
}

TEST_CASE("text round trips every resource type", "[text]")
{
    const std::vector<PathValue> values{
        {path("/32770/0/0"), Value::string("Europe/Warsaw"), std::nullopt},
        {path("/32770/0/1"), Value::integer(-42), std::nullopt},
        {path("/32770/0/2"), Value::unsignedInteger(18446744073709551615ULL), std::nullopt},
        {path("/32770/0/3"), Value::floating(0.1), std::nullopt},
        {path("/32770/0/3"), Value::floating(-1.5e300), std::nullopt},
        {path("/32770/0/4"), Value::boolean(true), std::nullopt},
        {path("/32770/0/5"), Value::opaque({0x00, 0xFB, 0xFF}), std::nullopt},
        {path("/32770/0/6"), Value::time(1795488713), std::nullopt},
        {path("/32770/0/7"), Value::objectLink({33606, 0}), std::nullopt},
        {path("/32770/0/8"), Value::coreLink("</1/0>,</3/0>"), std::nullopt},
        {path("/3/0/7/0"), Value::integer(31801), std::nullopt},
    };
    for (const PathValue& value : values) {
        INFO(value.path.toString() << " " << value.value.toText());
        const auto encoded = encodeText(value.path, {value}, models());
        REQUIRE(encoded.has_value());
        const auto decoded = decodeText(*encoded, value.path, models());
        REQUIRE(decoded.has_value());
        CHECK(*decoded == PathValues{value});
    }
}

TEST_CASE("text encoder writes the text/plain forms", "[text]")
{
    const auto encodedAt = [](std::string_view resource, Value value) {
        const auto bytes =
            encodeText(path(resource), {PathValue{path(resource), std::move(value), std::nullopt}},
                       models())
                .value();
        return std::string(bytes.begin(), bytes.end());
    };
    CHECK(encodedAt("/3/0/13", Value::time(1795488713)) == "1795488713");
    CHECK(encodedAt("/1/1/6", Value::boolean(false)) == "0");
    CHECK(encodedAt("/3/0/22/0", Value::objectLink({33606, 0})) == "33606:0");
    CHECK(encodedAt("/32770/0/5", Value::opaque({0x01, 0x02, 0xFF})) == "AQL/");
    // The model type wins: an integer written to a Boolean resource is "1".
    CHECK(encodedAt("/1/1/6", Value::integer(1)) == "1");
}

TEST_CASE("text encoder refuses anything but one value at the request path", "[text]")
{
    const auto refusal = [](std::string_view requestPath, const PathValues& values) {
        const auto encoded = encodeText(path(requestPath), values, models());
        REQUIRE_FALSE(encoded.has_value());
        return encoded.error().code;
    };
    const PathValue battery{path("/3/0/9"), Value::integer(100), std::nullopt};
    const PathValue memory{path("/3/0/10"), Value::integer(5), std::nullopt};
    CHECK(refusal("/3/0/9", {}) == ErrorCode::InvalidArgument);
    CHECK(refusal("/3/0/9", {battery, battery}) == ErrorCode::InvalidArgument);
    CHECK(refusal("/3/0/9", {memory}) == ErrorCode::InvalidArgument);
    CHECK(refusal("/3/0/9", {PathValue{path("/3/0/9"), Value(), std::nullopt}}) ==
          ErrorCode::TypeMismatch);
    CHECK(refusal("/3/0/9", {PathValue{path("/3/0/9"), Value::string("x"), std::nullopt}}) ==
          ErrorCode::TypeMismatch);
}
