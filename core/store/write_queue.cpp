#include "store/write_queue.h"

#include <algorithm>

namespace hangar::store {

Expected<WriteSequence> WriteQueue::push(WriteOperation operation, std::size_t rows, bool sheddable)
{
    bool wakeWriter = false;
    WriteSequence sequence = 0;
    {
        std::lock_guard lock(m_mutex);
        if (m_closed)
            return fail(ErrorCode::Cancelled, "The store is closing: the write was not queued.");
        if (sheddable && m_queuedRows + m_inFlightRows + rows > m_limits.highWaterRows) {
            return fail(ErrorCode::LimitExceeded,
                        "The store's write queue is over its high-water mark (" +
                            std::to_string(m_limits.highWaterRows) +
                            " rows): the telemetry was not queued. " +
                            (m_failure
                                 ? "The store cannot write: " + m_failure->message
                                 : std::string("The disk cannot keep up with the incoming rate.")));
        }
        sequence = m_next++;
        // Waking the writer costs a system call; it only needs waking when its wait condition
        // changes: the first item of a batch, or the batch becoming full.
        wakeWriter = m_items.empty() || (m_queuedRows < m_limits.batchRows
                                         && m_queuedRows + rows >= m_limits.batchRows);
        m_queuedRows += rows;
        m_items.push_back(
            WriteItem{sequence, std::chrono::steady_clock::now(), rows, std::move(operation)});
    }
    if (wakeWriter)
        m_writerWake.notify_one();
    return sequence;
}

WriteQueue::Taken WriteQueue::takeBatch(std::vector<WriteItem>& batch,
                                        std::chrono::steady_clock::time_point idleUntil)
{
    batch.clear();
    std::unique_lock lock(m_mutex);
    if (!m_writerWake.wait_until(lock, idleUntil, [this] { return !m_items.empty() || m_closed; }))
        return Taken::Idle;
    if (m_items.empty())
        return Taken::Closed;
    const auto due = m_items.front().enqueuedAt + m_limits.maxDelay;
    const bool ready = m_writerWake.wait_until(lock, std::min(due, idleUntil), [this] {
        return m_closed || m_queuedRows >= m_limits.batchRows ||
               m_flushTarget > m_durable.load(std::memory_order_relaxed);
    });
    if (!ready && idleUntil < due)
        return Taken::Idle;
    std::size_t rows = 0;
    while (!m_items.empty() && (batch.empty() || rows < m_limits.batchRows)) {
        rows += m_items.front().rows;
        batch.push_back(std::move(m_items.front()));
        m_items.pop_front();
    }
    m_queuedRows -= rows;
    m_inFlightRows = rows;
    return Taken::Batch;
}

void WriteQueue::markDurable(WriteSequence sequence, std::size_t rows)
{
    {
        std::lock_guard lock(m_mutex);
        m_inFlightRows -= rows;
        m_failure.reset();
        m_durable.store(sequence, std::memory_order_release);
    }
    m_durableChanged.notify_all();
}

void WriteQueue::markFailing(Error error)
{
    {
        std::lock_guard lock(m_mutex);
        m_failure = std::move(error);
    }
    m_durableChanged.notify_all();
}

bool WriteQueue::waitToRetry(std::chrono::milliseconds delay)
{
    std::unique_lock lock(m_mutex);
    return !m_writerWake.wait_for(lock, delay, [this] { return m_closed; });
}

Expected<void> WriteQueue::flush()
{
    std::unique_lock lock(m_mutex);
    const WriteSequence target = m_next - 1;
    if (target > m_flushTarget) {
        m_flushTarget = target;
        m_writerWake.notify_one();
    }
    m_durableChanged.wait(lock, [&] {
        return m_failure || m_durable.load(std::memory_order_relaxed) >= target;
    });
    if (m_durable.load(std::memory_order_relaxed) >= target)
        return {};
    return std::unexpected(*m_failure);
}

std::optional<Error> WriteQueue::failure() const
{
    std::lock_guard lock(m_mutex);
    return m_failure;
}

void WriteQueue::close()
{
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
    }
    m_writerWake.notify_one();
}

WriteSequence WriteQueue::enqueued() const
{
    std::lock_guard lock(m_mutex);
    return m_next - 1;
}

std::size_t WriteQueue::pendingRows() const
{
    std::lock_guard lock(m_mutex);
    return m_queuedRows + m_inFlightRows;
}

} // namespace hangar::store
