#include "store/sqlite_store.h"

#include "store/device_tags.h"
#include "store/schema.h"
#include "store/sqlite_database.h"
#include "store/store_reader.h"
#include "store/store_writer.h"
#include "store/text_search_function.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace hangar::store {

namespace {

// The file holds PSK keys: create it readable by this user only. SQLite gives the -wal and
// -shm files the permissions of the database file.
Expected<void> createPrivateFile(const std::string& path)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0) {
        ::close(fd);
        return {};
    }
    if (errno == EEXIST)
        return {};
    return fail(ErrorCode::IoFailure, "Creating the database file \"" + path
                                          + "\" failed: " + std::strerror(errno)
                                          + ". Check that the data directory exists and is "
                                            "writable by this user.");
}

} // namespace

SqliteStore::SqliteStore(Options options) : m_options(std::move(options)), m_queue(m_options.limits)
{
}

Expected<std::unique_ptr<SqliteStore>> SqliteStore::open(Options options)
{
    if (options.path.empty())
        return fail(ErrorCode::InvalidArgument, "The store needs a database file path.");
    if (auto created = createPrivateFile(options.path); !created)
        return std::unexpected(created.error());
    auto database = Database::open(options.path, Database::Mode::ReadWrite);
    if (!database)
        return std::unexpected(database.error());
    if (auto prepared = prepareSchema(**database, options.cancelMigration); !prepared)
        return std::unexpected(prepared.error());
    std::unique_ptr<SqliteStore> store(new SqliteStore(std::move(options)));
    SqliteStore* raw = store.get();
    store->m_writer = std::make_unique<StoreWriter>(
        std::move(*database), store->m_queue, store->m_options.eventRetention,
        [raw](WriteSequence durable) { raw->notifyCommit(durable); },
        [raw](const std::optional<Error>& failure) { raw->notifyFailure(failure); });
    return store;
}

SqliteStore::~SqliteStore()
{
    m_writer.reset();
    m_readers.clear();
}

Expected<WriteSequence> SqliteStore::enqueueDevice(DeviceRecord device)
{
    auto tags = normalizeTags(std::move(device.tags));
    if (!tags)
        return std::unexpected(tags.error());
    device.tags = std::move(*tags);
    return m_queue.push(UpsertDevice{std::move(device)}, 1, false);
}

Expected<WriteSequence> SqliteStore::enqueueDeviceTags(DeviceTagChange change,
                                                       std::shared_ptr<DeviceTagOutcome> outcome)
{
    if (!outcome)
        return fail(ErrorCode::InvalidArgument, "A device tag change needs an outcome to fill in.");
    for (auto* tags : {&change.add, &change.remove}) {
        auto normalized = normalizeTags(std::move(*tags));
        if (!normalized)
            return std::unexpected(normalized.error());
        *tags = std::move(*normalized);
    }
    const auto rows = std::max<std::size_t>(change.endpoints.size(), 1);
    return m_queue.push(ChangeDeviceTags{std::move(change), std::move(outcome)}, rows, false);
}

Expected<WriteSequence> SqliteStore::enqueueDeleteDevice(std::string endpoint)
{
    return m_queue.push(DeleteDevice{std::move(endpoint)}, 1, false);
}

Expected<WriteSequence> SqliteStore::enqueueCredential(Credential credential)
{
    return m_queue.push(PutCredential{std::move(credential)}, 1, false);
}

Expected<WriteSequence> SqliteStore::enqueueDeleteCredential(std::string endpoint)
{
    return m_queue.push(DeleteCredential{std::move(endpoint)}, 1, false);
}

Expected<WriteSequence> SqliteStore::enqueueCachedValues(std::vector<CachedValue> values)
{
    const auto rows = std::max<std::size_t>(values.size(), 1);
    return m_queue.push(PutCachedValues{std::move(values)}, rows, true);
}

Expected<WriteSequence> SqliteStore::enqueueSamples(std::vector<Sample> samples)
{
    const auto rows = std::max<std::size_t>(samples.size(), 1);
    return m_queue.push(AppendSamples{std::move(samples)}, rows, true);
}

Expected<WriteSequence> SqliteStore::enqueueEvent(EventRecord event)
{
    return m_queue.push(AppendEvent{std::move(event)}, 1, false);
}

Expected<WriteSequence> SqliteStore::enqueueRegistration(RegistrationChange change)
{
    return m_queue.push(RecordRegistration{std::move(change)}, 3, false);
}

Expected<WriteSequence> SqliteStore::enqueueObservations(std::string endpoint,
                                                         std::vector<ObservationRecord> observations)
{
    const auto rows = observations.size() + 1;
    return m_queue.push(ReplaceObservations{std::move(endpoint), std::move(observations)}, rows, false);
}

WriteSequence SqliteStore::durableSequence() const
{
    return m_queue.durable();
}

void SqliteStore::setCommitListener(CommitListener listener)
{
    std::lock_guard lock(m_listenerMutex);
    m_listener = std::move(listener);
}

void SqliteStore::notifyCommit(WriteSequence durable)
{
    std::lock_guard lock(m_listenerMutex);
    if (m_listener)
        m_listener(durable);
}

void SqliteStore::setFailureListener(FailureListener listener)
{
    std::lock_guard lock(m_listenerMutex);
    m_failureListener = std::move(listener);
}

void SqliteStore::notifyFailure(const std::optional<Error>& failure)
{
    std::lock_guard lock(m_listenerMutex);
    if (m_failureListener)
        m_failureListener(failure);
}

Expected<void> SqliteStore::flush()
{
    return m_queue.flush();
}

WriterStats SqliteStore::stats() const
{
    WriterStats stats;
    stats.enqueued = m_queue.enqueued();
    stats.durable = m_queue.durable();
    stats.pendingRows = m_queue.pendingRows();
    stats.batchesCommitted = m_writer->batchesCommitted();
    stats.rowsCommitted = m_writer->rowsCommitted();
    stats.rowsDropped = m_writer->rowsDropped();
    stats.eventsTrimmed = m_writer->eventsTrimmed();
    stats.trimCommits = m_writer->trimCommits();
    stats.failedCommits = m_writer->failedCommits();
    stats.failure = m_queue.failure();
    return stats;
}

Expected<StoreReader*> SqliteStore::reader()
{
    std::lock_guard lock(m_readersMutex);
    auto& slot = m_readers[std::this_thread::get_id()];
    if (!slot) {
        auto database = Database::open(m_options.path, Database::Mode::ReadOnly);
        if (!database)
            return std::unexpected(database.error());
        if (auto configured = configureConnection(**database, false); !configured)
            return std::unexpected(configured.error());
        if (auto registered = registerTextSearchFunction(**database); !registered)
            return std::unexpected(registered.error());
        slot = std::make_unique<StoreReader>(std::move(*database));
    }
    return slot.get();
}

Expected<DevicePage> SqliteStore::listDevices(const DeviceQuery& query)
{
    auto r = reader();
    return r ? (*r)->listDevices(query) : std::unexpected(r.error());
}

Expected<DeviceRecord> SqliteStore::device(const std::string& endpoint)
{
    auto r = reader();
    return r ? (*r)->device(endpoint) : std::unexpected(r.error());
}

Expected<Credential> SqliteStore::credentialByIdentity(const std::string& pskIdentity)
{
    auto r = reader();
    return r ? (*r)->credentialByIdentity(pskIdentity) : std::unexpected(r.error());
}

Expected<std::vector<Credential>> SqliteStore::allCredentials()
{
    auto r = reader();
    return r ? (*r)->allCredentials() : std::unexpected(r.error());
}

Expected<std::vector<RegistrationRecord>> SqliteStore::liveRegistrations()
{
    auto r = reader();
    return r ? (*r)->liveRegistrations() : std::unexpected(r.error());
}

Expected<std::vector<ObservationRecord>> SqliteStore::liveObservations()
{
    auto r = reader();
    return r ? (*r)->liveObservations() : std::unexpected(r.error());
}

Expected<std::vector<CachedValue>> SqliteStore::cachedValues(const std::string& endpoint,
                                                            const lwm2m::LwM2mPath& under)
{
    auto r = reader();
    return r ? (*r)->cachedValues(endpoint, under) : std::unexpected(r.error());
}

Expected<std::vector<Sample>> SqliteStore::samples(const SampleQuery& query)
{
    auto r = reader();
    return r ? (*r)->samples(query) : std::unexpected(r.error());
}

Expected<std::vector<SampleBucket>> SqliteStore::sampleBuckets(const SampleQuery& query,
                                                              std::int64_t bucketMs)
{
    auto r = reader();
    return r ? (*r)->sampleBuckets(query, bucketMs) : std::unexpected(r.error());
}

Expected<std::vector<EventRecord>> SqliteStore::eventsSince(std::int64_t afterId, int limit)
{
    auto r = reader();
    return r ? (*r)->eventsSince(afterId, limit) : std::unexpected(r.error());
}

Expected<std::vector<EventRecord>> SqliteStore::deviceEventsSince(const std::string& endpoint, std::int64_t afterId,
                                                                  int limit)
{
    auto r = reader();
    return r ? (*r)->deviceEventsSince(endpoint, afterId, limit) : std::unexpected(r.error());
}

Expected<std::vector<EventCount>> SqliteStore::eventCounts(const std::string& kind, std::int64_t fromMs,
                                                           std::int64_t toMs, std::int64_t bucketMs)
{
    auto r = reader();
    return r ? (*r)->eventCounts(kind, fromMs, toMs, bucketMs) : std::unexpected(r.error());
}

Expected<FleetSummary> SqliteStore::fleetSummary()
{
    auto r = reader();
    return r ? (*r)->fleetSummary() : std::unexpected(r.error());
}

} // namespace hangar::store
