#pragma once

#include "common/error.h"
#include "engine/device_request_types.h"
#include "engine/observation_info.h"
#include "lwm2m/object_registry.h"
#include "store/fleet_summary.h"
#include "store/store_records.h"

#include <QObject>

#include <functional>
#include <string>
#include <vector>

namespace hangar::engine {

/// What the engine reports about itself for health checks and status bars.
struct EngineHealth
{
    std::int64_t devicesOnline = 0;    ///< registered and reachable now
    std::int64_t devicesSleeping = 0;  ///< queue mode, waiting for a wake-up
    std::int64_t devicesKnown = 0;     ///< every device in the store (up to 1 s old)
    std::uint64_t storeEnqueued = 0;   ///< writes handed to the store
    std::uint64_t storeDurable = 0;    ///< writes committed
    std::int64_t uptimeMs = 0;
    /// Why the engine is degraded (its store cannot write: disk full or I/O error); empty while
    /// healthy. While degraded, writes are kept in memory and retried (telemetry up to the
    /// store's high-water mark), new registrations are refused and operations that wait for a
    /// commit fail at once; it ends by itself once a commit works again.
    std::string degraded;
    bool diskFull = false; ///< the degradation is a full disk
};

/// The one facade the REST API and the GUI use; they never touch sockets or SQL.
///
/// Thread rules: every method may be called from any thread. Queries (listDevices, device,
/// telemetry, events, health) answer synchronously from the store and live state. Operations on
/// devices are carried out on the engine thread and report once through `done`, which is called
/// on the engine thread: callers on other threads hop back to their own (QMetaObject::invokeMethod).
///
/// Errors map to what a user can act on: NotFound (no such device, or the device answered 4.04),
/// InvalidArgument (bad path, value or attribute; device answered 4.00), Unsupported (device
/// answered 4.05/4.06/4.15), Timeout (no answer in time, or a queued request expired),
/// SecurityFailure (device answered 4.01/4.03), LimitExceeded (queue for a sleeping device full),
/// MalformedInput (the device's answer or notification does not decode; Unsupported when it is in
/// a content format Hangar does not know). Malformed answers are logged as "malformed-payload"
/// events and never reach the value cache or telemetry. While the store cannot write (see
/// EngineHealth::degraded) operations that change stored state fail at once with StorageFull
/// (disk full) or Unavailable, and nothing is changed; one already waiting for its commit fails
/// the same way, its write staying queued until writing resumes.
class Engine : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~Engine() override = default;

    // Inventory
    virtual Expected<store::DevicePage> listDevices(const store::DeviceQuery& query) = 0;
    virtual Expected<store::DeviceRecord> device(const std::string& endpoint) = 0;
    /// Devices counted per status, firmware version, model and manufacturer, all from one
    /// store snapshot; a few GROUP BY queries, so cheap enough to repeat after every change.
    /// Answers synchronously, like listDevices.
    virtual Expected<store::FleetSummary> fleetSummary() = 0;
    /// Removes the device, its credentials, cache and telemetry; a registered device is
    /// dropped (it may register again) and the DTLS sessions of its identity are closed.
    virtual void forgetDevice(const std::string& endpoint, Done<void> done) = 0;
    /// Removes the `remove` tags, then adds the `add` tags, on every device of `endpoints`, in
    /// one store transaction; `done` gets, after the commit, how many devices' tags changed.
    /// Fails with InvalidArgument for an invalid tag (see store/device_tags.h), NotFound naming
    /// unknown endpoints, LimitExceeded when a device would carry more than 64 tags; a failure
    /// changes nothing. devicesChanged follows for the changed devices.
    virtual void setDeviceTags(std::vector<std::string> endpoints, std::vector<std::string> add,
                               std::vector<std::string> remove, Done<std::size_t> done) = 0;

    // Device management (LwM2M 1.1 §6.3)
    virtual void read(const std::string& endpoint, const lwm2m::LwM2mPath& path,
                      const ReadOptions& options, Done<ReadResult> done) = 0;
    virtual void write(const std::string& endpoint, const lwm2m::LwM2mPath& path,
                       lwm2m::PathValues values, const WriteOptions& options, Done<void> done) = 0;
    /// `timeout` bounds the whole call, time queued for a sleeping device included (empty:
    /// EngineConfig::requestTimeout); read and write take theirs in their options.
    virtual void execute(const std::string& endpoint, const lwm2m::LwM2mPath& path,
                         std::string arguments, Done<void> done,
                         std::optional<std::chrono::milliseconds> timeout = std::nullopt) = 0;
    virtual void discover(const std::string& endpoint, const lwm2m::LwM2mPath& path,
                          Done<std::string> done) = 0; ///< the device's link-format answer
    virtual void create(const std::string& endpoint, const lwm2m::LwM2mPath& objectPath,
                        lwm2m::PathValues values, Done<lwm2m::LwM2mPath> done) = 0;
    virtual void remove(const std::string& endpoint, const lwm2m::LwM2mPath& path,
                        Done<void> done) = 0;
    virtual void writeAttributes(const std::string& endpoint, const lwm2m::LwM2mPath& path,
                                 const NotificationAttributes& attributes, Done<void> done) = 0;

    // Information reporting (LwM2M 1.1 §6.4)
    /// Starts (or restarts) an observation; `done` gets the first value. Notifications go to the
    /// value cache and the telemetry store.
    virtual void observe(const std::string& endpoint, const lwm2m::LwM2mPath& path,
                         const NotificationAttributes& attributes, Done<ReadResult> done,
                         std::optional<std::chrono::milliseconds> timeout = std::nullopt) = 0;
    virtual void cancelObservation(const std::string& endpoint, const lwm2m::LwM2mPath& path,
                                   Done<void> done) = 0;
    /// Every observation the engine holds for the device, whoever started it (REST, GUI,
    /// telemetry), in path order; empty while the device is not registered (observations end
    /// with the registration). NotFound for a device the engine does not know.
    virtual void observations(const std::string& endpoint, Done<std::vector<ObservationInfo>> done) = 0;

    // Queue mode (LwM2M 1.1 §6.5)
    /// Gives a queue-mode device its own awake window (how long it is reachable after each
    /// Register/Update; the engine marks it sleeping after that and queues requests for its
    /// next wake-up), or returns it to EngineConfig::awakeWindow with nullopt. Held in memory
    /// until the engine stops or the device is forgotten. InvalidArgument outside
    /// [kMinAwakeWindow, kMaxAwakeWindow], NotFound for a device the engine does not know.
    /// `done` gets the window now in effect.
    virtual void setAwakeWindow(const std::string& endpoint,
                                std::optional<std::chrono::milliseconds> window,
                                Done<AwakeWindow> done) = 0;
    /// The awake window in effect for the device; NotFound for a device the engine does not know.
    virtual void awakeWindow(const std::string& endpoint, Done<AwakeWindow> done) = 0;

    // Data
    virtual Expected<std::vector<store::Sample>> telemetry(const store::SampleQuery& query) = 0;
    /// Min, max, mean, first and last of the numeric samples per bucket of `bucketMs`
    /// (store::Store::sampleBuckets): long ranges read per-minute rollups, not every sample.
    virtual Expected<std::vector<store::SampleBucket>> telemetryBuckets(const store::SampleQuery& query,
                                                                        std::int64_t bucketMs) = 0;
    virtual Expected<std::vector<store::EventRecord>> eventsSince(std::int64_t afterId,
                                                                 int limit) = 0;
    /// One device's events with id > afterId, oldest first (store::Store::deviceEventsSince).
    virtual Expected<std::vector<store::EventRecord>> deviceEventsSince(const std::string& endpoint,
                                                                       std::int64_t afterId, int limit) = 0;
    /// Events of `kind` in [fromMs, toMs) counted per bucket of `bucketMs` (store::Store::eventCounts).
    virtual Expected<std::vector<store::EventCount>> eventCounts(const std::string& kind, std::int64_t fromMs,
                                                                 std::int64_t toMs, std::int64_t bucketMs) = 0;

    // Credentials (DTLS-PSK)
    /// Stores the credential; the identity may then register only `credential.endpoint`.
    /// Unless it is the very same identity and key as before, the device's current registration
    /// (over plain CoAP or with the former credential) ends and the DTLS sessions of its former
    /// identity are closed: it must authenticate again ("authentication-revoked" event).
    /// InvalidArgument for an endpoint name or identity the checks of lwm2m/endpoint_name.h refuse.
    virtual void setCredential(store::Credential credential, Done<void> done) = 0;
    /// Stores many at once (all or nothing); `done` gets how many were stored. Each changed
    /// credential ends what authenticated before, as setCredential.
    virtual void importCredentials(std::vector<store::Credential> credentials,
                                   Done<std::size_t> done) = 0;
    /// Removes the device's credential (NotFound without one): its DTLS-PSK registration and
    /// sessions end, and it may register over plain CoAP again.
    virtual void removeCredential(const std::string& endpoint, Done<void> done) = 0;

    virtual EngineHealth health() = 0;
    virtual const lwm2m::ObjectRegistry& models() const = 0;

Q_SIGNALS:
    /// Devices whose registration or status changed, coalesced (at most every ~50 ms) and
    /// emitted once the change is committed to the store, so reading them back sees it.
    void devicesChanged(const std::vector<std::string>& endpoints);
    /// Devices whose set of observations changed (started, cancelled, ended with the
    /// registration), coalesced (at most every ~50 ms); emitted on the engine thread.
    void observationsChanged(const std::vector<std::string>& endpoints);
};

} // namespace hangar::engine
