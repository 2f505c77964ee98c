#include "engine/observation_table.h"

namespace hangar::engine {

std::optional<coap::RequestId> ObservationTable::put(std::uint32_t registration, const std::string& endpoint,
                                                     const lwm2m::LwM2mPath& path, coap::RequestId observation,
                                                     const NotificationAttributes& attributes, std::int64_t sinceMs,
                                                     std::uint16_t format)
{
    Entry entry{observation, endpoint, format, ObservationInfo{path, attributes, sinceMs, 0}};
    auto [found, inserted] = m_observations.try_emplace({registration, path}, entry);
    std::optional<coap::RequestId> previous;
    if (!inserted) {
        previous = found->second.id;
        found->second = std::move(entry);
    }
    report(endpoint);
    return previous;
}

std::optional<coap::RequestId> ObservationTable::take(std::uint32_t registration, const lwm2m::LwM2mPath& path)
{
    const auto found = m_observations.find({registration, path});
    if (found == m_observations.end())
        return std::nullopt;
    const coap::RequestId observation = found->second.id;
    const std::string endpoint = std::move(found->second.endpoint);
    m_observations.erase(found);
    report(endpoint);
    return observation;
}

void ObservationTable::forget(std::uint32_t registration, const lwm2m::LwM2mPath& path,
                              coap::RequestId observation)
{
    const auto found = m_observations.find({registration, path});
    if (found == m_observations.end() || found->second.id != observation)
        return;
    const std::string endpoint = std::move(found->second.endpoint);
    m_observations.erase(found);
    report(endpoint);
}

std::vector<coap::RequestId> ObservationTable::takeAll(std::uint32_t registration)
{
    std::vector<coap::RequestId> taken;
    std::string endpoint;
    auto it = m_observations.lower_bound({registration, lwm2m::LwM2mPath()});
    while (it != m_observations.end() && it->first.first == registration) {
        taken.push_back(it->second.id);
        endpoint = std::move(it->second.endpoint);
        it = m_observations.erase(it);
    }
    if (!taken.empty())
        report(endpoint);
    return taken;
}

void ObservationTable::notified(std::uint32_t registration, const lwm2m::LwM2mPath& path,
                                coap::RequestId observation, std::int64_t timeMs)
{
    const auto found = m_observations.find({registration, path});
    if (found != m_observations.end() && found->second.id == observation)
        found->second.info.lastNotificationMs = timeMs;
}

void ObservationTable::attributesWritten(std::uint32_t registration, const lwm2m::LwM2mPath& path,
                                         const NotificationAttributes& attributes)
{
    const auto found = m_observations.find({registration, path});
    if (found == m_observations.end())
        return;
    NotificationAttributes& kept = found->second.info.attributes;
    const auto merge = [](auto& into, const auto& given) {
        if (given)
            into = given;
    };
    merge(kept.pminSec, attributes.pminSec);
    merge(kept.pmaxSec, attributes.pmaxSec);
    merge(kept.greaterThan, attributes.greaterThan);
    merge(kept.lessThan, attributes.lessThan);
    merge(kept.step, attributes.step);
    report(found->second.endpoint);
}

ObservationTable::Map::const_iterator ObservationTable::firstOf(std::uint32_t registration) const
{
    // The root path orders before every other path, so this is the registration's first entry.
    return m_observations.lower_bound({registration, lwm2m::LwM2mPath()});
}

std::vector<lwm2m::LwM2mPath> ObservationTable::paths(std::uint32_t registration) const
{
    std::vector<lwm2m::LwM2mPath> result;
    for (auto it = firstOf(registration); it != m_observations.end() && it->first.first == registration; ++it)
        result.push_back(it->first.second);
    return result;
}

std::vector<ObservationInfo> ObservationTable::list(std::uint32_t registration) const
{
    std::vector<ObservationInfo> result;
    for (auto it = firstOf(registration); it != m_observations.end() && it->first.first == registration; ++it)
        result.push_back(it->second.info);
    return result;
}

std::vector<ObservationTable::Held> ObservationTable::held(std::uint32_t registration) const
{
    std::vector<Held> result;
    for (auto it = firstOf(registration); it != m_observations.end() && it->first.first == registration; ++it)
        result.push_back(Held{it->first.second, it->second.id, it->second.format, it->second.info});
    return result;
}

void ObservationTable::report(const std::string& endpoint) const
{
    if (m_changed && !endpoint.empty())
        m_changed(endpoint);
}

} // namespace hangar::engine
