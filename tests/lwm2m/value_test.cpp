#include "lwm2m/value.h"

#include <catch2/catch.hpp>

using namespace hangar::lwm2m;

TEST_CASE("values print in the text/plain form")
{
    CHECK(Value::integer(-42).toText() == "-42");
    CHECK(Value::unsignedInteger(18446744073709551615ULL).toText() == "18446744073709551615");
    CHECK(Value::floating(3.25).toText() == "3.25");
    CHECK(Value::floating(0.1).toText() == "0.1");
    CHECK(Value::boolean(true).toText() == "1");
    CHECK(Value::objectLink({33606, 0}).toText() == "33606:0");
    CHECK(Value::opaque({0x01, 0x02, 0xff}).toText() == "AQL/");
    CHECK(Value::time(1795488775).toText() == "1795488775");
}

TEST_CASE("conversions keep information or fail")
{
    CHECK(Value::floating(100.0).convertedTo(ResourceType::Integer).value() == Value::integer(100));
    CHECK_FALSE(Value::floating(100.5).convertedTo(ResourceType::Integer).has_value());
    CHECK_FALSE(Value::floating(9.3e18).convertedTo(ResourceType::Integer).has_value());
    CHECK(Value::integer(5).convertedTo(ResourceType::UnsignedInteger).value() ==
          Value::unsignedInteger(5));
    CHECK_FALSE(Value::integer(-5).convertedTo(ResourceType::UnsignedInteger).has_value());
    CHECK(Value::integer(1).convertedTo(ResourceType::Boolean).value() == Value::boolean(true));
    CHECK_FALSE(Value::integer(2).convertedTo(ResourceType::Boolean).has_value());
    CHECK(Value::integer(1795488775).convertedTo(ResourceType::Time).value() ==
          Value::time(1795488775));
    const auto mismatch = Value::string("abc").convertedTo(ResourceType::Integer);
    REQUIRE_FALSE(mismatch.has_value());
    CHECK(mismatch.error().code == hangar::ErrorCode::TypeMismatch);
}

TEST_CASE("base64 reads both alphabets and rejects garbage")
{
    const Bytes bytes{0xfb, 0xff, 0x00, 0x10};
    CHECK(fromBase64(toBase64(bytes)).value() == bytes);
    CHECK(fromBase64(toBase64(bytes, Base64Alphabet::UrlNoPadding)).value() == bytes);
    CHECK(toBase64(bytes, Base64Alphabet::UrlNoPadding).find('=') == std::string::npos);
    CHECK_FALSE(fromBase64("ab$d").has_value());
}
