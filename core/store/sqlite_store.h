#pragma once

#include "store/event_retention.h"
#include "store/store.h"
#include "store/write_queue.h"

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace hangar::store {

class StoreReader;
class StoreWriter;

/// The Store on one SQLite file in WAL mode: a writer thread owning the one write connection
/// commits batched writes; each reading thread gets its own read-only connection.
class SqliteStore final : public Store
{
public:
    struct Options
    {
        std::string path;         ///< the database file; created with mode 0600 if missing
        WriteQueue::Limits limits; ///< batch delay, batch size, high-water mark
        /// How old and how many events are kept; by default all of them (the engine passes
        /// EngineConfig::eventRetention, whose defaults are EventRetention's).
        EventRetention eventRetention{std::chrono::days{0}, 0};
        /// When set (from any thread) while open() migrates an older database, the migration
        /// rolls back and open() fails with Cancelled. Read during open() only.
        const std::atomic<bool>* cancelMigration = nullptr;
    };

    /// Opens (creating or migrating) the database and starts the writer. Fails with a clear
    /// error, leaving the file untouched, if it is not a database or comes from a newer build.
    static Expected<std::unique_ptr<SqliteStore>> open(Options options);
    /// Commits everything queued, then stops the writer and closes every connection.
    ~SqliteStore() override;

    Expected<WriteSequence> enqueueDevice(DeviceRecord device) override;
    Expected<WriteSequence> enqueueDeviceTags(DeviceTagChange change,
                                              std::shared_ptr<DeviceTagOutcome> outcome) override;
    Expected<WriteSequence> enqueueDeleteDevice(std::string endpoint) override;
    Expected<WriteSequence> enqueueCredential(Credential credential) override;
    Expected<WriteSequence> enqueueDeleteCredential(std::string endpoint) override;
    Expected<WriteSequence> enqueueCachedValues(std::vector<CachedValue> values) override;
    Expected<WriteSequence> enqueueSamples(std::vector<Sample> samples) override;
    Expected<WriteSequence> enqueueEvent(EventRecord event) override;
    Expected<WriteSequence> enqueueRegistration(RegistrationChange change) override;
    Expected<WriteSequence> enqueueObservations(std::string endpoint,
                                                std::vector<ObservationRecord> observations) override;

    WriteSequence durableSequence() const override;
    void setCommitListener(CommitListener listener) override;
    void setFailureListener(FailureListener listener) override;
    Expected<void> flush() override;
    WriterStats stats() const override;

    Expected<DevicePage> listDevices(const DeviceQuery& query) override;
    Expected<DeviceRecord> device(const std::string& endpoint) override;
    Expected<Credential> credentialByIdentity(const std::string& pskIdentity) override;
    Expected<std::vector<Credential>> allCredentials() override;
    Expected<std::vector<RegistrationRecord>> liveRegistrations() override;
    Expected<std::vector<ObservationRecord>> liveObservations() override;
    Expected<std::vector<CachedValue>> cachedValues(const std::string& endpoint,
                                                   const lwm2m::LwM2mPath& under) override;
    Expected<std::vector<Sample>> samples(const SampleQuery& query) override;
    Expected<std::vector<SampleBucket>> sampleBuckets(const SampleQuery& query,
                                                      std::int64_t bucketMs) override;
    Expected<std::vector<EventRecord>> eventsSince(std::int64_t afterId, int limit) override;
    Expected<std::vector<EventCount>> eventCounts(const std::string& kind, std::int64_t fromMs, std::int64_t toMs,
                                                  std::int64_t bucketMs) override;
    Expected<std::vector<EventRecord>> deviceEventsSince(const std::string& endpoint, std::int64_t afterId,
                                                         int limit) override;
    Expected<FleetSummary> fleetSummary() override;

private:
    explicit SqliteStore(Options options);
    /// The calling thread's reader, opening its connection on first use.
    Expected<StoreReader*> reader();
    void notifyCommit(WriteSequence durable);
    void notifyFailure(const std::optional<Error>& failure);

    const Options m_options;
    WriteQueue m_queue;
    std::unique_ptr<StoreWriter> m_writer;
    std::mutex m_listenerMutex;
    CommitListener m_listener;
    FailureListener m_failureListener;
    std::mutex m_readersMutex;
    // One connection per thread that has read; a thread's entry is only used by that thread.
    std::map<std::thread::id, std::unique_ptr<StoreReader>> m_readers;
};

} // namespace hangar::store
