#pragma once

#include "device_scheduler.h"

#include "coap/coap_context.h"
#include "lwm2m/object_registry.h"

namespace hangar::devicesim {

class SimulatedDevice;

/// What devices share: one CoapContext, one object registry, one scheduler, and the routing of
/// sessions and observations back to their device. DeviceFleet implements it.
class DeviceHost
{
public:
    virtual ~DeviceHost() = default;
    virtual coap::CoapContext& context() = 0;
    virtual const lwm2m::ObjectRegistry& registry() const = 0;
    virtual DeviceScheduler& scheduler() = 0;
    /// Requests and events of `session` go to `device` from now on.
    virtual void bindSession(coap::SessionId session, SimulatedDevice* device) = 0;
    virtual void unbindSession(coap::SessionId session) = 0;
    /// observationEnded for `observation` goes to `device`.
    virtual void bindObservation(coap::ObservationId observation, SimulatedDevice* device) = 0;
    virtual void unbindObservation(coap::ObservationId observation) = 0;
};

} // namespace hangar::devicesim
