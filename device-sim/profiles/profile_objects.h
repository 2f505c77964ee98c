#pragma once

#include "device_config.h"
#include "object_store.h"
#include "profiles/device_profile.h"

#include <cstdint>

namespace hangar::devicesim {

/// Fills a fresh store for a device of `profile`: Security, Server, Device, Connectivity
/// Monitoring, Firmware Update and the profile's instances, with fixed values per the profile
/// and `seed` (serial number, addresses). Live values are left to refreshLiveValues().
void buildProfileObjects(ObjectStore& store, const DeviceConfig& config, const DeviceProfile& profile,
                         std::uint64_t seed);

/// Fills the fixed resources of instance `instanceId` of `objectId` that are still missing
/// (after a Create): units, ranges, application type, executables, per the profile's first
/// instance group of that object.
void completeProfileInstance(ObjectStore& store, const DeviceProfile& profile, std::uint16_t objectId,
                             std::uint16_t instanceId);

/// Values derived from others: Battery Status (/3/0/20) from Battery Level (/3/0/9).
void refreshDerivedValues(ObjectStore& store);

} // namespace hangar::devicesim
