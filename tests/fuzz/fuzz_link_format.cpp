// One CoRE Link Format payload (RFC 6690) into parseLinkFormat; what it accepts must survive
// serializeLinkFormat unchanged (link_format.h).
#include "fuzz_support.h"

#include "lwm2m/link_format.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace hangar;
    const auto links = lwm2m::parseLinkFormat(fuzz::asText(data, size));
    if (!links)
        return 0;
    const std::string written = lwm2m::serializeLinkFormat(*links);
    const auto again = lwm2m::parseLinkFormat(written);
    if (!again)
        fuzz::violated("serialized links do not parse: " + again.error().message + " in " +
                       written);
    if (*again != *links)
        fuzz::violated("serialized links parse to other links: " + written);
    return 0;
}
