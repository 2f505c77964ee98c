#pragma once

#include "coap/coap_context.h"
#include "engine/device_request_types.h"
#include "engine/request_dispatcher.h"
#include "lwm2m/object_registry.h"
#include "store/store_records.h"

#include <chrono>
#include <string>

namespace hangar::engine {

class EventLog;
class NotificationSink;
class ObservationTable;
class QueueBuffer;
class RegistrationTable;
struct Registration;

/// Device management and observe requests toward registered devices (LwM2M 1.1 §6.3, §6.4).
/// Picks the device's content format unless the caller asks for one, sends at once to an awake
/// device and queues for a sleeping one, maps the answer onto the facade's errors, and feeds
/// every value it receives to the value cache (observations also to telemetry). An answer or
/// notification that does not decode is refused (MalformedInput; Unsupported for a content format
/// Hangar does not know), logged as a "malformed-payload" event and never reaches the cache.
/// Engine thread only; every `done` is called exactly once, on the engine thread.
class DeviceRequests
{
public:
    DeviceRequests(coap::CoapContext& coap, RegistrationTable& registrations, QueueBuffer& queue,
                   ObservationTable& observations, NotificationSink& sink, EventLog& events,
                   const lwm2m::ObjectRegistry& models);

    void read(const std::string& endpoint, const lwm2m::LwM2mPath& path, const ReadOptions& options,
              Done<ReadResult> done);
    void write(const std::string& endpoint, const lwm2m::LwM2mPath& path, const lwm2m::PathValues& values,
               const WriteOptions& options, Done<void> done);
    void execute(const std::string& endpoint, const lwm2m::LwM2mPath& path, const std::string& arguments,
                 std::chrono::milliseconds timeout, Done<void> done);
    void discover(const std::string& endpoint, const lwm2m::LwM2mPath& path, std::chrono::milliseconds timeout,
                  Done<std::string> done);
    void create(const std::string& endpoint, const lwm2m::LwM2mPath& objectPath, const lwm2m::PathValues& values,
                std::chrono::milliseconds timeout, Done<lwm2m::LwM2mPath> done);
    void remove(const std::string& endpoint, const lwm2m::LwM2mPath& path, std::chrono::milliseconds timeout,
                Done<void> done);
    void writeAttributes(const std::string& endpoint, const lwm2m::LwM2mPath& path,
                         const NotificationAttributes& attributes, std::chrono::milliseconds timeout,
                         Done<void> done);
    /// `attributes` are only recorded with the observation (write them first).
    void observe(const std::string& endpoint, const lwm2m::LwM2mPath& path,
                 std::optional<lwm2m::ContentFormat> format, std::chrono::milliseconds timeout,
                 Done<ReadResult> done, const NotificationAttributes& attributes = {});
    void cancelObservation(const std::string& endpoint, const lwm2m::LwM2mPath& path, Done<void> done);

    /// Takes back an observation a previous run started on the restored `registration`: its
    /// notifications go to the value cache and telemetry again, whichever session brings them.
    void resumeObservation(const Registration& registration, const store::ObservationRecord& stored);

    /// Sends the requests that waited for the device (call after its Register/Update answer).
    void deviceWoke(const std::string& endpoint);
    /// `silent` is told about queue-mode devices that left a request unanswered for
    /// `answerTimeout` or never acknowledged it (they are asleep); `spoke` about devices that
    /// sent a notification (they are awake).
    void setPresenceListeners(std::chrono::milliseconds answerTimeout,
                              RequestDispatcher::DeviceSilent silent,
                              std::function<void(const std::string& endpoint)> spoke);
    /// Ends the observations of a registration that ended or was replaced.
    void endObservations(std::uint32_t registrationKey);

private:
    using Finish = RequestDispatcher::Finish;
    using Dispatch = RequestDispatcher::Dispatch;
    struct ObserveState;

    /// Hands the request to the dispatcher; a live plain device without a session is reached first.
    void submit(const std::string& endpoint, std::string what, std::chrono::milliseconds timeout, Dispatch dispatch,
                Finish finish);
    /// A live registration without a session: a plain device is pinged (at most once a
    /// second while requests wait) so that its answer opens a session they then go out on.
    void reach(Registration& registration);
    /// A notification (not the first answer) of an observation.
    void notified(ObserveState& state, Expected<coap::Response> response);

    void sendRequest(coap::SessionId session, coap::Request request, std::string what,
                     Finish finish);
    /// A dispatch that sends `built` (with the dispatcher's timeout) and checks the answer's code.
    Dispatch sending(coap::Request built, std::string what);
    /// Sends (or queues) `built` and reports only whether the device answered with success.
    void sendExpectingSuccess(const std::string& endpoint, coap::Request built, const std::string& what,
                              std::chrono::milliseconds timeout, Done<void> done);
    /// The request's Uri-Path: the device's root path followed by the LwM2M path.
    coap::Request request(const std::string& endpoint, coap::Method method, const lwm2m::LwM2mPath& path) const;
    lwm2m::ContentFormat formatFor(const std::string& endpoint, std::optional<lwm2m::ContentFormat> asked) const;
    /// Decodes a device's answer; a failure is also recorded as a "malformed-payload" event.
    Expected<lwm2m::PathValues> decodeAnswer(const coap::Response& response, lwm2m::ContentFormat asked,
                                             const std::string& endpoint, const lwm2m::LwM2mPath& path,
                                             const std::string& what);
    void reportMalformed(const std::string& endpoint, const lwm2m::LwM2mPath& path, std::string_view operation,
                         const coap::Response& response, const std::string& reason);

    coap::CoapContext& m_coap;
    RegistrationTable& m_registrations;
    ObservationTable& m_observations;
    NotificationSink& m_sink;
    EventLog& m_events;
    const lwm2m::ObjectRegistry& m_models;
    QueueBuffer& m_queue;
    RequestDispatcher m_dispatcher;
    std::function<void(const std::string& endpoint)> m_spoke;
};

} // namespace hangar::engine
