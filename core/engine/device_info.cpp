#include "engine/device_info.h"

namespace hangar::engine {

DeviceInfo deviceInfoFrom(const lwm2m::PathValues& values)
{
    DeviceInfo info;
    for (const lwm2m::PathValue& value : values) {
        if (!value.path.isResource() || value.path.objectId() != 3 || value.path.instanceId() != 0)
            continue;
        std::optional<std::string> text;
        if (value.value.type() == lwm2m::ResourceType::String)
            text = value.value.asString();
        else if (!value.value.isNone())
            text = value.value.toText();
        switch (value.path.resourceId()) {
        case 0: info.manufacturer = text; break;
        case 1: info.model = text; break;
        case 2: info.serialNumber = text; break;
        case 3: info.firmwareVersion = text; break;
        default: break;
        }
    }
    return info;
}

} // namespace hangar::engine
