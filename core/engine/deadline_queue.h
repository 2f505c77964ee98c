#pragma once

#include <QObject>
#include <QTimer>

#include <cstdint>
#include <functional>
#include <queue>
#include <vector>

namespace hangar::engine {

/// Many deadlines on one timer: a min-heap of (deadline, key) and a single-shot QTimer armed
/// for the earliest one. Entries are never removed early: a superseded deadline simply fires
/// and the callback checks whether it still applies (cheaper than a timer per device).
class DeadlineQueue : public QObject
{
    Q_OBJECT

public:
    /// Gets each due key with the deadline it was scheduled for.
    using Expired = std::function<void(std::uint64_t key, std::int64_t deadlineMs)>;

    explicit DeadlineQueue(Expired expired, QObject* parent = nullptr);

    /// Fires `expired(key, deadlineMs)` once steadyMs() reached deadlineMs.
    void schedule(std::uint64_t key, std::int64_t deadlineMs);
    std::size_t size() const { return m_heap.size(); }

private:
    struct Entry
    {
        std::int64_t deadlineMs = 0;
        std::uint64_t key = 0;
        bool operator>(const Entry& other) const { return deadlineMs > other.deadlineMs; }
    };

    void fire();
    void arm();

    Expired m_expired;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> m_heap;
    QTimer m_timer;
    std::int64_t m_armedFor = 0;
};

} // namespace hangar::engine
