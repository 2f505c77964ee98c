#include "fleet_session_tracker.h"

namespace hangar::devicesim {

FleetSessionTracker::FleetSessionTracker(coap::CoapContext& context, const lwm2m::ObjectRegistry& registry,
                                         Listener listener, QObject* parent)
    : DeviceFleet(context, registry, parent), m_listener(std::move(listener))
{
}

void FleetSessionTracker::bindSession(coap::SessionId session, SimulatedDevice* device)
{
    DeviceFleet::bindSession(session, device);
    if (m_listener)
        m_listener(session, device, true);
}

void FleetSessionTracker::unbindSession(coap::SessionId session)
{
    if (m_listener)
        m_listener(session, nullptr, false);
    DeviceFleet::unbindSession(session);
}

} // namespace hangar::devicesim
