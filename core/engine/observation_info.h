#pragma once

#include "engine/device_request_types.h"
#include "lwm2m/lwm2m_path.h"

#include <cstdint>

namespace hangar::engine {

/// One observation the engine holds for a device, as Engine::observations reports it.
struct ObservationInfo
{
    lwm2m::LwM2mPath path;
    /// The attributes Hangar wrote with the observation or to its path since; unset ones are
    /// whatever the device applies (its defaults or attributes written by someone else).
    NotificationAttributes attributes;
    std::int64_t sinceMs = 0;            ///< wall clock: when the observe request was sent
    std::int64_t lastNotificationMs = 0; ///< wall clock of the latest value received; 0 before the first
};

} // namespace hangar::engine
