#include "engine/durable_waiters.h"

#include <algorithm>

namespace hangar::engine {

DurableWaiters::DurableWaiters(store::Store& store, QObject* parent) : QObject(parent), m_store(store)
{
    // The listener runs on the store's writer thread; the store serialises it with
    // setCommitListener, so after the destructor's reset no call can reach a dead object.
    m_store.setCommitListener([this](store::WriteSequence durable) {
        QMetaObject::invokeMethod(this, [this, durable] { release(durable); }, Qt::QueuedConnection);
    });
}

DurableWaiters::~DurableWaiters()
{
    m_store.setCommitListener({});
}

void DurableWaiters::whenDurable(store::WriteSequence sequence, std::function<void()> then)
{
    // The store tells the listener of a commit before durableSequence() shows it, so a commit
    // whose notice this thread has already handled may not show there yet: m_released has it.
    // A commit not yet handled here will be: its notice is queued behind this call.
    if (sequence <= std::max(m_released, m_store.durableSequence())) {
        then();
        return;
    }
    m_waiting.emplace(sequence, std::move(then));
}

void DurableWaiters::release(store::WriteSequence durable)
{
    m_released = std::max(m_released, durable);
    while (!m_waiting.empty() && m_waiting.begin()->first <= durable) {
        auto then = std::move(m_waiting.begin()->second);
        m_waiting.erase(m_waiting.begin());
        then();
    }
}

} // namespace hangar::engine
