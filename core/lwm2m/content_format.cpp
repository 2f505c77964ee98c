#include "lwm2m/content_format.h"

#include <array>
#include <utility>

namespace hangar::lwm2m {

namespace {

constexpr std::array<std::pair<ContentFormat, std::string_view>, 8> kNames{{
    {ContentFormat::Text, "text"},
    {ContentFormat::LinkFormat, "link"},
    {ContentFormat::Opaque, "opaque"},
    {ContentFormat::Cbor, "cbor"},
    {ContentFormat::SenmlJson, "senml-json"},
    {ContentFormat::SenmlCbor, "senml-cbor"},
    {ContentFormat::Tlv, "tlv"},
    {ContentFormat::Lwm2mJson, "lwm2m-json"},
}};

} // namespace

std::string_view contentFormatName(ContentFormat format)
{
    for (const auto& [value, name] : kNames) {
        if (value == format)
            return name;
    }
    return "unknown";
}

std::optional<ContentFormat> parseContentFormatName(std::string_view name)
{
    for (const auto& [value, spelled] : kNames) {
        if (spelled == name)
            return value;
    }
    return std::nullopt;
}

std::optional<ContentFormat> contentFormatFromNumber(std::uint32_t number)
{
    for (const auto& [value, spelled] : kNames) {
        if (static_cast<std::uint32_t>(value) == number)
            return value;
    }
    return std::nullopt;
}

} // namespace hangar::lwm2m
