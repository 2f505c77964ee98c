#include "device_scheduler.h"

#include <algorithm>

namespace hangar::devicesim {

DeviceScheduler::DeviceScheduler(QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &DeviceScheduler::fire);
}

void DeviceScheduler::schedule(Schedulable* client, TimePoint when)
{
    // A client rescheduling itself for "now" while we dispatch must wait for the next pass,
    // otherwise one busy client could keep the loop spinning forever.
    if (m_dispatching && when <= m_dispatchNow)
        when = m_dispatchNow + std::chrono::milliseconds(1);
    if (const auto found = m_byClient.find(client); found != m_byClient.end()) {
        m_queue.erase(found->second);
        found->second = m_queue.emplace(when, client);
    } else {
        m_byClient.emplace(client, m_queue.emplace(when, client));
    }
    if (!m_dispatching)
        rearm();
}

void DeviceScheduler::cancel(Schedulable* client)
{
    const auto found = m_byClient.find(client);
    if (found == m_byClient.end())
        return;
    m_queue.erase(found->second);
    m_byClient.erase(found);
    if (!m_dispatching)
        rearm();
}

void DeviceScheduler::fire()
{
    m_dispatching = true;
    m_dispatchNow = Clock::now();
    // Re-read the head each time: a client may cancel or delete others while it runs.
    while (!m_queue.empty() && m_queue.begin()->first <= m_dispatchNow) {
        Schedulable* client = m_queue.begin()->second;
        m_queue.erase(m_queue.begin());
        m_byClient.erase(client);
        client->wake(m_dispatchNow);
    }
    m_dispatching = false;
    rearm();
}

void DeviceScheduler::rearm()
{
    if (m_queue.empty()) {
        m_timer.stop();
        return;
    }
    const auto delay = std::chrono::ceil<std::chrono::milliseconds>(m_queue.begin()->first - Clock::now());
    m_timer.start(std::max(delay, std::chrono::milliseconds(0)));
}

} // namespace hangar::devicesim
