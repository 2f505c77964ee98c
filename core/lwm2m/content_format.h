#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace hangar::lwm2m {

/// CoAP Content-Format numbers used by LwM2M (IANA CoAP registry).
enum class ContentFormat : std::uint16_t {
    Text = 0,
    LinkFormat = 40,
    Opaque = 42,
    Cbor = 60,
    SenmlJson = 110,
    SenmlCbor = 112,
    Tlv = 11542,
    Lwm2mJson = 11543,
};

/// Short names used on the command line and in the REST API: "text", "link", "opaque",
/// "cbor", "senml-json", "senml-cbor", "tlv", "lwm2m-json".
std::string_view contentFormatName(ContentFormat format);
std::optional<ContentFormat> parseContentFormatName(std::string_view name);
/// The format for a Content-Format option number, if Hangar knows it.
std::optional<ContentFormat> contentFormatFromNumber(std::uint32_t number);

} // namespace hangar::lwm2m
