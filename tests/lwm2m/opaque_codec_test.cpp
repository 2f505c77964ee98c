#include "lwm2m/opaque_codec.h"
#include "test_support.h"

#include <catch2/catch.hpp>

using namespace hangar::lwm2m;
using hangar::ErrorCode;
using hangar::lwm2m::testing::builtinModels;

namespace {

LwM2mPath path(std::string_view text)
{
    return LwM2mPath::parse(text).value();
}

PathValue entry(std::string_view text, Value value)
{
    return PathValue{path(text), std::move(value), std::nullopt};
}

} // namespace

TEST_CASE("opaque payload decodes as the bytes of one opaque resource", "[opaque]")
{
    Bytes package(1900);
    for (std::size_t i = 0; i < package.size(); ++i)
        package[i] = static_cast<std::uint8_t>(i * 7);
    const auto decoded = decodeOpaque(package, path("/5/0/0"), builtinModels());
    REQUIRE(decoded.has_value());
    CHECK(*decoded == PathValues{entry("/5/0/0", Value::opaque(package))});

    const auto empty = decodeOpaque(Bytes{}, path("/5/0/0"), builtinModels());
    REQUIRE(empty.has_value());
    CHECK(*empty == PathValues{entry("/5/0/0", Value::opaque({}))});
}

TEST_CASE("opaque payload for an unknown resource decodes as opaque", "[opaque]")
{
    const auto decoded = decodeOpaque(Bytes{0x01, 0x02}, path("/32000/0/7/1"), builtinModels());
    REQUIRE(decoded.has_value());
    CHECK(*decoded == PathValues{entry("/32000/0/7/1", Value::opaque({0x01, 0x02}))});
}

TEST_CASE("opaque payload is refused for non-opaque resources and shallow paths", "[opaque]")
{
    const auto typed = decodeOpaque(Bytes{'a'}, path("/3/0/0"), builtinModels());
    REQUIRE_FALSE(typed.has_value());
    CHECK(typed.error().code == ErrorCode::TypeMismatch);
    for (const char* requestPath : {"/", "/5", "/5/0"}) {
        INFO(requestPath);
        const auto decoded = decodeOpaque(Bytes{'a'}, path(requestPath), builtinModels());
        REQUIRE_FALSE(decoded.has_value());
        CHECK(decoded.error().code == ErrorCode::Unsupported);
    }
}

TEST_CASE("opaque encoder writes the bytes of one opaque value", "[opaque]")
{
    const Bytes bytes{0x00, 0xFF, 0x10};
    const auto encoded =
        encodeOpaque(path("/5/0/0"), {entry("/5/0/0", Value::opaque(bytes))}, builtinModels());
    REQUIRE(encoded.has_value());
    CHECK(*encoded == bytes);
    CHECK(decodeOpaque(*encoded, path("/5/0/0"), builtinModels()).value() ==
          PathValues{entry("/5/0/0", Value::opaque(bytes))});
}

TEST_CASE("opaque encoder refuses other values and other content", "[opaque]")
{
    const auto refusal = [](std::string_view requestPath, const PathValues& values) {
        const auto encoded = encodeOpaque(path(requestPath), values, builtinModels());
        REQUIRE_FALSE(encoded.has_value());
        return encoded.error().code;
    };
    CHECK(refusal("/5/0/0", {entry("/5/0/0", Value::string("abc"))}) == ErrorCode::TypeMismatch);
    CHECK(refusal("/3/0/0", {entry("/3/0/0", Value::opaque({1}))}) == ErrorCode::TypeMismatch);
    CHECK(refusal("/5/0/0", {}) == ErrorCode::InvalidArgument);
    CHECK(refusal("/5/0/0", {entry("/5/0/0", Value::opaque({1})),
                             entry("/5/0/0", Value::opaque({2}))}) == ErrorCode::InvalidArgument);
    CHECK(refusal("/5/0", {entry("/5/0/0", Value::opaque({1}))}) == ErrorCode::Unsupported);
}
