#pragma once

#include "store/event_retention.h"
#include "store/pending_rollups.h"
#include "store/sqlite_database.h"
#include "store/write_queue.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <unordered_map>

namespace hangar::store {

/// The writer thread: owns the one write connection, takes batches from the queue and commits
/// each in one transaction, then reports the durable sequence. Between batches it trims the
/// event log to `retention`, one short transaction at a time.
///
/// A failed commit (disk full, I/O error) rolls back, is reported once (`onFailure` with the
/// error) and is retried with the same batch after a growing delay (0.1 s doubling
/// to 2 s) until it commits, which is reported too (`onFailure` with nullopt). Later writes wait
/// in the queue meanwhile: nothing is lost, reordered or half-written.
class StoreWriter
{
public:
    using CommitCallback = std::function<void(WriteSequence durable)>;
    using FailureCallback = std::function<void(const std::optional<Error>& failure)>;

    StoreWriter(std::unique_ptr<Database> database, WriteQueue& queue, EventRetention retention,
                CommitCallback onCommit, FailureCallback onFailure);
    /// Drains the queue and stops the thread. While commits fail it tries once more and then
    /// gives up on what is still queued (logged).
    ~StoreWriter();
    StoreWriter(const StoreWriter&) = delete;
    StoreWriter& operator=(const StoreWriter&) = delete;

    std::uint64_t batchesCommitted() const { return m_batches.load(std::memory_order_relaxed); }
    std::uint64_t rowsCommitted() const { return m_rows.load(std::memory_order_relaxed); }
    std::uint64_t rowsDropped() const { return m_dropped.load(std::memory_order_relaxed); }
    std::uint64_t eventsTrimmed() const { return m_trimmed.load(std::memory_order_relaxed); }
    std::uint64_t trimCommits() const { return m_trimCommits.load(std::memory_order_relaxed); }
    std::uint64_t failedCommits() const { return m_failedCommits.load(std::memory_order_relaxed); }

private:
    void run();
    /// Commits the batch, retrying while it fails; false when the queue closed first.
    bool commitWithRetries(const std::vector<WriteItem>& batch);
    Expected<void> commit(const std::vector<WriteItem>& batch);
    /// One trim transaction; true when it deleted a full batch (more may be left).
    bool trimStep();
    /// Rolls the failed transaction back and forgets what it cached.
    void rollBack();
    Expected<void> applyChecked(const WriteOperation& operation);

    Expected<void> apply(const UpsertDevice& write);
    Expected<void> apply(const DeleteDevice& write);
    Expected<void> apply(const PutCredential& write);
    Expected<void> apply(const DeleteCredential& write);
    Expected<void> apply(const PutCachedValues& write);
    Expected<void> apply(const AppendSamples& write);
    Expected<void> apply(const AppendEvent& write);
    Expected<void> apply(const ChangeDeviceTags& write);
    Expected<void> apply(const RecordRegistration& write);
    Expected<void> apply(const ReplaceObservations& write);

    /// The devices.id of the endpoint, 0 when there is no such device.
    Expected<std::int64_t> deviceId(const std::string& endpoint);
    /// The paths.id of the path, inserting the path on first use.
    Expected<std::int64_t> pathId(const lwm2m::LwM2mPath& path);

    std::unique_ptr<Database> m_database;
    WriteQueue& m_queue;
    const EventRetention m_retention;
    CommitCallback m_onCommit;
    FailureCallback m_onFailure;
    bool m_failing = false; ///< the last commit failed (writer thread only)
    // Id caches. They may only hold ids of committed or current-transaction rows: rollBack()
    // clears them.
    std::unordered_map<std::string, std::int64_t> m_deviceIds;
    std::unordered_map<std::uint64_t, std::int64_t> m_pathIds; ///< by packed path, see pathId
    PendingRollups m_rollups; ///< of the samples of the current transaction

    std::atomic<std::uint64_t> m_batches{0};
    std::atomic<std::uint64_t> m_rows{0};
    std::atomic<std::uint64_t> m_dropped{0};
    std::atomic<std::uint64_t> m_trimmed{0};
    std::atomic<std::uint64_t> m_trimCommits{0};
    std::atomic<std::uint64_t> m_failedCommits{0};
    std::thread m_thread;
};

} // namespace hangar::store
