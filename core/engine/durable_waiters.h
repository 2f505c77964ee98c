#pragma once

#include "engine/device_request_types.h"
#include "store/store.h"

#include <QObject>

#include <functional>
#include <map>
#include <optional>

namespace hangar::engine {

/// Runs callbacks on the engine thread once the store has committed a given write, so an
/// operation is reported done only when a crash can no longer undo it. Also follows whether
/// the store can write at all: while its commits fail the engine is "degraded".
class DurableWaiters : public QObject
{
    Q_OBJECT

public:
    /// Called on the engine thread when commits start failing (with the error) and when they
    /// work again (nullopt).
    using FailureListener = std::function<void(const std::optional<Error>& failure)>;

    /// Becomes the store's commit and failure listener until destroyed.
    explicit DurableWaiters(store::Store& store, QObject* parent = nullptr);
    ~DurableWaiters() override;

    /// Calls `then` once `sequence` is durable (at once if it already is), however long the
    /// store takes: for work that must follow the commit, such as applying what was written.
    void whenDurable(store::WriteSequence sequence, std::function<void()> then);
    /// Answers `done` once `sequence` is durable, or at once with unavailable() while commits
    /// fail (the write stays queued and may still commit later): for callers who wait.
    void answerWhenDurable(store::WriteSequence sequence, Done<void> done);

    /// Why the store cannot write, as this thread last heard; nullopt while it can.
    const std::optional<Error>& failure() const { return m_failure; }
    void setFailureListener(FailureListener listener) { m_failureListener = std::move(listener); }

    /// What a caller is told while commits fail: StorageFull for a full disk, Unavailable
    /// otherwise, with `what` (“the credential of 'dev-1' was not confirmed”) and the reason.
    static Error unavailable(const Error& failure, const std::string& what);

private:
    void release(store::WriteSequence durable);
    void storeFailed(const std::optional<Error>& failure);
    bool isDurable(store::WriteSequence sequence) const;

    store::Store& m_store;
    std::multimap<store::WriteSequence, std::function<void()>> m_waiting;
    std::multimap<store::WriteSequence, Done<void>> m_answering;
    store::WriteSequence m_released = 0; ///< the highest commit notice handled on this thread
    std::optional<Error> m_failure;
    FailureListener m_failureListener;
};

} // namespace hangar::engine
