// One Discover answer into parseDiscoverLinks; what it accepts must survive
// serializeDiscoverLinks unchanged (discover_links.h).
#include "fuzz_support.h"

#include "lwm2m/discover_links.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace hangar;
    const auto links = lwm2m::parseDiscoverLinks(fuzz::asText(data, size));
    if (!links)
        return 0;
    const std::string written = lwm2m::serializeDiscoverLinks(*links);
    const auto again = lwm2m::parseDiscoverLinks(written);
    if (!again)
        fuzz::violated("serialized Discover links do not parse: " + again.error().message + " in " +
                       written);
    if (*again != *links)
        fuzz::violated("serialized Discover links parse to other links: " + written);
    return 0;
}
