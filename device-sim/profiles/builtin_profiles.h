#pragma once

#include "profiles/device_profile.h"

namespace hangar::devicesim {

// The built-in profiles, one function-local static each (builtin_profiles.cpp).
const DeviceProfile& temperatureHumidityProfile();
const DeviceProfile& pumpControllerProfile();
const DeviceProfile& energyMeterProfile();
const DeviceProfile& assetTrackerProfile();
const DeviceProfile& gatewayProfile();

} // namespace hangar::devicesim
