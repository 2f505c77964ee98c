#pragma once

#include "store/store_records.h"

#include <string>

namespace hangar::app::test {

/// A device the store knows from an earlier run (offline now) that announced a temperature
/// sensor: the owner of samples written straight into a store before an engine opens it.
inline store::DeviceRecord pastSensorDevice(const std::string& endpoint)
{
    store::DeviceRecord device;
    device.endpoint = endpoint;
    device.registrationId = "r1";
    device.lwm2mVersion = "1.1";
    device.lifetimeSec = 60;
    device.binding = "U";
    device.objectLinks = "</3303/0>";
    device.status = store::DeviceStatus::Offline;
    return device;
}

} // namespace hangar::app::test
