#pragma once

#include "object_store.h"
#include "profiles/device_profile.h"

#include <cstdint>
#include <span>

namespace hangar::devicesim {

/// The sample of `resource` for instance `instanceId` at `time`, honouring its gate (looked up
/// in `all`, the live resources of the same device). A pure function of its arguments.
double sampleLiveResource(const LiveResource& resource, std::span<const LiveResource> all, std::uint64_t deviceSeed,
                          std::uint16_t instanceId, const SignalTime& time);

/// Samples every live resource at or below `scope` (the root for all) into `store`, typed and
/// clamped per the object models, for the instances the store holds. Where an instance has
/// Min/Max Measured Value (5601/5602), they follow its Sensor Value (5700).
void refreshLiveValues(ObjectStore& store, std::span<const LiveResource> live, std::uint64_t deviceSeed,
                       const SignalTime& time, const lwm2m::LwM2mPath& scope);

} // namespace hangar::devicesim
