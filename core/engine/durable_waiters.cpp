#include "engine/durable_waiters.h"

#include <algorithm>
#include <utility>

namespace hangar::engine {

namespace {

constexpr const char* kNotConfirmed =
    "the change was not confirmed; it stays queued and takes effect once writing resumes";

} // namespace

DurableWaiters::DurableWaiters(store::Store& store, QObject* parent) : QObject(parent), m_store(store)
{
    // The listeners run on the store's writer thread; the store serialises them with their
    // setters, so after the destructor's reset no call can reach a dead object.
    m_store.setCommitListener([this](store::WriteSequence durable) {
        QMetaObject::invokeMethod(this, [this, durable] { release(durable); }, Qt::QueuedConnection);
    });
    m_store.setFailureListener([this](const std::optional<Error>& failure) {
        QMetaObject::invokeMethod(
            this, [this, failure] { storeFailed(failure); }, Qt::QueuedConnection);
    });
    // A store that was already failing before this object listened.
    m_failure = m_store.stats().failure;
}

DurableWaiters::~DurableWaiters()
{
    m_store.setCommitListener({});
    m_store.setFailureListener({});
}

bool DurableWaiters::isDurable(store::WriteSequence sequence) const
{
    // The store tells the listener of a commit before durableSequence() shows it, so a commit
    // whose notice this thread has already handled may not show there yet: m_released has it.
    // A commit not yet handled here will be: its notice is queued behind this call.
    return sequence <= std::max(m_released, m_store.durableSequence());
}

void DurableWaiters::whenDurable(store::WriteSequence sequence, std::function<void()> then)
{
    if (isDurable(sequence)) {
        then();
        return;
    }
    m_waiting.emplace(sequence, std::move(then));
}

void DurableWaiters::answerWhenDurable(store::WriteSequence sequence, Done<void> done)
{
    if (isDurable(sequence)) {
        done({});
        return;
    }
    if (m_failure) {
        done(std::unexpected(unavailable(*m_failure, kNotConfirmed)));
        return;
    }
    m_answering.emplace(sequence, std::move(done));
}

Error DurableWaiters::unavailable(const Error& failure, const std::string& what)
{
    const bool full = failure.code == ErrorCode::StorageFull;
    return Error(full ? ErrorCode::StorageFull : ErrorCode::Unavailable,
                 what + ": the store cannot write" + (full ? " (disk full)" : " (I/O error)") +
                     ". " + failure.message);
}

void DurableWaiters::release(store::WriteSequence durable)
{
    m_released = std::max(m_released, durable);
    // Work that follows a commit (applying a credential) runs before the answers, so a caller
    // told "done" finds it applied.
    while (!m_waiting.empty() && m_waiting.begin()->first <= durable) {
        auto then = std::move(m_waiting.begin()->second);
        m_waiting.erase(m_waiting.begin());
        then();
    }
    while (!m_answering.empty() && m_answering.begin()->first <= durable) {
        auto done = std::move(m_answering.begin()->second);
        m_answering.erase(m_answering.begin());
        done({});
    }
}

void DurableWaiters::storeFailed(const std::optional<Error>& failure)
{
    m_failure = failure;
    if (failure) {
        // Nobody waits on a disk that may stay full for hours: each caller hears why at once.
        auto answering = std::exchange(m_answering, {});
        for (auto& [sequence, done] : answering)
            done(std::unexpected(unavailable(*failure, kNotConfirmed)));
    }
    if (m_failureListener)
        m_failureListener(failure);
}

} // namespace hangar::engine
