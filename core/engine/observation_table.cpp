#include "engine/observation_table.h"

namespace hangar::engine {

std::optional<coap::RequestId> ObservationTable::put(std::uint32_t registration, const lwm2m::LwM2mPath& path,
                                                     coap::RequestId observation)
{
    auto [found, inserted] = m_observations.try_emplace({registration, path}, observation);
    if (inserted)
        return std::nullopt;
    const coap::RequestId previous = found->second;
    found->second = observation;
    return previous;
}

std::optional<coap::RequestId> ObservationTable::take(std::uint32_t registration, const lwm2m::LwM2mPath& path)
{
    const auto found = m_observations.find({registration, path});
    if (found == m_observations.end())
        return std::nullopt;
    const coap::RequestId observation = found->second;
    m_observations.erase(found);
    return observation;
}

void ObservationTable::forget(std::uint32_t registration, const lwm2m::LwM2mPath& path,
                              coap::RequestId observation)
{
    const auto found = m_observations.find({registration, path});
    if (found != m_observations.end() && found->second == observation)
        m_observations.erase(found);
}

std::vector<coap::RequestId> ObservationTable::takeAll(std::uint32_t registration)
{
    std::vector<coap::RequestId> taken;
    // The root path orders before every other path, so this is the registration's first entry.
    auto it = m_observations.lower_bound({registration, lwm2m::LwM2mPath()});
    while (it != m_observations.end() && it->first.first == registration) {
        taken.push_back(it->second);
        it = m_observations.erase(it);
    }
    return taken;
}

std::vector<lwm2m::LwM2mPath> ObservationTable::paths(std::uint32_t registration) const
{
    std::vector<lwm2m::LwM2mPath> result;
    for (auto it = m_observations.lower_bound({registration, lwm2m::LwM2mPath()});
         it != m_observations.end() && it->first.first == registration; ++it)
        result.push_back(it->first.second);
    return result;
}

} // namespace hangar::engine
