#include "lwm2m/codec.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

using namespace hangar::lwm2m;
using hangar::lwm2m::testing::builtinModels;
using hangar::lwm2m::testing::readTestData;

namespace {

PathValues decodeFile(const std::string& name, ContentFormat format, const LwM2mPath& path)
{
    const Bytes payload = readTestData(name);
    REQUIRE_FALSE(payload.empty());
    auto decoded = decode(format, payload, path, builtinModels());
    INFO(name << ": " << (decoded ? std::string() : decoded.error().message));
    REQUIRE(decoded.has_value());
    return *decoded;
}

/// Path and value only: SenML carries record times that TLV cannot.
std::vector<std::pair<LwM2mPath, Value>> withoutTimes(const PathValues& values,
                                                      const std::set<LwM2mPath>& skipped)
{
    std::vector<std::pair<LwM2mPath, Value>> plain;
    for (const PathValue& entry : values) {
        if (!skipped.contains(entry.path))
            plain.emplace_back(entry.path, entry.value);
    }
    return plain;
}

void requireSameValues(const PathValues& a, const PathValues& b,
                       const std::set<LwM2mPath>& changedBetweenReads)
{
    const auto left = withoutTimes(a, changedBetweenReads);
    const auto right = withoutTimes(b, changedBetweenReads);
    REQUIRE(left.size() == right.size());
    for (std::size_t i = 0; i < left.size(); ++i) {
        INFO(left[i].first.toString() << " = " << left[i].second.toText() << " vs "
                                      << right[i].first.toString() << " = "
                                      << right[i].second.toText());
        CHECK(left[i].first == right[i].first);
        CHECK(left[i].second == right[i].second);
    }
}

} // namespace

TEST_CASE("Anjay's /3/0 read in TLV, SenML JSON, SenML CBOR and LwM2M JSON gives the same values",
          "[cross-format]")
{
    const LwM2mPath device(3, 0);
    // Voltage, current and the clock moved between the four reads.
    const std::set<LwM2mPath> changed{LwM2mPath(3, 0, 7, 0), LwM2mPath(3, 0, 8, 0),
                                      LwM2mPath(3, 0, 13)};
    const PathValues tlv = decodeFile("anjay_formats_read_3_0.tlv", ContentFormat::Tlv, device);
    const PathValues senmlJson =
        decodeFile("anjay_formats_read_3_0.senml.json", ContentFormat::SenmlJson, device);
    const PathValues senmlCbor =
        decodeFile("anjay_formats_read_3_0.senml.cbor", ContentFormat::SenmlCbor, device);
    const PathValues lwm2mJson =
        decodeFile("anjay_formats_read_3_0.lwm2m.json", ContentFormat::Lwm2mJson, device);

    CHECK(tlv.size() == 20);
    requireSameValues(tlv, senmlJson, changed);
    requireSameValues(tlv, senmlCbor, changed);
    requireSameValues(tlv, lwm2mJson, changed);

    // The values that moved still have the model's types in every format.
    for (const PathValues* values : {&tlv, &senmlJson, &senmlCbor, &lwm2mJson}) {
        const auto time = std::find_if(values->begin(), values->end(), [](const PathValue& e) {
            return e.path == LwM2mPath(3, 0, 13);
        });
        REQUIRE(time != values->end());
        CHECK(time->value.type() == ResourceType::Time);
        CHECK(time->value.asInteger() >= 1795488708);
        CHECK(time->value.asInteger() <= 1795488711);
    }
}

TEST_CASE("Wakaama's /3/0 read in SenML JSON and LwM2M JSON gives the same values",
          "[cross-format]")
{
    const LwM2mPath device(3, 0);
    const PathValues senml =
        decodeFile("wakaama_read_3_0.senml.json", ContentFormat::SenmlJson, device);
    const PathValues json =
        decodeFile("wakaama_read_3_0.lwm2m.json", ContentFormat::Lwm2mJson, device);
    requireSameValues(senml, json, {LwM2mPath(3, 0, 13)});
}

TEST_CASE("Anjay's /1/1 read in TLV and SenML JSON gives the same values", "[cross-format]")
{
    const LwM2mPath server(1, 1);
    requireSameValues(decodeFile("anjay_formats_read_1_1.tlv", ContentFormat::Tlv, server),
                      decodeFile("anjay_formats_read_1_1.senml.json", ContentFormat::SenmlJson,
                                 server),
                      {});
}

TEST_CASE("bootstrap writes in TLV, SenML JSON and SenML CBOR carry the same values",
          "[cross-format]")
{
    for (const auto& [stem, path] : {std::pair{std::string("bootstrap_write_0_1"), LwM2mPath(0, 1)},
                                     std::pair{std::string("bootstrap_write_1_1"), LwM2mPath(1, 1)}}) {
        INFO(stem);
        const PathValues tlv = decodeFile(stem + ".tlv", ContentFormat::Tlv, path);
        requireSameValues(tlv, decodeFile(stem + ".senml.json", ContentFormat::SenmlJson, path), {});
        requireSameValues(tlv, decodeFile(stem + ".senml.cbor", ContentFormat::SenmlCbor, path), {});
    }
}

TEST_CASE("values decoded from one format re-encode in every other format without loss",
          "[cross-format]")
{
    const PathValues device =
        decodeFile("anjay_formats_read_3_0.tlv", ContentFormat::Tlv, LwM2mPath(3, 0));
    const auto format = GENERATE(ContentFormat::Tlv, ContentFormat::SenmlJson,
                                 ContentFormat::SenmlCbor, ContentFormat::Lwm2mJson);
    for (const LwM2mPath& requestPath : {LwM2mPath(3), LwM2mPath(3, 0)}) {
        INFO(contentFormatName(format) << " for " << requestPath.toString());
        const auto encoded = encode(format, requestPath, device, builtinModels());
        REQUIRE(encoded.has_value());
        const auto decoded = decode(format, *encoded, requestPath, builtinModels());
        INFO((decoded ? std::string() : decoded.error().message));
        REQUIRE(decoded.has_value());
        requireSameValues(device, *decoded, {});
    }
}
