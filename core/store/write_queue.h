#pragma once

#include "common/error.h"
#include "store/store.h"
#include "store/store_records.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <variant>
#include <vector>

namespace hangar::store {

struct UpsertDevice { DeviceRecord device; };
struct DeleteDevice { std::string endpoint; };
struct PutCredential { Credential credential; };
struct DeleteCredential { std::string endpoint; };
struct PutCachedValues { std::vector<CachedValue> values; };
struct AppendSamples { std::vector<Sample> samples; };
struct AppendEvent { EventRecord event; };
struct ChangeDeviceTags { DeviceTagChange change; std::shared_ptr<DeviceTagOutcome> outcome; };
struct RecordRegistration { RegistrationChange change; };
struct ReplaceObservations { std::string endpoint; std::vector<ObservationRecord> observations; };

using WriteOperation = std::variant<UpsertDevice, DeleteDevice, PutCredential, DeleteCredential,
                                    PutCachedValues, AppendSamples, AppendEvent, ChangeDeviceTags,
                                    RecordRegistration, ReplaceObservations>;

struct WriteItem
{
    WriteSequence sequence = 0;
    std::chrono::steady_clock::time_point enqueuedAt;
    std::size_t rows = 0;
    WriteOperation operation;
};

/// The hand-over between the threads that enqueue writes and the one writer thread: numbers
/// the writes, decides when a batch is due, and tracks the durable watermark.
class WriteQueue
{
public:
    struct Limits
    {
        std::chrono::milliseconds maxDelay{50}; ///< a batch is due this long after its first item
        std::size_t batchRows = 20000;          ///< …or as soon as this many rows wait
        std::size_t highWaterRows = 250000;     ///< sheddable writes are refused above this
    };

    explicit WriteQueue(Limits limits) : m_limits(limits) {}

    /// Queues the operation and returns its sequence. A sheddable operation fails with
    /// LimitExceeded over the high-water mark, also while commits fail (the writer keeps its
    /// batch and retries: the queue then grows until the mark sheds telemetry).
    Expected<WriteSequence> push(WriteOperation operation, std::size_t rows, bool sheddable);

    enum class Taken : std::uint8_t {
        Batch = 1, ///< `batch` holds at least one item
        Idle,      ///< the deadline came before a batch was due; `batch` is empty
        Closed,    ///< the queue is closed and empty
    };

    /// Writer side: waits until a batch is due and moves it into `batch` (at least one item,
    /// about batchRows rows), or until `idleUntil` if that comes first (the writer has
    /// housekeeping to do then).
    Taken takeBatch(std::vector<WriteItem>& batch, std::chrono::steady_clock::time_point idleUntil);
    /// Writer side: everything up to `sequence` is committed (and commits work, if they failed).
    void markDurable(WriteSequence sequence, std::size_t rows);
    /// Writer side: a commit failed and will be retried; flush() fails with `error` at once
    /// until a commit succeeds again.
    void markFailing(Error error);
    /// Writer side: waits `delay` before retrying a failed commit. False once the queue is
    /// closed (the writer makes its last attempt at once).
    bool waitToRetry(std::chrono::milliseconds delay);

    /// Waits until everything pushed before the call is durable, asking the writer not to
    /// wait for the batch delay. Fails at once while commits fail, with the reason.
    Expected<void> flush();
    /// Why commits fail now; nullopt while they succeed.
    std::optional<Error> failure() const;
    /// Lets the writer drain what is queued and stop.
    void close();

    WriteSequence durable() const { return m_durable.load(std::memory_order_acquire); }
    WriteSequence enqueued() const;
    std::size_t pendingRows() const;

private:
    const Limits m_limits;
    mutable std::mutex m_mutex;
    std::condition_variable m_writerWake;
    std::condition_variable m_durableChanged;
    std::deque<WriteItem> m_items;
    std::size_t m_queuedRows = 0;   ///< rows in m_items
    std::size_t m_inFlightRows = 0; ///< rows taken by the writer, not yet committed
    WriteSequence m_next = 1;
    WriteSequence m_flushTarget = 0;
    std::atomic<WriteSequence> m_durable{0};
    std::optional<Error> m_failure; ///< set while commits fail
    bool m_closed = false;
};

} // namespace hangar::store
