#include "engine/event_log.h"

#include "engine/clock.h"

#include <QDateTime>

#include <algorithm>
#include <cstdio>

namespace hangar::engine {

std::string jsonString(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 2);
    out.push_back('"');
    for (const char c : text) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof(escaped), "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
                out += escaped;
            } else {
                out.push_back(c);
            }
        }
    }
    out.push_back('"');
    return out;
}

EventLog::EventLog(store::Store& store, PeerNoiseLimits noise) : m_store(store), m_noise(noise)
{
    m_windowEnd.setSingleShot(true);
    m_windowEnd.setTimerType(Qt::CoarseTimer);
    m_windowEnd.callOnTimeout(&m_windowEnd, [this] { closeEndedWindow(); });
}

EventLog::~EventLog()
{
    writeSummaries(m_noise.closeAll());
}

void EventLog::record(std::string_view kind, std::string_view endpoint, std::initializer_list<Detail> details)
{
    write(kind, endpoint, std::span<const Detail>(details.begin(), details.size()));
}

store::EventRecord EventLog::compose(std::string_view kind, std::string_view endpoint,
                                    std::initializer_list<Detail> details)
{
    return compose(kind, endpoint, std::span<const Detail>(details.begin(), details.size()));
}

void EventLog::write(std::string_view kind, std::string_view endpoint, std::span<const Detail> details)
{
    // Event writes are never shed by the store; a failed writer is reported by health().
    (void)m_store.enqueueEvent(compose(kind, endpoint, details));
}

store::EventRecord EventLog::compose(std::string_view kind, std::string_view endpoint,
                                     std::span<const Detail> details)
{
    store::EventRecord event;
    event.timeMs = wallClockMs();
    event.kind = kind;
    event.endpoint = endpoint;
    std::string json = "{";
    for (std::size_t i = 0; i < details.size(); ++i) {
        if (i > 0)
            json.push_back(',');
        json += jsonString(details[i].first);
        json.push_back(':');
        json += jsonString(details[i].second);
    }
    json.push_back('}');
    event.detailsJson = std::move(json);
    return event;
}

void EventLog::recordFromPeer(std::string_view kind, std::string_view source,
                              std::string_view endpoint, std::initializer_list<Detail> details)
{
    std::vector<NoiseSummary> closed;
    const bool first = m_noise.admit(kind, source, endpoint, wallClockMs(), closed);
    writeSummaries(closed);
    if (first)
        write(kind, endpoint, std::span<const Detail>(details.begin(), details.size()));
    if (!m_windowEnd.isActive())
        if (const auto end = m_noise.windowEndMs())
            m_windowEnd.start(static_cast<int>(std::max<std::int64_t>(*end - wallClockMs(), 0)));
}

void EventLog::closeEndedWindow()
{
    writeSummaries(m_noise.closeEnded(wallClockMs()));
    // Early (a timer may fire a little before the wall clock agrees): look again at the end.
    if (const auto end = m_noise.windowEndMs())
        m_windowEnd.start(static_cast<int>(std::max<std::int64_t>(*end - wallClockMs(), 1)));
}

void EventLog::writeSummaries(const std::vector<NoiseSummary>& summaries)
{
    for (const NoiseSummary& summary : summaries) {
        const std::string count = std::to_string(summary.count);
        const std::string since = QDateTime::fromMSecsSinceEpoch(summary.windowStartMs, Qt::UTC)
                                      .toString(Qt::ISODate)
                                      .toStdString();
        const Detail details[] = {
            {"summary", "true"}, {"source", summary.source}, {"count", count}, {"since", since}};
        write(summary.kind, summary.endpoint, details);
    }
}

} // namespace hangar::engine
