#pragma once

#include "engine/deadline_queue.h"

#include <cstdint>
#include <functional>

namespace hangar::engine {

/// Presence deadlines of every registration on one timer: lifetime expiry (registered/sleeping
/// -> offline) and the end of a queue-mode device's awake window (registered -> sleeping).
/// Deadlines are steady-clock ms; a callback gets the deadline it was scheduled for and must
/// ignore it when the registration moved on (an Update pushed its deadline).
class LifetimeMonitor
{
public:
    using Due = std::function<void(std::uint32_t registrationKey, std::int64_t deadlineMs)>;

    LifetimeMonitor(Due expired, Due fellAsleep);

    void scheduleExpiry(std::uint32_t registrationKey, std::int64_t deadlineMs);
    void scheduleSleep(std::uint32_t registrationKey, std::int64_t deadlineMs);
    std::size_t pending() const { return m_deadlines.size(); }

private:
    Due m_expired;
    Due m_fellAsleep;
    DeadlineQueue m_deadlines;
};

} // namespace hangar::engine
