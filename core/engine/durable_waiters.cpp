#include "engine/durable_waiters.h"

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
    if (sequence <= m_store.durableSequence()) {
        then();
        return;
    }
    m_waiting.emplace(sequence, std::move(then));
    // The commit may have landed between the check and the insert.
    release(m_store.durableSequence());
}

void DurableWaiters::release(store::WriteSequence durable)
{
    while (!m_waiting.empty() && m_waiting.begin()->first <= durable) {
        auto then = std::move(m_waiting.begin()->second);
        m_waiting.erase(m_waiting.begin());
        then();
    }
}

} // namespace hangar::engine
