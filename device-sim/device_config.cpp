#include "device_config.h"

namespace hangar::devicesim {

const char* toString(DeviceState state)
{
    switch (state) {
    case DeviceState::Stopped:
        return "stopped";
    case DeviceState::Registering:
        return "registering";
    case DeviceState::Registered:
        return "registered";
    case DeviceState::Sleeping:
        return "sleeping";
    case DeviceState::Rebooting:
        return "rebooting";
    case DeviceState::Error:
        return "error";
    }
    return "unknown";
}

} // namespace hangar::devicesim
