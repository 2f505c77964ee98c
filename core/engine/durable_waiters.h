#pragma once

#include "store/store.h"

#include <QObject>

#include <functional>
#include <map>

namespace hangar::engine {

/// Runs callbacks on the engine thread once the store has committed a given write, so an
/// operation is reported done only when a crash can no longer undo it.
class DurableWaiters : public QObject
{
    Q_OBJECT

public:
    /// Becomes the store's commit listener until destroyed.
    explicit DurableWaiters(store::Store& store, QObject* parent = nullptr);
    ~DurableWaiters() override;

    /// Calls `then` once `sequence` is durable (at once if it already is).
    void whenDurable(store::WriteSequence sequence, std::function<void()> then);

private:
    void release(store::WriteSequence durable);

    store::Store& m_store;
    std::multimap<store::WriteSequence, std::function<void()>> m_waiting;
    store::WriteSequence m_released = 0; ///< the highest commit notice handled on this thread
};

} // namespace hangar::engine
