// The Uri-Query items of one Register or Update ('&' separates the items here) into
// parseRegistrationQuery and checkLwm2mVersion.
#include "fuzz_support.h"

#include "engine/registration_query.h"

#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace hangar;
    const std::string_view text = fuzz::asText(data, size);
    std::vector<std::string> items;
    for (std::size_t start = 0; start <= text.size();) {
        const std::size_t end = std::min(text.find('&', start), text.size());
        items.emplace_back(text.substr(start, end - start));
        start = end + 1;
    }
    const auto query = engine::parseRegistrationQuery(items);
    if (!query) {
        if (query.error().message.empty())
            fuzz::violated("a refused query without a message");
        return 0;
    }
    if (query->endpoint && query->endpoint->empty())
        fuzz::violated("an empty endpoint name was accepted");
    if (query->lifetimeSec && *query->lifetimeSec <= 0)
        fuzz::violated("a lifetime of " + std::to_string(*query->lifetimeSec) + " s was accepted");
    if (query->lwm2mVersion)
        (void)engine::checkLwm2mVersion(*query->lwm2mVersion);
    return 0;
}
