#include "lwm2m/senml_cbor_codec.h"
#include "senml_test_support.h"

#include <catch2/catch.hpp>

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>

#include <limits>
#include <string>
#include <vector>

using namespace hangar::lwm2m;
using namespace hangar::lwm2m::senml_testing;
using hangar::ErrorCode;
using hangar::lwm2m::testing::readTestData;

namespace {

hangar::Expected<PathValues> decodeHex(std::string_view payload, std::string_view requestPath = "/")
{
    return decodeSenmlCbor(hex(payload), path(requestPath), models());
}

hangar::Expected<PathValues> decodeFile(const std::string& name, std::string_view requestPath)
{
    return decodeSenmlCbor(readTestData(name), path(requestPath), models());
}

// A one-record pack {bn: name, 2 (v) or another label: the given encoded value}.
std::string record(std::string_view name, std::string_view label, std::string_view value)
{
    const QByteArray text(name.data(), static_cast<qsizetype>(name.size()));
    QByteArray head = QByteArray::fromHex("81a221");
    head.append(static_cast<char>(0x60 + text.size()));
    head.append(text);
    return head.toHex().toStdString() + std::string(label) + std::string(value);
}

std::string numberAt(std::string_view name, std::string_view value)
{
    return record(name, "02", value);
}

ErrorCode errorCode(std::string_view payload, std::string_view requestPath = "/")
{
    auto result = decodeHex(payload, requestPath);
    REQUIRE_FALSE(result);
    return result.error().code;
}

std::string encodedHex(std::string_view requestPath, const PathValues& values)
{
    auto encoded = encodeSenmlCbor(path(requestPath), values, models());
    REQUIRE(encoded);
    const QByteArray raw(reinterpret_cast<const char*>(encoded->data()),
                         static_cast<qsizetype>(encoded->size()));
    return raw.toHex().toStdString();
}

} // namespace

TEST_CASE("SenML CBOR decodes Anjay's Device read with integer labels and a text vlo key",
          "[senml-cbor]")
{
    CHECK(render(decodeFile("anjay_formats_read_3_0.senml.cbor", "/3/0")) ==
          std::vector<std::string>{
              "/3/0/0 String anjay", "/3/0/1 String demo-client", "/3/0/2 String push-ep",
              "/3/0/3 String 3.14.0", "/3/0/6/0 Integer 0", "/3/0/7/0 Integer 31620",
              "/3/0/8/0 Integer 10", "/3/0/9 Integer 0", "/3/0/10 Integer 0",
              "/3/0/11/0 Integer 0", "/3/0/13 Time 1795488710", "/3/0/14 String +01:00",
              "/3/0/15 String Europe/Warsaw", "/3/0/16 String UQ", "/3/0/17 String ",
              "/3/0/18 String ", "/3/0/19 String ", "/3/0/20 Integer 0", "/3/0/21 Integer 0",
              "/3/0/22/0 Objlnk 33606:0"});
}

TEST_CASE("SenML CBOR decodes the bootstrap writes", "[senml-cbor]")
{
    CHECK(render(decodeFile("bootstrap_write_0_1.senml.cbor", "/0/1")) ==
          std::vector<std::string>{"/0/1/0 String coap://127.0.0.1:5683", "/0/1/1 Boolean 0",
                                   "/0/1/2 Integer 3", "/0/1/10 Integer 1"});
    CHECK(render(decodeFile("bootstrap_write_1_1.senml.cbor", "/1/1")) ==
          std::vector<std::string>{"/1/1/0 Integer 1", "/1/1/1 Integer 60", "/1/1/6 Boolean 0",
                                   "/1/1/7 String U"});
}

TEST_CASE("SenML CBOR reads every integer and float encoding of a number", "[senml-cbor]")
{
    for (const char* value : {"1864", "190064", "1a00000064", "1b0000000000000064", "f95640",
                              "fa42c80000", "fb4059000000000000"}) {
        INFO(value);
        CHECK(render(decodeHex(numberAt("/3/0/9", value))) ==
              std::vector<std::string>{"/3/0/9 Integer 100"});
    }
    CHECK(render(decodeHex(numberAt("/3/0/9", "3863"))) ==
          std::vector<std::string>{"/3/0/9 Integer -100"});
    CHECK(render(decodeHex(numberAt("/32769/0/1", "3b7fffffffffffffff"))) ==
          std::vector<std::string>{"/32769/0/1 Integer -9223372036854775808"});
    CHECK(render(decodeHex(numberAt("/32769/0/2", "1bffffffffffffffff"))) ==
          std::vector<std::string>{"/32769/0/2 Unsigned Integer 18446744073709551615"});
    CHECK(render(decodeHex(numberAt("/32769/0/3", "f93e00"))) ==
          std::vector<std::string>{"/32769/0/3 Float 1.5"});
    CHECK(render(decodeHex(numberAt("/32770/0/3", "1bffffffffffffffff"))) ==
          std::vector<std::string>{"/32770/0/3 Unsigned Integer 18446744073709551615"});
    CHECK(render(decodeHex(numberAt("/32770/0/3", "f93e00"))) ==
          std::vector<std::string>{"/32770/0/3 Float 1.5"});
    CHECK(errorCode(numberAt("/32769/0/1", "3bffffffffffffffff")) == ErrorCode::TypeMismatch);
    CHECK(errorCode(numberAt("/3/0/9", "f93e00")) == ErrorCode::TypeMismatch);
}

TEST_CASE("SenML CBOR accepts indefinite-length arrays, maps and strings", "[senml-cbor]")
{
    // [_ {_ -2: (_ "/3/0", "/9"), 2: 7}]
    CHECK(render(decodeHex("9f bf 21 7f 64 2f332f30 62 2f39 ff 02 07 ff ff")) ==
          std::vector<std::string>{"/3/0/9 Integer 7"});
}

TEST_CASE("SenML CBOR reads times, data and ignores unknown labels", "[senml-cbor]")
{
    // [{-2: "/32769/0/", -3: 1795488700, 0: "5", 8: h'fbff', 6: -5, 100: [1, {2: 3}]}]
    const auto result = decodeHex("81 a6 21 69 2f33323736392f302f 22 1a6b04fbbc 00 61 35 "
                                  "08 42 fbff 06 24 1864 82 01 a1 02 03");
    REQUIRE(result);
    CHECK(render(*result) == std::vector<std::string>{"/32769/0/5 Opaque +/8="});
    CHECK(result->front().timeSec == 1795488695.0);
    // A tagged unknown field is skipped with its tag.
    CHECK(render(decodeHex("81 a3 21 66 2f332f302f39 02 01 1864 c1 1a6b04fbbc")) ==
          std::vector<std::string>{"/3/0/9 Integer 1"});
}

TEST_CASE("SenML CBOR encodes shortest integers, floats and integer labels", "[senml-cbor]")
{
    CHECK(encodedHex("/3/0", {entry("/3/0/0", Value::string("acme")),
                              entry("/3/0/9", Value::integer(100)),
                              entry("/3/0/13", Value::time(1795488709))}) ==
          "83" "a321652f332f302f006130036461636d65" "a20061390218" "64" "a2006231330" "21a6b04fbc5");
    CHECK(encodedHex("/32769/0", {entry("/32769/0/1", Value::integer(-1)),
                                  entry("/32769/0/2", Value::unsignedInteger(24)),
                                  entry("/32769/0/3", Value::floating(1.5)),
                                  entry("/32769/0/11/0", Value::floating(0.1))}) ==
          "84" "a321692f33323736392f302f0061310220" "a2006132021818" "a200613302fa3fc00000"
          "a20064" "31312f3002fb3fb999999999999a");
    CHECK(encodedHex("/32769/0/4", {entry("/32769/0/4", Value::boolean(true), 1.5)}) ==
          "81a3216a2f33323736392f302f3404f506fa3fc00000");
    CHECK(encodedHex("/32769/0", {entry("/32769/0/5", Value::opaque({0xfb, 0xff})),
                                  entry("/32769/0/7", Value::objectLink({3, 0}))}) ==
          "82a321692f33323736392f302f0061350842fbff" "a2006137" "63766c6f" "63333a30");
}

TEST_CASE("SenML CBOR round trips every data type at every request level", "[senml-cbor]")
{
    PathValues values = everyType();
    values.push_back(entry("/32769/1/2", Value::unsignedInteger(std::numeric_limits<std::uint64_t>::max())));
    values.push_back(entry("/32769/1/3", Value::floating(std::numeric_limits<double>::infinity())));
    values.push_back(entry("/32769/1/5", Value::opaque({})));
    CHECK(render(roundTrip(encodeSenmlCbor, decodeSenmlCbor, "/32769", values)) == render(values));
    CHECK(render(roundTrip(encodeSenmlCbor, decodeSenmlCbor, "/", values)) == render(values));
    for (const PathValue& value : values) {
        const std::string at = value.path.toString();
        CHECK(render(roundTrip(encodeSenmlCbor, decodeSenmlCbor, at, {value})) == render({value}));
        const std::string instance = value.path.truncated(2).toString();
        CHECK(render(roundTrip(encodeSenmlCbor, decodeSenmlCbor, instance, {value})) == render({value}));
    }
    const PathValues multiple = {entry("/32769/0/10/0", Value::integer(-1), 12.5),
                                 entry("/32769/0/10/3", Value::integer(3), 1795488700.0)};
    auto back = roundTrip(encodeSenmlCbor, decodeSenmlCbor, "/32769/0/10", multiple);
    REQUIRE(back);
    CHECK(*back == multiple);
}

TEST_CASE("SenML CBOR rejects items that are not an array of maps", "[senml-cbor]")
{
    CHECK(errorCode("") == ErrorCode::MalformedInput);
    CHECK(errorCode("a1 21 62 2f33") == ErrorCode::MalformedInput);
    CHECK(errorCode("81 01") == ErrorCode::MalformedInput);
    CHECK(errorCode("81 81 a0") == ErrorCode::MalformedInput);
    CHECK(errorCode(numberAt("/3/0/9", "01") + "00") == ErrorCode::MalformedInput);
    CHECK(errorCode(numberAt("/3/0/9", "01") + "81") == ErrorCode::MalformedInput);
    CHECK(errorCode("81 a1 f5 01") == ErrorCode::MalformedInput);
    CHECK(errorCode("ff") == ErrorCode::MalformedInput);
}

TEST_CASE("SenML CBOR rejects lengths larger than the payload", "[senml-cbor]")
{
    CHECK(errorCode("9a ffffffff a0") == ErrorCode::MalformedInput);
    CHECK(errorCode("81 ba ffffffff 21 61 2f") == ErrorCode::MalformedInput);
    CHECK(errorCode("81 a2 21 7b 7fffffffffffffff 2f") == ErrorCode::MalformedInput);
    CHECK(errorCode("81 a2 21 66 2f332f302f35 08 5b 0000000100000000 00") == ErrorCode::MalformedInput);
    CHECK(errorCode("81 a2 21 7f 61 2f") == ErrorCode::MalformedInput);
}

TEST_CASE("SenML CBOR rejects wrong types per label", "[senml-cbor]")
{
    CHECK(errorCode("81 a2 21 01 02 01") == ErrorCode::MalformedInput);
    CHECK(errorCode(record("/3/0/", "00", "01") + "") == ErrorCode::MalformedInput);
    CHECK(errorCode(record("/3/0/9", "02", "61 31")) == ErrorCode::MalformedInput);
    CHECK(errorCode(record("/3/0/0", "03", "01")) == ErrorCode::MalformedInput);
    CHECK(errorCode(record("/1/0/6", "04", "01")) == ErrorCode::MalformedInput);
    CHECK(errorCode(record("/32769/0/5", "08", "62 4151")) == ErrorCode::MalformedInput);
    CHECK(errorCode(record("/3/0/22/0", "63766c6f", "01")) == ErrorCode::MalformedInput);
    CHECK(errorCode(record("/3/0/22/0", "63766c6f", "62 333a")) == ErrorCode::MalformedInput);
    CHECK(errorCode(record("/3/0/9", "06", "c1 01") ) == ErrorCode::MalformedInput);
    CHECK(errorCode(record("/3/0/9", "02", "f6")) == ErrorCode::MalformedInput);
    CHECK(errorCode(record("/3/0/0", "03", "62 ff41")) == ErrorCode::MalformedInput);
}

TEST_CASE("SenML CBOR rejects duplicate keys, two values and no value", "[senml-cbor]")
{
    CHECK(errorCode("81 a3 21 66 2f332f302f39 02 01 02 02") == ErrorCode::MalformedInput);
    const auto twice = decodeHex("81 a3 21 66 2f332f302f39 21 66 2f332f302f39 02 01");
    REQUIRE_FALSE(twice);
    CHECK(twice.error().message.find("twice") != std::string::npos);
    CHECK(errorCode("81 a3 21 66 2f332f302f39 02 01 03 61 31") == ErrorCode::MalformedInput);
    CHECK(errorCode("81 a1 21 66 2f332f302f39") == ErrorCode::MalformedInput);
}

TEST_CASE("SenML CBOR rejects must-understand keys and value-changing labels", "[senml-cbor]")
{
    CHECK(errorCode("81 a3 21 66 2f332f302f39 02 01 62 785f 01") == ErrorCode::Unsupported);
    CHECK(errorCode("81 a3 21 66 2f332f302f39 02 01 24 01") == ErrorCode::Unsupported);
    // A text "v" is not SenML CBOR's value label: the record then has no value.
    CHECK(errorCode("81 a2 21 66 2f332f302f39 61 76 01") == ErrorCode::MalformedInput);
}

TEST_CASE("SenML CBOR rejects bad names, foreign paths, duplicates and model mismatches",
          "[senml-cbor]")
{
    CHECK(errorCode(numberAt("/3/0/x", "01")) == ErrorCode::MalformedInput);
    CHECK(errorCode(numberAt("/3/0", "01")) == ErrorCode::MalformedInput);
    CHECK(errorCode(numberAt("/3/0/9", "01"), "/3/1") == ErrorCode::MalformedInput);
    CHECK(errorCode("82 a2 21 66 2f332f302f39 02 01 a1 02 02") == ErrorCode::MalformedInput);
    CHECK(errorCode(record("/3/0/9", "03", "61 31")) == ErrorCode::TypeMismatch);
    CHECK(errorCode(record("/3/0/13", "02", "fb3ff8000000000000")) == ErrorCode::TypeMismatch);
}

TEST_CASE("SenML CBOR fails cleanly on deep nesting", "[senml-cbor]")
{
    Bytes deep(10000, 0x81);
    deep.push_back(0x01);
    CHECK_FALSE(decodeSenmlCbor(deep, path("/"), models()));
    Bytes deepUnknown = hex("81 a3 21 66 2f332f302f39 02 01 18 64");
    deepUnknown.insert(deepUnknown.end(), 10000, 0x81);
    deepUnknown.push_back(0x01);
    const auto result = decodeSenmlCbor(deepUnknown, path("/"), models());
    REQUIRE_FALSE(result);
    CHECK(result.error().code == ErrorCode::LimitExceeded);
    Bytes deepIndefinite = hex("81 a3 21 66 2f332f302f39 02 01 18 64");
    deepIndefinite.insert(deepIndefinite.end(), 10000, 0x9f);
    CHECK_FALSE(decodeSenmlCbor(deepIndefinite, path("/"), models()));
}

TEST_CASE("SenML CBOR fails cleanly on every truncation of every vector", "[senml-cbor]")
{
    const std::vector<std::pair<std::string, std::string>> vectors = {
        {"anjay_formats_read_3_0.senml.cbor", "/3/0"},
        {"bootstrap_write_0_1.senml.cbor", "/0/1"},
        {"bootstrap_write_1_1.senml.cbor", "/1/1"},
    };
    for (const auto& [name, requestPath] : vectors) {
        INFO(name);
        const Bytes payload = readTestData(name);
        REQUIRE_FALSE(payload.empty());
        REQUIRE(decodeSenmlCbor(payload, path(requestPath), models()));
        CHECK(failingPrefixes(decodeSenmlCbor, payload, path(requestPath)) == payload.size());
    }
}
