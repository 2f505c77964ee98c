#pragma once

#include "engine/registration.h"
#include "lwm2m/path_value.h"

namespace hangar::engine {

/// Picks Manufacturer (/3/0/0), Model Number (/3/0/1), Serial Number (/3/0/2) and Firmware
/// Version (/3/0/3) out of a read of /3/0; absent or non-text resources stay empty.
DeviceInfo deviceInfoFrom(const lwm2m::PathValues& values);

} // namespace hangar::engine
