#include "lwm2m/senml_json_codec.h"
#include "lwm2m/senml_record.h"
#include "senml_test_support.h"

#include <catch2/catch.hpp>

#include <limits>
#include <string>
#include <vector>

using namespace hangar::lwm2m;
using namespace hangar::lwm2m::senml_testing;
using hangar::ErrorCode;
using hangar::lwm2m::testing::readTestData;

namespace {

hangar::Expected<PathValues> decodeText(std::string_view json, std::string_view requestPath)
{
    return decodeSenmlJson(bytes(json), path(requestPath), models());
}

hangar::Expected<PathValues> decodeFile(const std::string& name, std::string_view requestPath)
{
    return decodeSenmlJson(readTestData(name), path(requestPath), models());
}

std::string encodedText(std::string_view requestPath, const PathValues& values)
{
    auto encoded = encodeSenmlJson(path(requestPath), values, models());
    REQUIRE(encoded);
    return std::string(encoded->begin(), encoded->end());
}

ErrorCode errorCode(std::string_view json, std::string_view requestPath = "/")
{
    auto result = decodeText(json, requestPath);
    REQUIRE_FALSE(result);
    return result.error().code;
}

const std::vector<std::string> kWakaamaDevice = {
    "/3/0/0 String Open Mobile Alliance",
    "/3/0/1 String Lightweight M2M Client",
    "/3/0/2 String 345000123",
    "/3/0/3 String 1.0",
    "/3/0/6/0 Integer 1",
    "/3/0/6/1 Integer 5",
    "/3/0/7/0 Integer 3800",
    "/3/0/7/1 Integer 5000",
    "/3/0/8/0 Integer 125",
    "/3/0/8/1 Integer 900",
    "/3/0/9 Integer 100",
    "/3/0/10 Integer 15",
    "/3/0/11/0 Integer 0",
    "/3/0/13 Time 3162979957",
    "/3/0/14 String +01:00",
    "/3/0/15 String Europe/Berlin",
    "/3/0/16 String U",
};

} // namespace

TEST_CASE("SenML JSON decodes Wakaama's Device read with bn /3/0/ and relative names",
          "[senml-json]")
{
    CHECK(render(decodeFile("wakaama_read_3_0.senml.json", "/3/0")) == kWakaamaDevice);
}

TEST_CASE("SenML JSON decodes Wakaama's single resource reads named by bn alone", "[senml-json]")
{
    CHECK(render(decodeFile("wakaama_read_3_0_0.senml.json", "/3/0/0")) ==
          std::vector<std::string>{"/3/0/0 String Open Mobile Alliance"});
    const auto time = decodeFile("wakaama_read_3_0_13.senml.json", "/3/0/13");
    CHECK(render(time) == std::vector<std::string>{"/3/0/13 Time 3162979959"});
    REQUIRE(time);
    CHECK_FALSE(time->front().timeSec.has_value());
}

TEST_CASE("SenML JSON decodes Server object booleans and integers", "[senml-json]")
{
    CHECK(render(decodeFile("wakaama_read_1_0.senml.json", "/1/0")) ==
          std::vector<std::string>{"/1/0/0 Integer 123", "/1/0/1 Integer 120", "/1/0/2 Integer 1",
                                   "/1/0/3 Integer 300", "/1/0/5 Integer 0", "/1/0/6 Boolean 0",
                                   "/1/0/7 String U", "/1/0/23 Boolean 0"});
    CHECK(render(decodeFile("wakaama_server_partial_write_1_0.senml.json", "/1/0")) ==
          std::vector<std::string>{"/1/0/2 Integer 1", "/1/0/3 Integer 300"});
    CHECK(render(decodeFile("anjay_formats_read_1_1.senml.json", "/1/1")) ==
          std::vector<std::string>{"/1/1/0 Integer 1", "/1/1/1 Integer 300", "/1/1/6 Boolean 1",
                                   "/1/1/7 String U", "/1/1/14 Unsigned Integer 0",
                                   "/1/1/16 Boolean 1", "/1/1/17 Unsigned Integer 5",
                                   "/1/1/18 Unsigned Integer 60",
                                   "/1/1/19 Unsigned Integer 86400",
                                   "/1/1/20 Unsigned Integer 1", "/1/1/23 Boolean 0"});
}

TEST_CASE("SenML JSON decodes a Send to the root path with full names", "[senml-json]")
{
    CHECK(render(decodeFile("wakaama_send.senml.json", "/")) ==
          std::vector<std::string>{"/3/0/9 Integer 100", "/3/0/13 Time 3162979976"});
}

TEST_CASE("SenML JSON decodes Anjay's bn /3/0 with slash-led names and an object link",
          "[senml-json]")
{
    CHECK(render(decodeFile("anjay_formats_read_3_0.senml.json", "/3/0")) ==
          std::vector<std::string>{
              "/3/0/0 String anjay", "/3/0/1 String demo-client", "/3/0/2 String push-ep",
              "/3/0/3 String 3.14.0", "/3/0/6/0 Integer 0", "/3/0/7/0 Integer 32408",
              "/3/0/8/0 Integer 11", "/3/0/9 Integer 0", "/3/0/10 Integer 0",
              "/3/0/11/0 Integer 0", "/3/0/13 Time 1795488709", "/3/0/14 String +01:00",
              "/3/0/15 String Europe/Warsaw", "/3/0/16 String UQ", "/3/0/17 String ",
              "/3/0/18 String ", "/3/0/19 String ", "/3/0/20 Integer 0", "/3/0/21 Integer 0",
              "/3/0/22/0 Objlnk 33606:0"});
    CHECK(render(decodeFile("anjay_read_5_0_after_update.senml.json", "/5/0")) ==
          std::vector<std::string>{"/5/0/1 String ", "/5/0/3 Integer 0", "/5/0/5 Integer 1",
                                   "/5/0/8/0 Integer 0", "/5/0/8/1 Integer 1",
                                   "/5/0/8/2 Integer 4", "/5/0/8/3 Integer 5",
                                   "/5/0/9 Integer 2"});
}

TEST_CASE("SenML JSON decodes the bootstrap writes sorted by path", "[senml-json]")
{
    CHECK(render(decodeFile("bootstrap_write_0_1.senml.json", "/0/1")) ==
          std::vector<std::string>{"/0/1/0 String coap://127.0.0.1:5683", "/0/1/1 Boolean 0",
                                   "/0/1/2 Integer 3", "/0/1/10 Integer 1"});
    CHECK(render(decodeFile("bootstrap_write_1_1.senml.json", "/1/1")) ==
          std::vector<std::string>{"/1/1/0 Integer 1", "/1/1/1 Integer 60", "/1/1/6 Boolean 0",
                                   "/1/1/7 String U"});
}

TEST_CASE("SenML JSON resolves base time and record time", "[senml-json]")
{
    auto result = decodeText(R"([{"bn":"/3/0/","bt":1795488700,"n":"9","v":1,"t":-5},)"
                             R"({"n":"10","v":2},{"bt":1795488800,"n":"20","v":3,"t":1.5},)"
                             R"({"n":"21","v":4}])",
                             "/3/0");
    REQUIRE(result);
    REQUIRE(result->size() == 4);
    CHECK((*result)[0].timeSec == 1795488695.0);
    CHECK((*result)[1].timeSec == 1795488700.0);
    CHECK((*result)[2].timeSec == 1795488801.5);
    CHECK((*result)[3].timeSec == 1795488800.0);

    auto relative = decodeText(R"([{"bn":"/3/0/9","v":1,"t":-10}])", "/3/0/9");
    REQUIRE(relative);
    REQUIRE(relative->front().timeSec == -10.0);
    CHECK(absoluteSenmlTime(*relative->front().timeSec, 1795488700.0) == 1795488690.0);
    CHECK(absoluteSenmlTime(1795488700.0, 5.0) == 1795488700.0);
}

TEST_CASE("SenML JSON keeps the SenML type of resources the registry does not know",
          "[senml-json]")
{
    CHECK(render(decodeText(R"([{"bn":"/32770/0/","n":"0","v":5},{"n":"1","v":2.5},)"
                            R"({"n":"2","vs":"x"},{"n":"3","vb":true},{"n":"4","vd":"AQI"},)"
                            R"({"n":"5","vlo":"3:0"},{"n":"6","v":-7.0},{"n":"7","v":1e300}])",
                            "/32770")) ==
          std::vector<std::string>{"/32770/0/0 Integer 5", "/32770/0/1 Float 2.5",
                                   "/32770/0/2 String x", "/32770/0/3 Boolean 1",
                                   "/32770/0/4 Opaque AQI=", "/32770/0/5 Objlnk 3:0",
                                   "/32770/0/6 Integer -7", "/32770/0/7 Float 1e+300"});
}

TEST_CASE("SenML JSON accepts standard base64 in vd as well as base64url", "[senml-json]")
{
    CHECK(render(decodeText(R"([{"bn":"/32769/0/5","vd":"+/8="}])", "/32769/0/5")) ==
          std::vector<std::string>{"/32769/0/5 Opaque +/8="});
    CHECK(render(decodeText(R"([{"bn":"/32769/0/5","vd":"-_8"}])", "/32769/0/5")) ==
          std::vector<std::string>{"/32769/0/5 Opaque +/8="});
}

TEST_CASE("SenML JSON encodes bn once with relative names, Wakaama's layout", "[senml-json]")
{
    CHECK(encodedText("/3/0", {entry("/3/0/0", Value::string("acme")),
                               entry("/3/0/6/0", Value::integer(1)),
                               entry("/3/0/13", Value::integer(1795488709))}) ==
          R"([{"bn":"/3/0/","n":"0","vs":"acme"},{"n":"6/0","v":1},{"n":"13","v":1795488709}])");
    CHECK(encodedText("/3/0/13", {entry("/3/0/13", Value::time(7))}) == R"([{"bn":"/3/0/13","v":7}])");
    CHECK(encodedText("/3/0/6", {entry("/3/0/6/1", Value::integer(5))}) ==
          R"([{"bn":"/3/0/6/","n":"1","v":5}])");
    CHECK(encodedText("/", {entry("/3/0/9", Value::integer(100), 1795488700.5)}) ==
          R"([{"bn":"/","n":"3/0/9","t":1795488700.5,"v":100}])");
    CHECK(encodedText("/3/0", {}) == "[]");
}

TEST_CASE("SenML JSON encodes each type with its own value key", "[senml-json]")
{
    CHECK(encodedText("/32769/0", {entry("/32769/0/3", Value::integer(2)),
                                   entry("/32769/0/4", Value::boolean(false)),
                                   entry("/32769/0/5", Value::opaque(Bytes{0xfb, 0xff})),
                                   entry("/32769/0/7", Value::objectLink({65535, 65535}))}) ==
          R"([{"bn":"/32769/0/","n":"3","v":2},{"n":"4","vb":false},{"n":"5","vd":"-_8"},)"
          R"({"n":"7","vlo":"65535:65535"}])");
}

TEST_CASE("SenML JSON round trips every data type at every request level", "[senml-json]")
{
    const PathValues values = everyType();
    CHECK(render(roundTrip(encodeSenmlJson, decodeSenmlJson, "/32769/0", values)) == render(values));
    CHECK(render(roundTrip(encodeSenmlJson, decodeSenmlJson, "/32769", values)) == render(values));
    CHECK(render(roundTrip(encodeSenmlJson, decodeSenmlJson, "/", values)) == render(values));
    for (const PathValue& value : values) {
        const std::string at = value.path.toString();
        CHECK(render(roundTrip(encodeSenmlJson, decodeSenmlJson, at, {value})) == render({value}));
    }
    const PathValues multiple = {entry("/32769/0/10/0", Value::integer(-1)),
                                 entry("/32769/0/10/3", Value::integer(3))};
    CHECK(render(roundTrip(encodeSenmlJson, decodeSenmlJson, "/32769/0/10", multiple)) ==
          render(multiple));
    const PathValues timed = {entry("/32769/0/3", Value::floating(0.25), 1795488700.25)};
    auto back = roundTrip(encodeSenmlJson, decodeSenmlJson, "/32769/0", timed);
    REQUIRE(back);
    CHECK(*back == timed);
}

TEST_CASE("SenML JSON refuses to encode what JSON or the request cannot carry", "[senml-json]")
{
    CHECK(encodeSenmlJson(path("/3/0"), {entry("/3/1/0", Value::string("x"))}, models()).error().code ==
          ErrorCode::InvalidArgument);
    CHECK_FALSE(encodeSenmlJson(path("/32769/0"), {entry("/32769/0/3", Value::floating(std::numeric_limits<double>::infinity()))}, models()));
    CHECK_FALSE(encodeSenmlJson(path("/32769/0"), {entry("/32769/0/1", Value())}, models()));
    CHECK_FALSE(encodeSenmlJson(path("/32769/0"), {entry("/32769/0/1", Value::string("x"))}, models()));
}

TEST_CASE("SenML JSON rejects payloads that are not an array of records", "[senml-json]")
{
    CHECK(errorCode(R"({"bn":"/3/0/0","vs":"x"})") == ErrorCode::MalformedInput);
    CHECK(errorCode(R"([{"bn":"/3/0/0","vs":"x"}, 5])") == ErrorCode::MalformedInput);
    CHECK(errorCode(R"([[{"bn":"/3/0/0","vs":"x"}]])") == ErrorCode::MalformedInput);
    CHECK(errorCode("") == ErrorCode::MalformedInput);
    CHECK(errorCode(R"([{"bn":"/3/0/0","vs":"x"}] x)") == ErrorCode::MalformedInput);
    std::string withNul = R"([{"bn":"/3/0/0","vs":"x"}])";
    withNul.push_back('\0');
    CHECK(errorCode(withNul) == ErrorCode::MalformedInput);
    CHECK(errorCode("[{\"bn\":\"/3/0/0\",\"vs\":\"\xff\xfe\"}]") == ErrorCode::MalformedInput);
}

TEST_CASE("SenML JSON rejects wrong types for each known field", "[senml-json]")
{
    CHECK(errorCode(R"([{"bn":3,"n":"0","vs":"x"}])") == ErrorCode::MalformedInput);
    CHECK(errorCode(R"([{"bn":"/3/0/","n":0,"vs":"x"}])") == ErrorCode::MalformedInput);
    CHECK(errorCode(R"([{"bn":"/3/0/9","bt":"1","v":1}])") == ErrorCode::MalformedInput);
    CHECK(errorCode(R"([{"bn":"/3/0/9","t":"1","v":1}])") == ErrorCode::MalformedInput);
    CHECK(errorCode(R"([{"bn":"/3/0/9","v":"1"}])") == ErrorCode::MalformedInput);
    CHECK(errorCode(R"([{"bn":"/3/0/0","vs":1}])") == ErrorCode::MalformedInput);
    CHECK(errorCode(R"([{"bn":"/3/0/0","vb":1}])") == ErrorCode::MalformedInput);
    CHECK(errorCode(R"([{"bn":"/32769/0/5","vd":"not base64!"}])") == ErrorCode::MalformedInput);
    CHECK(errorCode(R"([{"bn":"/3/0/22/0","vlo":"33606"}])") == ErrorCode::MalformedInput);
    CHECK(errorCode(R"([{"bn":"/3/0/22/0","vlo":"33606:65536"}])") == ErrorCode::MalformedInput);
    CHECK(errorCode(R"([{"bn":"/3/0/22/0","vlo":"-1:0"}])") == ErrorCode::MalformedInput);
}

TEST_CASE("SenML JSON rejects records with two values or none", "[senml-json]")
{
    CHECK(errorCode(R"([{"bn":"/3/0/9","v":1,"vs":"1"}])") == ErrorCode::MalformedInput);
    const auto noValue = decodeText(R"([{"bn":"/3/0/9"}])", "/3/0");
    REQUIRE_FALSE(noValue);
    CHECK(noValue.error().message.find("no value") != std::string::npos);
}

TEST_CASE("SenML JSON rejects must-understand and value-changing fields it cannot apply",
          "[senml-json]")
{
    CHECK(errorCode(R"([{"bn":"/3/0/9","v":1,"foo_":1}])") == ErrorCode::Unsupported);
    CHECK(errorCode(R"([{"bn":"/3/0/9","v":1,"bv":10}])") == ErrorCode::Unsupported);
    CHECK(errorCode(R"([{"bn":"/3/0/9","s":1}])") == ErrorCode::Unsupported);
    // Unknown fields without '_' and unit fields are ignored (RFC 8428 §4.4).
    CHECK(render(decodeText(R"([{"bn":"/3/0/9","v":1,"foo":{"a":[1]},"u":"%","bver":10}])",
                            "/3/0")) == std::vector<std::string>{"/3/0/9 Integer 1"});
}

TEST_CASE("SenML JSON rejects names that are not LwM2M resource paths", "[senml-json]")
{
    CHECK(errorCode(R"([{"bn":"/3/0/","n":"x","v":1}])") == ErrorCode::MalformedInput);
    CHECK(errorCode(R"([{"bn":"/3/0/","n":"/9","v":1}])") == ErrorCode::MalformedInput);
    CHECK(errorCode(R"([{"n":"","v":1}])") == ErrorCode::MalformedInput);
    CHECK(errorCode(R"([{"v":1}])") == ErrorCode::MalformedInput);
    CHECK(errorCode(R"([{"bn":"/3/0","v":1}])") == ErrorCode::MalformedInput);
    CHECK(errorCode(R"([{"bn":"/3/0/9/0/1","v":1}])") == ErrorCode::MalformedInput);
    CHECK(errorCode(R"([{"bn":"/3/0/65535","v":1}])") == ErrorCode::MalformedInput);
}

TEST_CASE("SenML JSON rejects values outside the request path and duplicates", "[senml-json]")
{
    CHECK(errorCode(R"([{"bn":"/3/0/9","v":1}])", "/3/1") == ErrorCode::MalformedInput);
    CHECK(errorCode(R"([{"bn":"/3/0/9","v":1}])", "/3/0/10") == ErrorCode::MalformedInput);
    CHECK(errorCode(R"([{"bn":"/3/0/","n":"9","v":1},{"n":"9","v":2}])") == ErrorCode::MalformedInput);
    CHECK(errorCode(R"([{"bn":"/3/0/","n":"9","v":1},{"bn":"/3/0/9","v":2}])") == ErrorCode::MalformedInput);
}

TEST_CASE("SenML JSON rejects values that do not fit the model type", "[senml-json]")
{
    CHECK(errorCode(R"([{"bn":"/3/0/9","vs":"100"}])") == ErrorCode::TypeMismatch);
    CHECK(errorCode(R"([{"bn":"/3/0/9","v":1.5}])") == ErrorCode::TypeMismatch);
    CHECK(errorCode(R"([{"bn":"/3/0/13","v":1.5}])") == ErrorCode::TypeMismatch);
    CHECK(errorCode(R"([{"bn":"/1/0/6","v":1}])") == ErrorCode::TypeMismatch);
    CHECK(errorCode(R"([{"bn":"/1/0/17","v":-1}])") == ErrorCode::TypeMismatch);
    CHECK(errorCode(R"([{"bn":"/3/0/0","vb":true}])") == ErrorCode::TypeMismatch);
    CHECK(errorCode(R"([{"bn":"/3/0/22/0","vs":"3:0"}])") == ErrorCode::TypeMismatch);
    CHECK(errorCode(R"([{"bn":"/32769/0/5","vs":"AQI"}])") == ErrorCode::TypeMismatch);
    CHECK(errorCode(R"([{"bn":"/32769/0/7","v":3}])") == ErrorCode::TypeMismatch);
    CHECK(render(decodeText(R"([{"bn":"/32769/0/3","v":3}])", "/")) ==
          std::vector<std::string>{"/32769/0/3 Float 3"});
}

TEST_CASE("SenML JSON fails cleanly on deep nesting", "[senml-json]")
{
    const auto deep = decodeSenmlJson(deepJsonArray(10000), path("/"), models());
    REQUIRE_FALSE(deep);
    std::string nested = R"([{"bn":"/3/0/9","v":1,"x":)" + std::string(20, '[') +
                         std::string(20, ']') + "}]";
    CHECK(errorCode(nested) == ErrorCode::LimitExceeded);
}

TEST_CASE("SenML JSON fails cleanly on every truncation of every vector", "[senml-json]")
{
    const std::vector<std::pair<std::string, std::string>> vectors = {
        {"wakaama_read_3_0.senml.json", "/3/0"},
        {"wakaama_read_3_0_0.senml.json", "/3/0/0"},
        {"wakaama_read_3_0_13.senml.json", "/3/0/13"},
        {"wakaama_read_1_0.senml.json", "/1/0"},
        {"wakaama_send.senml.json", "/"},
        {"wakaama_server_partial_write_1_0.senml.json", "/1/0"},
        {"anjay_read_5_0_after_update.senml.json", "/5/0"},
        {"anjay_formats_read_3_0.senml.json", "/3/0"},
        {"anjay_formats_read_1_1.senml.json", "/1/1"},
        {"bootstrap_write_0_1.senml.json", "/0/1"},
        {"bootstrap_write_1_1.senml.json", "/1/1"},
    };
    for (const auto& [name, requestPath] : vectors) {
        INFO(name);
        const Bytes payload = readTestData(name);
        REQUIRE_FALSE(payload.empty());
        REQUIRE(decodeSenmlJson(payload, path(requestPath), models()));
        CHECK(failingPrefixes(decodeSenmlJson, payload, path(requestPath)) == payload.size());
    }
}
