#pragma once

#include "device_fleet.h"

#include <functional>

namespace hangar::devicesim {

/// A DeviceFleet that also tells a listener when a device's transport session comes and goes,
/// so that whatever is keyed by the session's local port (a fault relay's per-device faults)
/// can follow a device across reconnects, reboots and re-registrations.
class FleetSessionTracker : public DeviceFleet
{
    Q_OBJECT

public:
    /// `bound` is true for a new session of `device`, false when `session` is released (the
    /// session still exists during the call, so its SessionInfo can be read).
    using Listener = std::function<void(coap::SessionId session, SimulatedDevice* device, bool bound)>;

    FleetSessionTracker(coap::CoapContext& context, const lwm2m::ObjectRegistry& registry, Listener listener,
                        QObject* parent = nullptr);

    void bindSession(coap::SessionId session, SimulatedDevice* device) override;
    void unbindSession(coap::SessionId session) override;

private:
    Listener m_listener;
};

} // namespace hangar::devicesim
