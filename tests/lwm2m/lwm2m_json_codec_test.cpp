#include "lwm2m/lwm2m_json_codec.h"
#include "senml_test_support.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace hangar::lwm2m;
using namespace hangar::lwm2m::senml_testing;
using hangar::ErrorCode;
using hangar::lwm2m::testing::readTestData;

namespace {

hangar::Expected<PathValues> decodeText(std::string_view json, std::string_view requestPath = "/")
{
    return decodeLwm2mJson(bytes(json), path(requestPath), models());
}

hangar::Expected<PathValues> decodeFile(const std::string& name, std::string_view requestPath)
{
    return decodeLwm2mJson(readTestData(name), path(requestPath), models());
}

ErrorCode errorCode(std::string_view json, std::string_view requestPath = "/")
{
    auto result = decodeText(json, requestPath);
    REQUIRE_FALSE(result);
    return result.error().code;
}

std::string encodedText(std::string_view requestPath, const PathValues& values)
{
    auto encoded = encodeLwm2mJson(path(requestPath), values, models());
    REQUIRE(encoded);
    return std::string(encoded->begin(), encoded->end());
}

} // namespace

TEST_CASE("LwM2M JSON decodes Wakaama's Server and Device reads", "[lwm2m-json]")
{
    CHECK(render(decodeFile("wakaama_read_1_1.lwm2m.json", "/1/1")) ==
          std::vector<std::string>{"/1/1/0 Integer 1", "/1/1/1 Integer 60", "/1/1/2 Integer 0",
                                   "/1/1/3 Integer 0", "/1/1/5 Integer 0", "/1/1/6 Boolean 0",
                                   "/1/1/7 String U", "/1/1/23 Boolean 0"});
    CHECK(render(decodeFile("wakaama_read_3_0.lwm2m.json", "/3/0")) ==
          std::vector<std::string>{
              "/3/0/0 String Open Mobile Alliance", "/3/0/1 String Lightweight M2M Client",
              "/3/0/2 String 345000123", "/3/0/3 String 1.0", "/3/0/6/0 Integer 1",
              "/3/0/6/1 Integer 5", "/3/0/7/0 Integer 3800", "/3/0/7/1 Integer 5000",
              "/3/0/8/0 Integer 125", "/3/0/8/1 Integer 900", "/3/0/9 Integer 100",
              "/3/0/10 Integer 15", "/3/0/11/0 Integer 0", "/3/0/13 Time 3162980144",
              "/3/0/14 String +01:00", "/3/0/15 String Europe/Berlin", "/3/0/16 String U"});
}

TEST_CASE("LwM2M JSON decodes Anjay's Device read with an ov object link", "[lwm2m-json]")
{
    CHECK(render(decodeFile("anjay_formats_read_3_0.lwm2m.json", "/3/0")) ==
          std::vector<std::string>{
              "/3/0/0 String anjay", "/3/0/1 String demo-client", "/3/0/2 String push-ep",
              "/3/0/3 String 3.14.0", "/3/0/6/0 Integer 0", "/3/0/7/0 Integer 32453",
              "/3/0/8/0 Integer 10", "/3/0/9 Integer 0", "/3/0/10 Integer 0",
              "/3/0/11/0 Integer 0", "/3/0/13 Time 1795488711", "/3/0/14 String +01:00",
              "/3/0/15 String Europe/Warsaw", "/3/0/16 String UQ", "/3/0/17 String ",
              "/3/0/18 String ", "/3/0/19 String ", "/3/0/20 Integer 0", "/3/0/21 Integer 0",
              "/3/0/22/0 Objlnk 33606:0"});
}

TEST_CASE("LwM2M JSON reads opaque values as base64 in sv and resolves bt + t", "[lwm2m-json]")
{
    const auto result =
        decodeText(R"({"bn":"/32769/0/","bt":1795488700,"e":[{"n":"5","sv":"AQI=","t":-2},)"
                   R"({"n":"0","sv":"AQI="}]})",
                   "/32769/0");
    REQUIRE(result);
    CHECK(render(*result) ==
          std::vector<std::string>{"/32769/0/0 String AQI=", "/32769/0/5 Opaque AQI="});
    CHECK((*result)[0].timeSec == 1795488700.0);
    CHECK((*result)[1].timeSec == 1795488698.0);
    CHECK(errorCode(R"({"bn":"/32769/0/5","e":[{"sv":"!!"}]})") == ErrorCode::TypeMismatch);
}

TEST_CASE("LwM2M JSON encodes bn at the top and sv, v, bv, ov entries", "[lwm2m-json]")
{
    CHECK(encodedText("/3/0", {entry("/3/0/0", Value::string("acme")),
                               entry("/3/0/6/0", Value::integer(1)),
                               entry("/3/0/22/0", Value::objectLink({33606, 0}))}) ==
          R"({"bn":"/3/0/","e":[{"n":"0","sv":"acme"},{"n":"6/0","v":1},{"n":"22/0","ov":"33606:0"}]})");
    CHECK(encodedText("/32769/0", {entry("/32769/0/4", Value::boolean(true), 1795488700),
                                   entry("/32769/0/5", Value::opaque({0xfb, 0xff}))}) ==
          R"({"bn":"/32769/0/","e":[{"bv":true,"n":"4","t":1795488700},{"n":"5","sv":"+/8="}]})");
    CHECK(encodedText("/3/0/9", {entry("/3/0/9", Value::integer(5))}) ==
          R"({"bn":"/3/0/9","e":[{"v":5}]})");
    CHECK(encodedText("/3/0", {}) == R"({"bn":"/3/0","e":[]})");
}

TEST_CASE("LwM2M JSON round trips every data type at every request level", "[lwm2m-json]")
{
    const PathValues values = everyType();
    CHECK(render(roundTrip(encodeLwm2mJson, decodeLwm2mJson, "/32769/0", values)) == render(values));
    CHECK(render(roundTrip(encodeLwm2mJson, decodeLwm2mJson, "/32769", values)) == render(values));
    CHECK(render(roundTrip(encodeLwm2mJson, decodeLwm2mJson, "/", values)) == render(values));
    for (const PathValue& value : values) {
        const std::string at = value.path.toString();
        CHECK(render(roundTrip(encodeLwm2mJson, decodeLwm2mJson, at, {value})) == render({value}));
    }
}

TEST_CASE("LwM2M JSON rejects payloads without the bn/e layout", "[lwm2m-json]")
{
    CHECK(errorCode(R"([{"n":"/3/0/9","v":1}])") == ErrorCode::MalformedInput);
    CHECK(errorCode(R"({"bn":"/3/0/"})") == ErrorCode::MalformedInput);
    CHECK(errorCode(R"({"bn":"/3/0/","e":{"n":"9","v":1}})") == ErrorCode::MalformedInput);
    CHECK(errorCode(R"({"bn":"/3/0/","e":[5]})") == ErrorCode::MalformedInput);
    CHECK(errorCode(R"({"bn":3,"e":[]})") == ErrorCode::MalformedInput);
    CHECK(errorCode(R"({"bn":"/3/0/","bt":"x","e":[]})") == ErrorCode::MalformedInput);
    CHECK(errorCode(R"({"bn":"/3/0/","e":[]} {})") == ErrorCode::MalformedInput);
    CHECK(errorCode("") == ErrorCode::MalformedInput);
    CHECK(errorCode("{\"bn\":\"/3/0/\",\"e\":[{\"n\":\"0\",\"sv\":\"\xc3\x28\"}]}") ==
          ErrorCode::MalformedInput);
}

TEST_CASE("LwM2M JSON rejects bad entries", "[lwm2m-json]")
{
    CHECK(errorCode(R"({"bn":"/3/0/","e":[{"n":9,"v":1}]})") == ErrorCode::MalformedInput);
    CHECK(errorCode(R"({"bn":"/3/0/","e":[{"n":"9","v":"1"}]})") == ErrorCode::MalformedInput);
    CHECK(errorCode(R"({"bn":"/3/0/","e":[{"n":"9","bv":1}]})") == ErrorCode::MalformedInput);
    CHECK(errorCode(R"({"bn":"/3/0/","e":[{"n":"9","t":"1","v":1}]})") == ErrorCode::MalformedInput);
    CHECK(errorCode(R"({"bn":"/3/0/","e":[{"n":"22/0","ov":"x"}]})") == ErrorCode::MalformedInput);
    CHECK(errorCode(R"({"bn":"/3/0/","e":[{"n":"9","v":1,"sv":"1"}]})") == ErrorCode::MalformedInput);
    CHECK(errorCode(R"({"bn":"/3/0/","e":[{"n":"9"}]})") == ErrorCode::MalformedInput);
    CHECK(errorCode(R"({"bn":"/3/0/","e":[{"n":"x","v":1}]})") == ErrorCode::MalformedInput);
    CHECK(errorCode(R"({"e":[{"v":1}]})") == ErrorCode::MalformedInput);
    CHECK(errorCode(R"({"bn":"/3/0/","e":[{"n":"9","v":1}]})", "/3/1") == ErrorCode::MalformedInput);
    CHECK(errorCode(R"({"bn":"/3/0/","e":[{"n":"9","v":1},{"n":"9","v":1}]})") ==
          ErrorCode::MalformedInput);
    CHECK(errorCode(R"({"bn":"/3/0/","e":[{"n":"9","sv":"1"}]})") == ErrorCode::TypeMismatch);
    CHECK(errorCode(R"({"bn":"/3/0/","e":[{"n":"9","v":1.25}]})") == ErrorCode::TypeMismatch);
}

TEST_CASE("LwM2M JSON fails cleanly on deep nesting and on every truncation", "[lwm2m-json]")
{
    CHECK_FALSE(decodeLwm2mJson(deepJsonArray(10000), path("/"), models()));
    const std::string nested = R"({"bn":"/3/0/9","x":)" + std::string(20, '[') +
                               std::string(20, ']') + R"(,"e":[{"v":1}]})";
    CHECK(errorCode(nested) == ErrorCode::LimitExceeded);

    const std::vector<std::pair<std::string, std::string>> vectors = {
        {"wakaama_read_1_1.lwm2m.json", "/1/1"},
        {"wakaama_read_3_0.lwm2m.json", "/3/0"},
        {"anjay_formats_read_3_0.lwm2m.json", "/3/0"},
    };
    for (const auto& [name, requestPath] : vectors) {
        INFO(name);
        const Bytes payload = readTestData(name);
        REQUIRE_FALSE(payload.empty());
        REQUIRE(decodeLwm2mJson(payload, path(requestPath), models()));
        CHECK(failingPrefixes(decodeLwm2mJson, payload, path(requestPath)) == payload.size());
    }
}
