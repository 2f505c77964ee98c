#pragma once

#include "device_scheduler.h"
#include "object_store.h"
#include "observation_manager.h"

#include "coap/coap_types.h"

#include <string_view>
#include <vector>

namespace hangar::devicesim {

/// The behaviour behind the data model that the router cannot know: live values, executables
/// and reactions to changes. SimulatedDevice implements it.
class DeviceActions
{
public:
    virtual ~DeviceActions() = default;
    /// Brings the live values (clock, sensors) at or below `scope` up to date before they are
    /// read.
    virtual void refreshValues(const lwm2m::LwM2mPath& scope) = 0;
    /// Runs an executable resource that exists; returns 2.04 or an error code.
    virtual coap::ResponseCode execute(const lwm2m::LwM2mPath& resource, std::string_view arguments) = 0;
    /// Resources a Write changed.
    virtual void resourcesWritten(const std::vector<lwm2m::LwM2mPath>& resources) = 0;
    virtual void instanceCreated(const lwm2m::LwM2mPath& instance) = 0;
    virtual void instanceDeleted(const lwm2m::LwM2mPath& instance) = 0;
    /// An observation started or attributes changed: notification timing must be re-evaluated.
    virtual void observationsChanged() = 0;
};

/// Turns one LwM2M Device Management request (Read, Discover, Write, Write-Attributes,
/// Execute, Create, Delete, Observe) into an answer with the right CoAP code. Stateless: built
/// on the stack for each request, so devices pay nothing for it between requests.
///
/// Content formats: a read answers in the Accept format (4.06 when that format cannot carry the
/// content); without Accept a single resource (or resource instance) is answered in text/plain
/// (opaque resources in application/octet-stream) and anything larger in SenML CBOR. Writes are
/// decoded in the format they arrive in (4.15 for formats the codecs do not know).
class RequestRouter
{
public:
    RequestRouter(ObjectStore& store, ObservationManager& observations, DeviceActions& actions)
        : m_store(store), m_observations(observations), m_actions(actions)
    {
    }

    coap::Answer handle(const coap::IncomingRequest& request, TimePoint now);

private:
    coap::Answer read(const coap::IncomingRequest& request, const lwm2m::LwM2mPath& path, TimePoint now);
    coap::Answer discover(const lwm2m::LwM2mPath& path);
    coap::Answer write(const coap::IncomingRequest& request, const lwm2m::LwM2mPath& path, WriteMode mode);
    coap::Answer writeAttributes(const coap::IncomingRequest& request, const lwm2m::LwM2mPath& path);
    coap::Answer post(const coap::IncomingRequest& request, const lwm2m::LwM2mPath& path);
    coap::Answer create(const coap::IncomingRequest& request, const lwm2m::LwM2mPath& path);
    coap::Answer remove(const lwm2m::LwM2mPath& path);

    ObjectStore& m_store;
    ObservationManager& m_observations;
    DeviceActions& m_actions;
};

/// The CoAP code for an object-store or codec error: NotFound 4.04, Unsupported 4.05,
/// malformed or mistyped input 4.00, anything else 5.00.
coap::ResponseCode responseCodeFor(const Error& error);

} // namespace hangar::devicesim
