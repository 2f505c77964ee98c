#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>
#include <map>
#include <unordered_map>

namespace hangar::devicesim {

using Clock = std::chrono::steady_clock;
using TimePoint = Clock::time_point;

/// Something that wants to be woken at one point in time (a device).
class Schedulable
{
public:
    virtual ~Schedulable() = default;
    /// Called once when the wake-up time has come; the client reschedules itself if it wants.
    virtual void wake(TimePoint now) = 0;
};

/// One timer for any number of clients: each client has at most one pending wake-up, kept in
/// a time-ordered map, so 10,000 devices cost one QTimer and O(log n) per reschedule.
class DeviceScheduler : public QObject
{
    Q_OBJECT

public:
    explicit DeviceScheduler(QObject* parent = nullptr);

    /// Wakes `client` at `when` (replacing its earlier wake-up). A time in the past wakes it on
    /// the next event-loop turn, never from inside this call.
    void schedule(Schedulable* client, TimePoint when);
    /// Forgets the client's pending wake-up; safe for clients with none.
    void cancel(Schedulable* client);
    std::size_t pending() const { return m_byClient.size(); }

private:
    void fire();
    void rearm();

    using Queue = std::multimap<TimePoint, Schedulable*>;
    Queue m_queue;
    std::unordered_map<Schedulable*, Queue::iterator> m_byClient;
    QTimer m_timer;
    bool m_dispatching = false;
    TimePoint m_dispatchNow{};
};

} // namespace hangar::devicesim
