#include "engine/event_log.h"

#include "engine/clock.h"

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

void EventLog::recordThrottled(std::string_view kind, std::string_view endpoint,
                               std::initializer_list<Detail> details)
{
    const std::int64_t now = steadyMs();
    if (now - m_windowStartMs >= 1000) {
        m_windowStartMs = now;
        m_inWindow = 0;
    }
    if (m_inWindow >= kBurst) {
        ++m_suppressed;
        return;
    }
    ++m_inWindow;
    std::vector<Detail> all(details);
    const std::string suppressed = std::to_string(m_suppressed);
    if (m_suppressed > 0)
        all.emplace_back("suppressedBefore", suppressed);
    m_suppressed = 0;
    write(kind, endpoint, all);
}

} // namespace hangar::engine
