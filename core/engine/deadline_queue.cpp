#include "engine/deadline_queue.h"

#include "engine/clock.h"

#include <algorithm>

namespace hangar::engine {

DeadlineQueue::DeadlineQueue(Expired expired, QObject* parent)
    : QObject(parent), m_expired(std::move(expired))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DeadlineQueue::fire);
}

void DeadlineQueue::schedule(std::uint64_t key, std::int64_t deadlineMs)
{
    m_heap.push({deadlineMs, key});
    if (!m_timer.isActive() || deadlineMs < m_armedFor)
        arm();
}

void DeadlineQueue::fire()
{
    const std::int64_t now = steadyMs();
    // Bounded work per wake-up keeps the engine thread responsive under mass expiry.
    for (int handled = 0; handled < 10000 && !m_heap.empty() && m_heap.top().deadlineMs <= now;
         ++handled) {
        const Entry due = m_heap.top();
        m_heap.pop();
        m_expired(due.key, due.deadlineMs);
    }
    arm();
}

void DeadlineQueue::arm()
{
    if (m_heap.empty()) {
        m_timer.stop();
        return;
    }
    m_armedFor = m_heap.top().deadlineMs;
    const std::int64_t wait = std::max<std::int64_t>(0, m_armedFor - steadyMs());
    m_timer.start(static_cast<int>(std::min<std::int64_t>(wait, 24LL * 3600 * 1000)));
}

} // namespace hangar::engine
