#pragma once

#include "common/error.h"
#include "lwm2m/lwm2m_path.h"
#include "lwm2m/value.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hangar::store {

/// Where a device stands. 0 is never a valid status.
enum class DeviceStatus : std::uint8_t {
    Registered = 1, ///< registered and reachable
    Sleeping,       ///< queue mode, between wake-ups
    Offline,        ///< lifetime expired or deregistered
};

/// One device and its current registration (the registration is folded into the device row:
/// a device has at most one registration at a time).
struct DeviceRecord
{
    std::string endpoint;
    std::string registrationId;
    std::string lwm2mVersion;
    std::int64_t lifetimeSec = 0;
    std::string binding;
    bool queueMode = false;
    std::string objectLinks; ///< the Register payload's link-format text
    DeviceStatus status = DeviceStatus::Registered;
    std::int64_t registeredAtMs = 0; ///< ms since the Unix epoch
    std::int64_t lastSeenMs = 0;     ///< ms since the Unix epoch
    std::optional<std::string> manufacturer;
    std::optional<std::string> model;
    std::optional<std::string> serialNumber;
    std::optional<std::string> firmwareVersion;
    /// Sorted and unique (see device_tags.h). Only Store::enqueueDeviceTags changes the tags of
    /// a stored device; enqueueDevice keeps them (a new device starts with these).
    std::vector<std::string> tags;
    /// The device's last known peer address: "192.0.2.7:5683" or "[2001:db8::7]:5683"; empty
    /// when unknown (devices stored before schema version 2 until they register again).
    std::string address;

    friend bool operator==(const DeviceRecord&, const DeviceRecord&) = default;
};

/// Adds and removes tags on several devices at once (Store::enqueueDeviceTags). `remove` is
/// applied before `add`, so a tag in both ends up set.
struct DeviceTagChange
{
    std::vector<std::string> endpoints;
    std::vector<std::string> add;
    std::vector<std::string> remove;
};

/// What a DeviceTagChange did. The writer fills it in while applying the change; read it only
/// once the change's write sequence is durable.
struct DeviceTagOutcome
{
    std::optional<Error> error;          ///< set when nothing was changed (e.g. unknown endpoints)
    std::vector<std::string> changed;    ///< endpoints whose tags changed, in request order
};

/// A DTLS pre-shared key for one endpoint. The identity is unique across endpoints.
struct Credential
{
    std::string endpoint;
    std::string pskIdentity;
    lwm2m::Bytes pskKey;

    friend bool operator==(const Credential&, const Credential&) = default;
};

/// The last known value of one resource (or resource instance) of a device.
struct CachedValue
{
    std::string endpoint;
    lwm2m::LwM2mPath path;
    lwm2m::Value value;
    std::int64_t timeMs = 0;

    friend bool operator==(const CachedValue&, const CachedValue&) = default;
};

/// One telemetry sample: a value a device reported at a time.
struct Sample
{
    std::string endpoint;
    lwm2m::LwM2mPath path;
    lwm2m::Value value;
    std::int64_t timeMs = 0;

    friend bool operator==(const Sample&, const Sample&) = default;
};

/// One entry of the event log. The store assigns `id` when the event is committed.
struct EventRecord
{
    std::int64_t id = 0;
    std::int64_t timeMs = 0;
    std::string kind;        ///< e.g. "registered", "deregistered", "update-failed"
    std::string endpoint;    ///< empty when the event concerns no single device
    std::string detailsJson; ///< a JSON object, stored as given

    friend bool operator==(const EventRecord&, const EventRecord&) = default;
};

/// How a device reached the engine for its current registration. 0 is never valid.
enum class PeerSecurity : std::uint8_t {
    Plain = 1, ///< coap://, no security
    Psk,       ///< coaps:// with a DTLS pre-shared key
};

/// A live registration, kept so that a restarted engine still reaches the device: the
/// device row holds what the inventory shows, this what the engine needs to talk to it.
struct RegistrationRecord
{
    std::string endpoint;
    std::uint32_t key = 0; ///< the engine's registration key (the /rd/<id> location)
    std::string lwm2mVersion;
    std::string binding;
    bool queueMode = false;
    std::string objectLinks;
    std::string rootPath = "/";
    std::uint16_t contentFormat = 0; ///< the format the engine talks to the device in
    std::int64_t lifetimeSec = 0;
    std::int64_t registeredAtMs = 0; ///< wall clock of the Register
    std::int64_t lastUpdateMs = 0;   ///< wall clock of the last Register or Update: the lifetime runs from it
    std::string peerHost;            ///< numeric address of the device
    std::uint16_t peerPort = 0;
    std::uint16_t localPort = 0;     ///< the engine's port the device talked to
    PeerSecurity security = PeerSecurity::Plain;
    std::string pskIdentity;         ///< of a Psk registration

    friend bool operator==(const RegistrationRecord&, const RegistrationRecord&) = default;
};

/// A change of a device's registration: its device row, its live registration (none once the
/// registration ended, which also ends its observations) and the event telling of it, written in
/// one transaction.
struct RegistrationChange
{
    DeviceRecord device;
    std::optional<RegistrationRecord> live;
    std::optional<EventRecord> event;
};

/// An observation the engine holds, kept so that notifications still reach the store after a
/// restart: the device goes on sending them with the same token.
struct ObservationRecord
{
    std::string endpoint;
    lwm2m::LwM2mPath path;
    std::vector<std::uint8_t> token;
    std::uint16_t contentFormat = 0;
    std::optional<std::int64_t> pminSec;
    std::optional<std::int64_t> pmaxSec;
    std::optional<double> greaterThan;
    std::optional<double> lessThan;
    std::optional<double> step;
    std::int64_t sinceMs = 0; ///< wall clock: when the observe request was sent

    friend bool operator==(const ObservationRecord&, const ObservationRecord&) = default;
};

/// A page request for the device list. Pages are ordered by endpoint, so paging is stable.
struct DeviceQuery
{
    std::string text; ///< case-insensitive substring of endpoint, manufacturer, model, serial or a tag
    std::optional<DeviceStatus> status;
    int limit = 50;
    int offset = 0;
    std::optional<std::string> tag{}; ///< devices carrying this tag (compared ignoring ASCII case)
};

/// One page of the device list and how many devices match the query in total.
struct DevicePage
{
    std::vector<DeviceRecord> items;
    std::int64_t total = 0;
};

enum class TimeOrder : std::uint8_t {
    OldestFirst = 1,
    NewestFirst,
};

/// Samples of one resource of one device with fromMs <= time <= toMs.
struct SampleQuery
{
    std::string endpoint;
    lwm2m::LwM2mPath path;
    std::int64_t fromMs = 0;
    std::int64_t toMs = 0;
    int limit = 1000;
    TimeOrder order = TimeOrder::OldestFirst;
};

/// The numeric samples of one resource within one time bucket [startMs, startMs + bucketMs),
/// as Store::sampleBuckets answers them. Booleans count as 0/1; strings, opaque values, links
/// and floats that are NaN or beyond ±1e300 are not counted. Of samples sharing a millisecond,
/// `first` is the one stored first and `last` the one stored last.
/// How many events of one kind fell in one time bucket (Store::eventCounts).
struct EventCount
{
    std::int64_t startMs = 0; ///< a multiple of the bucket width (buckets align to the epoch)
    std::int64_t count = 0;   ///< at least 1

    friend bool operator==(const EventCount&, const EventCount&) = default;
};

struct SampleBucket
{
    std::int64_t startMs = 0;  ///< a multiple of the bucket width (buckets align to the epoch)
    std::int64_t count = 0;    ///< numeric samples in the bucket, at least 1
    double min = 0;
    double max = 0;
    double sum = 0;
    std::int64_t firstMs = 0;  ///< time of the oldest sample in the bucket
    double first = 0;
    std::int64_t lastMs = 0;   ///< time of the newest sample in the bucket
    double last = 0;

    double mean() const { return sum / static_cast<double>(count); }

    friend bool operator==(const SampleBucket&, const SampleBucket&) = default;
};

} // namespace hangar::store
