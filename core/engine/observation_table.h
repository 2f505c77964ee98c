#pragma once

#include "coap/coap_types.h"
#include "lwm2m/lwm2m_path.h"

#include <cstdint>
#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace hangar::engine {

/// The observations the engine holds, by registration key and path. Engine thread only.
class ObservationTable
{
public:
    /// Records the observation of `path`; returns the one it replaces, if any.
    std::optional<coap::RequestId> put(std::uint32_t registration, const lwm2m::LwM2mPath& path,
                                       coap::RequestId observation);
    /// Removes the observation of `path` and returns it.
    std::optional<coap::RequestId> take(std::uint32_t registration, const lwm2m::LwM2mPath& path);
    /// Removes the entry only if it is still `observation` (a newer one may have replaced it).
    void forget(std::uint32_t registration, const lwm2m::LwM2mPath& path, coap::RequestId observation);
    /// Removes and returns every observation of the registration.
    std::vector<coap::RequestId> takeAll(std::uint32_t registration);
    /// The observed paths of a registration, in path order.
    std::vector<lwm2m::LwM2mPath> paths(std::uint32_t registration) const;
    std::size_t size() const { return m_observations.size(); }

private:
    using Key = std::pair<std::uint32_t, lwm2m::LwM2mPath>;
    std::map<Key, coap::RequestId> m_observations;
};

} // namespace hangar::engine
