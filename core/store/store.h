#pragma once

#include "common/error.h"
#include "store/fleet_summary.h"
#include "store/store_records.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace hangar::store {

/// Numbers the writes of one Store instance: 1, 2, 3, … in enqueue order (not persisted).
using WriteSequence = std::uint64_t;

/// Counters of the writer, for health pages and benchmarks.
struct WriterStats
{
    WriteSequence enqueued = 0;        ///< highest sequence handed out
    WriteSequence durable = 0;         ///< highest sequence committed
    std::uint64_t pendingRows = 0;     ///< rows queued, not yet committed
    std::uint64_t batchesCommitted = 0;
    std::uint64_t rowsCommitted = 0;
    std::uint64_t rowsDropped = 0;     ///< samples/cached values naming an unknown endpoint
    std::uint64_t eventsTrimmed = 0;   ///< events deleted by the retention limits
    std::uint64_t trimCommits = 0;     ///< transactions that deleted them
    std::uint64_t failedCommits = 0;   ///< commits that failed (each retried until it works)
    std::optional<Error> failure;      ///< why commits fail now; nullopt while they succeed
};

/// Persistent state of the engine.
///
/// Writes are asynchronous and ordered: each `enqueue…` call returns its WriteSequence at once
/// and never waits for the disk; the writes are applied in sequence order, in batches, each batch
/// in one transaction. A write is durable once durableSequence() has reached its sequence; from
/// then on it survives a crash of the process (kill -9).
///
/// Back-pressure: when the rows waiting for the writer exceed the high-water mark, enqueueSamples
/// and enqueueCachedValues fail at once with LimitExceeded and queue nothing (telemetry can be
/// shed; the caller counts the drop). Device, credential and event writes are always accepted:
/// they are rare and losing them would corrupt state.
///
/// Failing disks: when a commit fails (StorageFull for a full disk, IoFailure or another code
/// for an I/O error) its transaction rolls back and the writer retries the same batch, with
/// growing delays (at most 2 s apart), until it commits. Meanwhile enqueues go on as above
/// (telemetry is shed once the high-water mark is reached, everything else waits in memory),
/// flush() fails at once with the reason, stats().failure holds it, and the failure listener
/// hears the failure once and the recovery once. Nothing committed is lost and no batch is
/// half-written; writes still queued when the store is destroyed while commits fail are lost.
///
/// Reads are synchronous, on the calling thread, through that thread's own read-only connection,
/// and see committed writes only (call flush() first to read your own writes).
/// All methods are thread-safe.
class Store
{
public:
    /// Called on the writer thread after each commit with the new durable sequence, before
    /// durableSequence() shows it and before flush() waiters wake.
    using CommitListener = std::function<void(WriteSequence durable)>;
    /// Called on the writer thread when commits start failing (with the error) and when one
    /// succeeds again (nullopt), before flush() waiters hear of it (and, on recovery, after the
    /// commit listener heard of the commit).
    using FailureListener = std::function<void(const std::optional<Error>& failure)>;

    virtual ~Store() = default;

    /// Inserts the device, or replaces every field of the device with the same endpoint except
    /// its tags (a new device starts with device.tags). InvalidArgument for an invalid tag.
    virtual Expected<WriteSequence> enqueueDevice(DeviceRecord device) = 0;
    /// Removes `change.remove`, then adds `change.add`, on every device of `change.endpoints`, in
    /// one transaction. Fails at once with InvalidArgument for an invalid tag. When the write is
    /// durable, `outcome` holds the endpoints whose tags changed, or an error (NotFound naming
    /// unknown endpoints, LimitExceeded over kMaxTagsPerDevice) and then no device was changed.
    virtual Expected<WriteSequence> enqueueDeviceTags(DeviceTagChange change,
                                                      std::shared_ptr<DeviceTagOutcome> outcome) = 0;
    /// Removes the device with its credentials, cached values, samples and their rollups (its
    /// events stay).
    virtual Expected<WriteSequence> enqueueDeleteDevice(std::string endpoint) = 0;
    /// Inserts or replaces the credential of `credential.endpoint`.
    virtual Expected<WriteSequence> enqueueCredential(Credential credential) = 0;
    /// Removes the credential of `endpoint`, if any.
    virtual Expected<WriteSequence> enqueueDeleteCredential(std::string endpoint) = 0;
    /// Upserts each value into the resource cache, unless the cached value is newer (timeMs);
    /// values of unknown endpoints are dropped (counted in stats()).
    virtual Expected<WriteSequence> enqueueCachedValues(std::vector<CachedValue> values) = 0;
    /// Appends the samples; samples of unknown endpoints are dropped (counted in stats()).
    virtual Expected<WriteSequence> enqueueSamples(std::vector<Sample> samples) = 0;
    /// Appends the event; its id is assigned at commit (ids grow with commit order).
    virtual Expected<WriteSequence> enqueueEvent(EventRecord event) = 0;

    /// Writes the device row, its live registration (or removes it and the device's
    /// observations when `change.live` is empty) and the event, in one transaction.
    virtual Expected<WriteSequence> enqueueRegistration(RegistrationChange change) = 0;
    /// Replaces every stored observation of `endpoint` by `observations`.
    virtual Expected<WriteSequence> enqueueObservations(std::string endpoint,
                                                        std::vector<ObservationRecord> observations) = 0;

    /// The highest sequence whose write is committed (0 before the first commit).
    virtual WriteSequence durableSequence() const = 0;
    /// Replaces the commit listener (empty to remove). The listener must be quick and must not
    /// call flush() (it would wait for the thread it runs on).
    virtual void setCommitListener(CommitListener listener) = 0;
    /// Replaces the failure listener (empty to remove); the same rules as the commit listener.
    virtual void setFailureListener(FailureListener listener) = 0;
    /// Waits until everything enqueued before the call is durable; fails at once, with the
    /// reason, while commits fail.
    virtual Expected<void> flush() = 0;
    /// A snapshot of the writer's counters.
    virtual WriterStats stats() const = 0;

    /// One page of devices matching `query`, ordered by endpoint, and the total match count.
    virtual Expected<DevicePage> listDevices(const DeviceQuery& query) = 0;
    /// The device with this endpoint; NotFound if there is none.
    virtual Expected<DeviceRecord> device(const std::string& endpoint) = 0;
    /// The credential with this PSK identity; NotFound if there is none.
    virtual Expected<Credential> credentialByIdentity(const std::string& pskIdentity) = 0;
    /// Every credential, for the in-memory map the DTLS handshake consults.
    virtual Expected<std::vector<Credential>> allCredentials() = 0;
    /// The live registrations written by enqueueRegistration, ordered by endpoint.
    virtual Expected<std::vector<RegistrationRecord>> liveRegistrations() = 0;
    /// The stored observations, ordered by endpoint and path.
    virtual Expected<std::vector<ObservationRecord>> liveObservations() = 0;
    /// The cached values of the device at or below `under`, ordered by path.
    virtual Expected<std::vector<CachedValue>> cachedValues(const std::string& endpoint,
                                                           const lwm2m::LwM2mPath& under) = 0;
    /// At most `query.limit` samples of one resource in [fromMs, toMs], in the requested order.
    virtual Expected<std::vector<Sample>> samples(const SampleQuery& query) = 0;
    /// At most `query.limit` buckets of width `bucketMs` (> 0, else InvalidArgument) of the
    /// numeric samples of one resource in [fromMs, toMs], in the requested order. Buckets start
    /// at multiples of bucketMs since the epoch (the first and last may hold only part of their
    /// width); buckets without numeric samples are left out. Widths that are multiples of a
    /// minute read the per-minute rollups, so a week costs 10,080 rows instead of 604,800 samples
    /// at 1 Hz; the same answer as from the samples themselves (sums up to rounding).
    virtual Expected<std::vector<SampleBucket>> sampleBuckets(const SampleQuery& query,
                                                              std::int64_t bucketMs) = 0;
    /// At most `limit` events with id > afterId, oldest first.
    virtual Expected<std::vector<EventRecord>> eventsSince(std::int64_t afterId, int limit) = 0;
    /// The same for one device's events only (an index on endpoint, so a device's history costs
    /// its own events, not the whole log's).
    virtual Expected<std::vector<EventRecord>> deviceEventsSince(const std::string& endpoint, std::int64_t afterId,
                                                                 int limit) = 0;
    /// The events of `kind` with fromMs <= time < toMs, counted per bucket of `bucketMs`, oldest
    /// first; buckets start at multiples of bucketMs since the epoch and empty ones are left
    /// out. InvalidArgument unless bucketMs > 0 and 0 <= fromMs <= toMs. An index on (kind,
    /// time) makes it cost the counted events only ("registrations over time").
    virtual Expected<std::vector<EventCount>> eventCounts(const std::string& kind, std::int64_t fromMs,
                                                          std::int64_t toMs, std::int64_t bucketMs) = 0;
    /// Devices counted per status, firmware version, model and manufacturer, in one snapshot.
    virtual Expected<FleetSummary> fleetSummary() = 0;
};

} // namespace hangar::store
