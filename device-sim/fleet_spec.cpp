#include "fleet_spec.h"

namespace hangar::devicesim {

std::string ServerAddress::uri() const
{
    const std::string shownHost = host.find(':') != std::string::npos ? "[" + host + "]" : host;
    return std::string(secure ? "coaps://" : "coap://") + shownHost + ":" + std::to_string(port);
}

std::uint64_t FleetSpec::deviceCount() const
{
    std::uint64_t total = 0;
    for (const GroupSpec& group : groups)
        total += group.count;
    return total;
}

} // namespace hangar::devicesim
