// One Register/Update payload into parseRegistrationLinks; what it accepts must survive
// serializeRegistrationLinks (registration_links.h).
#include "fuzz_support.h"

#include "lwm2m/registration_links.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace hangar;
    const auto links = lwm2m::parseRegistrationLinks(fuzz::asText(data, size));
    if (!links)
        return 0;
    const std::string written = lwm2m::serializeRegistrationLinks(*links);
    const auto again = lwm2m::parseRegistrationLinks(written);
    if (!again)
        fuzz::violated("serialized registration links do not parse: " + again.error().message +
                       " in " + written);
    lwm2m::RegistrationLinks expected = *links;
    // Serializing writes the root link whenever it carries something.
    expected.hasRootLink =
        links->hasRootLink || links->rootPath != "/" || !links->contentFormats.empty();
    if (*again != expected)
        fuzz::violated("serialized registration links parse to other links: " + written);
    return 0;
}
