#include "engine/content_negotiation.h"

#include <algorithm>
#include <array>

namespace hangar::engine {

lwm2m::ContentFormat pickContentFormat(std::span<const std::uint16_t> announced)
{
    using lwm2m::ContentFormat;
    static constexpr std::array kPreference = {ContentFormat::SenmlCbor, ContentFormat::SenmlJson,
                                               ContentFormat::Tlv, ContentFormat::Lwm2mJson};
    for (const ContentFormat format : kPreference)
        if (std::ranges::find(announced, static_cast<std::uint16_t>(format)) != announced.end())
            return format;
    return ContentFormat::Tlv;
}

} // namespace hangar::engine
