#include "register_message.h"

#include "lwm2m/content_format.h"

namespace hangar::devicesim {

std::vector<std::string> registerQuery(const RegisterParams& params)
{
    const bool v10 = params.lwm2mVersion == "1.0";
    std::vector<std::string> query = {"ep=" + params.endpoint,
                                      "lt=" + std::to_string(params.lifetimeSec),
                                      "lwm2m=" + params.lwm2mVersion};
    if (v10) {
        // 1.0 binding modes put the Q after the transport it applies to: UQ, SQ, UQS.
        std::string binding = params.binding;
        if (params.queueMode && !binding.empty())
            binding.insert(1, "Q");
        query.push_back("b=" + binding);
    } else {
        query.push_back("b=" + params.binding);
        if (params.queueMode)
            query.emplace_back("Q");
    }
    return query;
}

std::string registerPayload(std::string_view version,
                            const std::vector<std::uint16_t>& contentFormats,
                            std::vector<lwm2m::RegisteredObject> objects)
{
    lwm2m::RegistrationLinks links;
    links.objects = std::move(objects);
    if (version == "1.0")
        return lwm2m::serializeRegistrationLinks(links, lwm2m::VersionQuoting::Quoted);
    links.hasRootLink = true;
    if (version == "1.1") {
        const auto tlv = static_cast<std::uint16_t>(lwm2m::ContentFormat::Tlv);
        if (!contentFormats.empty() && contentFormats.front() != tlv)
            links.contentFormats = {contentFormats.front()};
    } else {
        links.contentFormats = contentFormats;
    }
    return lwm2m::serializeRegistrationLinks(links);
}

} // namespace hangar::devicesim
