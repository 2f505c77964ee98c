#pragma once

#include "coap/coap_types.h"
#include "engine/observation_info.h"
#include "lwm2m/lwm2m_path.h"

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace hangar::engine {

/// The observations the engine holds, by registration key and path, with what the facade
/// reports about each (attributes, start, last notification). Engine thread only.
class ObservationTable
{
public:
    /// Called with the device's endpoint whenever its set of observations changes.
    using Changed = std::function<void(const std::string& endpoint)>;
    void setChangeListener(Changed changed) { m_changed = std::move(changed); }

    /// One observation as the store keeps it across restarts.
    struct Held
    {
        lwm2m::LwM2mPath path;
        coap::RequestId id = 0;
        std::uint16_t format = 0; ///< the content format asked for
        ObservationInfo info;
    };

    /// Records the observation of `path`, asked for in content `format`; returns the one it
    /// replaces, if any.
    std::optional<coap::RequestId> put(std::uint32_t registration, const std::string& endpoint,
                                       const lwm2m::LwM2mPath& path, coap::RequestId observation,
                                       const NotificationAttributes& attributes, std::int64_t sinceMs,
                                       std::uint16_t format);
    /// Removes the observation of `path` and returns it.
    std::optional<coap::RequestId> take(std::uint32_t registration, const lwm2m::LwM2mPath& path);
    /// Removes the entry only if it is still `observation` (a newer one may have replaced it).
    void forget(std::uint32_t registration, const lwm2m::LwM2mPath& path, coap::RequestId observation);
    /// Removes and returns every observation of the registration.
    std::vector<coap::RequestId> takeAll(std::uint32_t registration);
    /// Notes a value of `observation` received at `timeMs`.
    void notified(std::uint32_t registration, const lwm2m::LwM2mPath& path, coap::RequestId observation,
                  std::int64_t timeMs);
    /// Merges attributes written to an observed `path` (the set ones replace the kept ones);
    /// reported as a change.
    void attributesWritten(std::uint32_t registration, const lwm2m::LwM2mPath& path,
                           const NotificationAttributes& attributes);
    /// The observed paths of a registration, in path order.
    std::vector<lwm2m::LwM2mPath> paths(std::uint32_t registration) const;
    /// The observations of a registration, in path order.
    std::vector<ObservationInfo> list(std::uint32_t registration) const;
    /// The same with their request ids and formats.
    std::vector<Held> held(std::uint32_t registration) const;
    std::size_t size() const { return m_observations.size(); }

private:
    struct Entry
    {
        coap::RequestId id = 0;
        std::string endpoint;
        std::uint16_t format = 0;
        ObservationInfo info;
    };
    using Key = std::pair<std::uint32_t, lwm2m::LwM2mPath>;
    using Map = std::map<Key, Entry>;

    Map::const_iterator firstOf(std::uint32_t registration) const;
    void report(const std::string& endpoint) const;

    Map m_observations;
    Changed m_changed;
};

} // namespace hangar::engine
