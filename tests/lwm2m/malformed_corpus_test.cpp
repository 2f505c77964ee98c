// Truncated and mutated real payloads fed to every decoder. Under the asan preset this also
// proves that no decoder reads out of bounds or overflows.
#include "lwm2m/codec.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <random>

using namespace hangar::lwm2m;
using hangar::lwm2m::testing::builtinModels;
using hangar::lwm2m::testing::readTestData;

namespace {

struct Vector
{
    const char* file;
    ContentFormat format;
};

constexpr Vector kVectors[] = {
    {"anjay_read_3_0.tlv", ContentFormat::Tlv},
    {"anjay_read_5_0.tlv", ContentFormat::Tlv},
    {"anjay_read_1_1.tlv", ContentFormat::Tlv},
    {"anjay_formats_read_3.tlv", ContentFormat::Tlv},
    {"anjay_formats_read_3_0_6.tlv", ContentFormat::Tlv},
    {"bootstrap_write_0_1.tlv", ContentFormat::Tlv},
    {"wakaama_read_3_0.senml.json", ContentFormat::SenmlJson},
    {"wakaama_send.senml.json", ContentFormat::SenmlJson},
    {"anjay_formats_read_3_0.senml.json", ContentFormat::SenmlJson},
    {"anjay_formats_read_3_0.senml.cbor", ContentFormat::SenmlCbor},
    {"bootstrap_write_0_1.senml.cbor", ContentFormat::SenmlCbor},
    {"bootstrap_write_1_1.senml.cbor", ContentFormat::SenmlCbor},
    {"wakaama_read_3_0.lwm2m.json", ContentFormat::Lwm2mJson},
    {"anjay_formats_read_3_0.lwm2m.json", ContentFormat::Lwm2mJson},
};

constexpr ContentFormat kDecodable[] = {ContentFormat::Text, ContentFormat::Opaque,
                                        ContentFormat::Tlv, ContentFormat::SenmlJson,
                                        ContentFormat::SenmlCbor, ContentFormat::Lwm2mJson};

const LwM2mPath kRequestPaths[] = {LwM2mPath(), LwM2mPath(3), LwM2mPath(3, 0),
                                   LwM2mPath(3, 0, 13), LwM2mPath(1, 1), LwM2mPath(0, 1)};

bool hasNaN(const PathValues& values)
{
    for (const PathValue& entry : values) {
        if (entry.value.type() == ResourceType::Float && std::isnan(entry.value.asFloat()))
            return true;
    }
    return false;
}

/// Whatever a decoder accepts must keep the decode contract, and re-encode losslessly.
void checkAccepted(ContentFormat format, const LwM2mPath& path, const PathValues& values)
{
    for (std::size_t i = 0; i < values.size(); ++i) {
        REQUIRE(values[i].path.startsWith(path));
        if (i > 0)
            REQUIRE(values[i - 1].path < values[i].path);
    }
    if (format == ContentFormat::Text || format == ContentFormat::Opaque || hasNaN(values))
        return;
    const auto encoded = encode(format, path, values, builtinModels());
    if (!encoded)
        return; // e.g. a decoded empty instance the format cannot write back
    const auto again = decode(format, *encoded, path, builtinModels());
    INFO(contentFormatName(format) << " " << path.toString());
    REQUIRE(again.has_value());
    REQUIRE(again->size() == values.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
        REQUIRE((*again)[i].path == values[i].path);
        REQUIRE((*again)[i].value == values[i].value);
    }
}

void decodeEverywhere(const Bytes& payload)
{
    for (ContentFormat format : kDecodable) {
        for (const LwM2mPath& path : kRequestPaths) {
            const auto decoded = decode(format, payload, path, builtinModels());
            if (decoded)
                checkAccepted(format, path, *decoded);
            else
                REQUIRE_FALSE(decoded.error().message.empty());
        }
    }
}

Bytes mutate(const Bytes& original, std::mt19937& random)
{
    Bytes bytes = original;
    const int edits = std::uniform_int_distribution<int>(1, 4)(random);
    for (int edit = 0; edit < edits && !bytes.empty(); ++edit) {
        const std::size_t at = std::uniform_int_distribution<std::size_t>(0, bytes.size() - 1)(random);
        const auto byte = static_cast<std::uint8_t>(std::uniform_int_distribution<int>(0, 255)(random));
        switch (std::uniform_int_distribution<int>(0, 4)(random)) {
        case 0:
            bytes[at] = byte;
            break;
        case 1:
            bytes[at] = static_cast<std::uint8_t>(bytes[at] ^ (1u << (byte % 8)));
            break;
        case 2:
            bytes.insert(bytes.begin() + static_cast<std::ptrdiff_t>(at), byte);
            break;
        case 3:
            bytes.erase(bytes.begin() + static_cast<std::ptrdiff_t>(at));
            break;
        default: // boundary values trip length and integer handling
            bytes[at] = (byte & 1) ? 0xff : 0x00;
            break;
        }
    }
    return bytes;
}

} // namespace

TEST_CASE("every truncation of every real payload is refused or decodes cleanly", "[corpus]")
{
    for (const Vector& vector : kVectors) {
        INFO(vector.file);
        const Bytes payload = readTestData(vector.file);
        REQUIRE_FALSE(payload.empty());
        for (std::size_t length = 0; length < payload.size(); ++length)
            decodeEverywhere(Bytes(payload.begin(), payload.begin() + static_cast<std::ptrdiff_t>(length)));
    }
}

TEST_CASE("mutated real payloads never crash a decoder", "[corpus]")
{
    std::mt19937 random(20261124); // fixed: a failure reproduces
    for (const Vector& vector : kVectors) {
        INFO(vector.file);
        const Bytes payload = readTestData(vector.file);
        REQUIRE_FALSE(payload.empty());
        for (int round = 0; round < 300; ++round)
            decodeEverywhere(mutate(payload, random));
    }
}

TEST_CASE("payloads over the size limit are refused before parsing", "[corpus]")
{
    const Bytes huge(limits::kMaxPayloadBytes + 1, 0x20);
    for (ContentFormat format : {ContentFormat::Tlv, ContentFormat::SenmlJson,
                                 ContentFormat::SenmlCbor, ContentFormat::Lwm2mJson,
                                 ContentFormat::Text}) {
        const auto decoded = decode(format, huge, LwM2mPath(3, 0), builtinModels());
        REQUIRE_FALSE(decoded.has_value());
        CHECK(decoded.error().code == hangar::ErrorCode::LimitExceeded);
    }
}
