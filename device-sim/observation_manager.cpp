#include "observation_manager.h"

#include "write_attributes.h"

#include "lwm2m/codec.h"

#include <algorithm>
#include <cmath>

namespace hangar::devicesim {

using namespace std::chrono_literals;
using lwm2m::LwM2mPath;
using lwm2m::PathValues;

namespace {

constexpr auto kEvaluationStep = 1000ms;

std::optional<double> numericValue(const PathValues& values)
{
    if (values.size() != 1)
        return std::nullopt;
    const lwm2m::Value& value = values.front().value;
    switch (value.type()) {
    case lwm2m::ResourceType::Float:
        return value.asFloat();
    case lwm2m::ResourceType::Integer:
        return static_cast<double>(value.asInteger());
    case lwm2m::ResourceType::UnsignedInteger:
        return static_cast<double>(value.asUnsigned());
    default:
        return std::nullopt;
    }
}

/// LwM2M 1.1 §5.1.2: with gt/lt/st set, a change only counts when it crosses gt or lt or moved
/// by at least st since the last notification.
bool changeCounts(const lwm2m::DiscoverAttributes& attributes, const PathValues& last, const PathValues& now)
{
    if (!attributes.greaterThan && !attributes.lessThan && !attributes.step)
        return true;
    const auto before = numericValue(last);
    const auto current = numericValue(now);
    if (!before || !current)
        return true;
    if (attributes.greaterThan && ((*before > *attributes.greaterThan) != (*current > *attributes.greaterThan)))
        return true;
    if (attributes.lessThan && ((*before < *attributes.lessThan) != (*current < *attributes.lessThan)))
        return true;
    return attributes.step && std::fabs(*current - *before) >= *attributes.step;
}

/// A copy of `values` with the record time set, for the formats that carry one.
std::optional<PathValues> stamped(const PathValues& values, lwm2m::ContentFormat format, std::optional<double> timeSec)
{
    const bool timed = format == lwm2m::ContentFormat::SenmlJson || format == lwm2m::ContentFormat::SenmlCbor ||
                       format == lwm2m::ContentFormat::Lwm2mJson;
    if (!timeSec || !timed)
        return std::nullopt;
    PathValues copy = values;
    for (lwm2m::PathValue& entry : copy)
        entry.timeSec = std::round(*timeSec * 1000.0) / 1000.0;
    return copy;
}

std::chrono::milliseconds seconds(std::uint32_t value)
{
    return std::chrono::milliseconds(static_cast<std::int64_t>(value) * 1000);
}

} // namespace

void ObservationManager::add(coap::ObservationId id, const LwM2mPath& path, lwm2m::ContentFormat format,
                             PathValues sent, TimePoint now)
{
    remove(id);
    m_observations.push_back(ServedObservation{id, path, format, std::move(sent), now});
}

bool ObservationManager::remove(coap::ObservationId id)
{
    const auto found = std::find_if(m_observations.begin(), m_observations.end(),
                                    [id](const ServedObservation& o) { return o.id == id; });
    if (found == m_observations.end())
        return false;
    m_observations.erase(found);
    return true;
}

void ObservationManager::endAll(coap::CoapContext& context)
{
    for (const ServedObservation& observation : m_observations)
        context.endObservation(observation.id);
    m_observations.clear();
}

std::vector<coap::ObservationId> ObservationManager::dropBelow(const LwM2mPath& path, coap::CoapContext& context)
{
    std::vector<coap::ObservationId> dropped;
    coap::Response gone;
    gone.code = coap::ResponseCode::NotFound;
    for (const ServedObservation& observation : m_observations)
        if (observation.path.startsWith(path)) {
            // An error notification ends the observation on the observer's side too.
            (void)context.notify(observation.id, gone);
            context.endObservation(observation.id);
            dropped.push_back(observation.id);
        }
    std::erase_if(m_observations, [&path](const ServedObservation& o) { return o.path.startsWith(path); });
    return dropped;
}

NotifyResult ObservationManager::process(TimePoint now, const NotifyContext& device)
{
    NotifyResult result;
    for (ServedObservation& observation : m_observations) {
        const auto attributes =
            effectiveAttributes(m_attributes, observation.path, device.defaultPminSec, device.defaultPmaxSec);
        const auto pmin = seconds(attributes.pminSec.value_or(0));
        const auto pmax = seconds(attributes.pmaxSec.value_or(0));
        const auto elapsed = now - observation.lastSent;
        auto values = device.store.read(observation.path);
        if (!values) {
            result.ended.push_back(observation.id);
            continue;
        }
        const bool changed = *values != observation.lastValues;
        const bool due = (pmax > 0ms && elapsed >= pmax) ||
                         (changed && elapsed >= pmin && changeCounts(attributes, observation.lastValues, *values));
        if (due) {
            const auto withTime = stamped(*values, observation.format, device.timeSec);
            auto payload =
                lwm2m::encode(observation.format, observation.path, withTime ? *withTime : *values, device.store.registry());
            if (payload) {
                coap::Response response;
                response.contentFormat = static_cast<std::uint16_t>(observation.format);
                response.payload = std::move(*payload);
                if (auto sent = device.context.notify(observation.id, response, device.type); sent) {
                    ++result.sent;
                    observation.lastValues = std::move(*values);
                    observation.lastSent = now;
                } else if (sent.error().code == ErrorCode::NotFound) {
                    result.ended.push_back(observation.id);
                    continue;
                }
            }
        }
        auto step = std::max<std::chrono::milliseconds>(kEvaluationStep, seconds(attributes.epminSec.value_or(0)));
        TimePoint next = now + step;
        if (pmax > 0ms)
            next = std::min(next, observation.lastSent + pmax);
        if (!due && changed && elapsed < pmin)
            next = std::min(next, observation.lastSent + pmin);
        result.next = result.next ? std::min(*result.next, next) : next;
    }
    for (const coap::ObservationId id : result.ended)
        remove(id);
    return result;
}

} // namespace hangar::devicesim
