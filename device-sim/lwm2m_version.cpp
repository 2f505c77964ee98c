#include "lwm2m_version.h"

#include <algorithm>
#include <array>

namespace hangar::devicesim {

namespace {

/// Newest first: a refused version steps down to the next one.
constexpr std::array<std::string_view, 3> kVersions = {"1.2", "1.1", "1.0"};

} // namespace

bool isSimulatedLwm2mVersion(std::string_view version)
{
    return std::find(kVersions.begin(), kVersions.end(), version) != kVersions.end();
}

std::optional<std::string> olderLwm2mVersion(std::string_view version)
{
    const auto* found = std::find(kVersions.begin(), kVersions.end(), version);
    if (found == kVersions.end() || found + 1 == kVersions.end())
        return std::nullopt;
    return std::string(*(found + 1));
}

bool refusesLwm2mVersion(coap::ResponseCode code)
{
    return code == coap::ResponseCode::BadRequest || code == coap::ResponseCode::PreconditionFailed;
}

std::string VersionFallback::describe() const
{
    return endpoint + ": server refused LwM2M " + refusedVersion + " (" + answer +
           "), registering as " + nextVersion;
}

} // namespace hangar::devicesim
