#pragma once

#include "device_scheduler.h"
#include "object_store.h"

#include "coap/coap_context.h"
#include "lwm2m/content_format.h"
#include "lwm2m/discover_links.h"

#include <optional>
#include <vector>

namespace hangar::devicesim {

/// One observation a device serves.
struct ServedObservation
{
    coap::ObservationId id = 0;
    lwm2m::LwM2mPath path;
    lwm2m::ContentFormat format = lwm2m::ContentFormat::SenmlCbor; ///< that of the Observe answer
    lwm2m::PathValues lastValues; ///< what the observer saw last
    TimePoint lastSent;
};

/// What process() needs from its device.
struct NotifyContext
{
    const ObjectStore& store;
    coap::CoapContext& context;
    coap::MessageType type;
    std::uint32_t defaultPminSec; ///< /1/x/2
    std::uint32_t defaultPmaxSec; ///< /1/x/3
    /// The device clock (seconds since the epoch) to stamp SenML and LwM2M JSON notifications
    /// with; none sends them without times.
    std::optional<double> timeSec = std::nullopt;
};

/// What process() did.
struct NotifyResult
{
    std::optional<TimePoint> next; ///< when to evaluate again; none when nothing is observed
    std::uint64_t sent = 0;
    std::vector<coap::ObservationId> ended; ///< observations that are gone now
};

/// The notifier role of one device: the observations it serves, the Write-Attributes state
/// and the LwM2M notification rules (pmin, pmax, gt, lt, st, epmin). Holds no timer: the
/// device calls process() when the deadline it returned has come, or after a change.
class ObservationManager
{
public:
    /// Starts serving `id` (an Observe with the same token replaces the old state).
    void add(coap::ObservationId id, const lwm2m::LwM2mPath& path, lwm2m::ContentFormat format,
             lwm2m::PathValues sent, TimePoint now);
    /// Forgets `id`; false if it was not served.
    bool remove(coap::ObservationId id);
    /// Ends every observation without telling the observers (reboot, stop).
    void endAll(coap::CoapContext& context);
    /// Drops observations at or below `path` (a deleted instance) after a 4.04 notification.
    std::vector<coap::ObservationId> dropBelow(const lwm2m::LwM2mPath& path, coap::CoapContext& context);

    bool empty() const { return m_observations.empty(); }
    std::size_t size() const { return m_observations.size(); }
    const std::vector<ServedObservation>& observations() const { return m_observations; }

    lwm2m::DiscoverAttributeMap& attributes() { return m_attributes; }
    const lwm2m::DiscoverAttributeMap& attributes() const { return m_attributes; }

    /// Sends the notifications that are due at `now` and says when to look again.
    NotifyResult process(TimePoint now, const NotifyContext& device);

private:
    std::vector<ServedObservation> m_observations;
    lwm2m::DiscoverAttributeMap m_attributes;
};

} // namespace hangar::devicesim
