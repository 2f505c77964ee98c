#include "engine/device_requests.h"

#include "engine/clock.h"
#include "engine/event_log.h"
#include "engine/notification_sink.h"
#include "engine/observation_table.h"
#include "engine/queue_buffer.h"
#include "engine/registration_table.h"
#include "engine/response_errors.h"
#include "lwm2m/codec.h"
#include "lwm2m/link_format.h"
#include "lwm2m/registration_links.h"

#include <QTimer>

#include <algorithm>
#include <charconv>
#include <memory>

namespace hangar::engine {

namespace {

std::unexpected<Error> failure(Error error) { return std::unexpected<Error>(std::move(error)); }

std::string describe(std::string_view operation, const lwm2m::LwM2mPath& path, const std::string& endpoint)
{
    return std::string(operation) + " " + path.toString() + " on '" + endpoint + "'";
}

/// The first bytes of an untrusted payload as hex, enough to recognise it in an event.
std::string hexPrefix(const std::vector<std::uint8_t>& payload)
{
    constexpr std::size_t kShown = 16;
    constexpr char kDigits[] = "0123456789abcdef";
    std::string hex;
    for (std::size_t i = 0; i < std::min(payload.size(), kShown); ++i) {
        hex.push_back(kDigits[payload[i] >> 4]);
        hex.push_back(kDigits[payload[i] & 0x0f]);
    }
    if (payload.size() > kShown)
        hex += "...";
    return hex;
}

std::string number(double value)
{
    char buffer[32];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof(buffer), value);
    return error == std::errc() ? std::string(buffer, end) : std::to_string(value);
}

/// True when `values` only name the instances to create, without a resource value: a Create with
/// a chosen instance id and nothing else.
bool namesOnlyEmptyInstances(const lwm2m::PathValues& values)
{
    return !values.empty() && std::ranges::all_of(values, [](const lwm2m::PathValue& entry) {
        return entry.path.isObjectInstance() && entry.value.isNone();
    });
}

/// Whether the device takes TLV: it announced it in "ct", announced no format at all (then
/// Hangar talks TLV to it already, the LwM2M 1.0 default), or announced one format the LwM2M 1.1
/// way (ct=110), which names the format it prefers, not all it reads (Wakaama's ct=110 client
/// takes TLV too). Only a list (the 1.2 form, ct="110 112") is the whole set.
bool acceptsTlv(const Registration& registration)
{
    const auto tlv = static_cast<std::uint16_t>(lwm2m::ContentFormat::Tlv);
    if (registration.format == tlv)
        return true;
    const auto links = lwm2m::parseRegistrationLinks(registration.objectLinks);
    return links && (links->contentFormats.size() <= 1 || std::ranges::find(links->contentFormats, tlv) !=
                                                              links->contentFormats.end());
}

constexpr std::int64_t kPingIntervalMs = 1000;

} // namespace

/// Shared by every callback of one observation.
struct DeviceRequests::ObserveState
{
    std::string endpoint;
    lwm2m::LwM2mPath path;
    lwm2m::ContentFormat format = lwm2m::ContentFormat::Tlv;
    std::string what;
    Done<ReadResult> done;
    bool first = true;
    coap::RequestId id = 0;
    std::uint32_t registrationKey = 0;
    NotificationAttributes attributes;
};

DeviceRequests::DeviceRequests(coap::CoapContext& coap, RegistrationTable& registrations, QueueBuffer& queue,
                               ObservationTable& observations, NotificationSink& sink, EventLog& events,
                               const lwm2m::ObjectRegistry& models)
    : m_coap(coap),
      m_registrations(registrations),
      m_observations(observations),
      m_sink(sink),
      m_events(events),
      m_models(models),
      m_queue(queue),
      m_dispatcher(registrations, queue)
{
}

void DeviceRequests::setPresenceListeners(std::chrono::milliseconds answerTimeout,
                                          RequestDispatcher::DeviceSilent silent,
                                          std::function<void(const std::string& endpoint)> spoke)
{
    m_dispatcher.setSilenceListener(answerTimeout, std::move(silent));
    m_spoke = std::move(spoke);
}

DeviceRequests::Dispatch DeviceRequests::sending(coap::Request built, std::string what)
{
    return [this, built = std::move(built), what = std::move(what)](
               coap::SessionId session, std::chrono::milliseconds timeout, Finish finish) {
        coap::Request request = built;
        request.timeout = timeout;
        sendRequest(session, std::move(request), what, std::move(finish));
    };
}

void DeviceRequests::sendRequest(coap::SessionId session, coap::Request request, std::string what, Finish finish)
{
    auto sent = m_coap.send(session, std::move(request),
                            [what, finish](Expected<coap::Response> response) {
                                finish(checkedResponse(std::move(response), what));
                            });
    if (!sent)
        finish(fail(sent.error().code, what + " could not be sent: " + sent.error().message));
}

coap::Request DeviceRequests::request(const std::string& endpoint, coap::Method method,
                                      const lwm2m::LwM2mPath& path) const
{
    coap::Request built;
    built.method = method;
    if (const Registration* registration = m_registrations.byEndpoint(endpoint)) {
        std::string_view root = registration->rootPath;
        while (!root.empty()) {
            const std::size_t slash = root.find('/');
            const std::string_view segment = root.substr(0, slash);
            if (!segment.empty())
                built.uriPath.emplace_back(segment);
            root = slash == std::string_view::npos ? std::string_view() : root.substr(slash + 1);
        }
    }
    for (int level = 0; level < path.depth(); ++level)
        built.uriPath.push_back(std::to_string(path.id(level)));
    return built;
}

lwm2m::ContentFormat DeviceRequests::formatFor(const std::string& endpoint,
                                               std::optional<lwm2m::ContentFormat> asked) const
{
    if (asked)
        return *asked;
    if (const Registration* registration = m_registrations.byEndpoint(endpoint))
        return static_cast<lwm2m::ContentFormat>(registration->format);
    return lwm2m::ContentFormat::Tlv;
}

void DeviceRequests::reportMalformed(const std::string& endpoint, const lwm2m::LwM2mPath& path,
                                     std::string_view operation, const coap::Response& response,
                                     const std::string& reason)
{
    const std::string format = response.contentFormat ? std::to_string(*response.contentFormat) : "none";
    const std::string size = std::to_string(response.payload.size());
    const std::string prefix = hexPrefix(response.payload);
    const std::string pathText = path.toString();
    const auto details = {EventLog::Detail{"operation", operation},  EventLog::Detail{"path", pathText},
                          EventLog::Detail{"contentFormat", format}, EventLog::Detail{"bytes", size},
                          EventLog::Detail{"prefix", prefix},
                          EventLog::Detail{"reason", std::string_view(reason).substr(0, 200)}};
    // Answers come one per request the engine sent, so each is worth its own event;
    // notifications arrive unasked, as fast as a device cares to send them.
    if (operation != "notification") {
        m_events.record("malformed-payload", endpoint, details);
        return;
    }
    std::string source = "unknown";
    if (const Registration* registration = m_registrations.byEndpoint(endpoint))
        if (const auto info = m_coap.sessionInfo(registration->session))
            source = info->peerAddress;
    m_events.recordFromPeer("malformed-payload", source, endpoint, details);
}

Expected<lwm2m::PathValues> DeviceRequests::decodeAnswer(const coap::Response& response, lwm2m::ContentFormat asked,
                                                         const std::string& endpoint, const lwm2m::LwM2mPath& path,
                                                         const std::string& what)
{
    const std::string_view operation = std::string_view(what).substr(0, what.find(' '));
    lwm2m::ContentFormat format = asked;
    if (response.contentFormat) {
        const auto known = lwm2m::contentFormatFromNumber(*response.contentFormat);
        if (!known) {
            reportMalformed(endpoint, path, operation, response, "unknown content format");
            return fail(ErrorCode::Unsupported, what + ": the device answered in content format " +
                                                    std::to_string(*response.contentFormat) +
                                                    ", which Hangar cannot decode; ask for another format");
        }
        format = *known;
    }
    auto values = lwm2m::decode(format, response.payload, path, m_models);
    if (!values) {
        reportMalformed(endpoint, path, operation, response, values.error().message);
        // Whatever the codec's reason, the device sent something unusable: one code for callers.
        return fail(ErrorCode::MalformedInput, what + ": the device's " +
                                                   std::string(lwm2m::contentFormatName(format)) +
                                                   " answer does not decode: " + values.error().message);
    }
    return values;
}

void DeviceRequests::read(const std::string& endpoint, const lwm2m::LwM2mPath& path, const ReadOptions& options,
                          Done<ReadResult> done)
{
    const lwm2m::ContentFormat format = formatFor(endpoint, options.format);
    coap::Request built = request(endpoint, coap::Method::Get, path);
    built.accept = static_cast<std::uint16_t>(format);
    const std::string what = describe("read", path, endpoint);
    Finish finish = [this, endpoint, path, format, what, done](Expected<coap::Response> response) {
        if (!response)
            return done(failure(response.error()));
        auto values = decodeAnswer(*response, format, endpoint, path, what);
        if (!values)
            return done(failure(values.error()));
        ReadResult result;
        result.format = response->contentFormat
                            ? lwm2m::contentFormatFromNumber(*response->contentFormat).value_or(format)
                            : format;
        result.values = std::move(*values);
        result.timeMs = wallClockMs();
        m_sink.add(endpoint, result.values, result.timeMs, false);
        done(std::move(result));
    };
    submit(endpoint, what, options.timeout, sending(std::move(built), what),
                        std::move(finish));
}

void DeviceRequests::write(const std::string& endpoint, const lwm2m::LwM2mPath& path,
                           const lwm2m::PathValues& values, const WriteOptions& options, Done<void> done)
{
    const lwm2m::ContentFormat format = formatFor(endpoint, options.format);
    const std::string what = describe(options.partialUpdate ? "partial update of" : "write", path, endpoint);
    auto payload = lwm2m::encode(format, path, values, m_models);
    if (!payload)
        return done(fail(payload.error().code, what + ": the values cannot be sent as " +
                                                   std::string(lwm2m::contentFormatName(format)) + ": " +
                                                   payload.error().message));
    coap::Request built = request(endpoint, options.partialUpdate ? coap::Method::Post : coap::Method::Put, path);
    built.contentFormat = static_cast<std::uint16_t>(format);
    built.payload = std::move(*payload);
    sendExpectingSuccess(endpoint, std::move(built), what, options.timeout, std::move(done));
}

void DeviceRequests::sendExpectingSuccess(const std::string& endpoint, coap::Request built,
                                          const std::string& what, std::chrono::milliseconds timeout,
                                          Done<void> done)
{
    Finish finish = [done = std::move(done)](Expected<coap::Response> response) {
        if (!response)
            return done(failure(response.error()));
        done({});
    };
    submit(endpoint, what, timeout, sending(std::move(built), what),
                        std::move(finish));
}

void DeviceRequests::execute(const std::string& endpoint, const lwm2m::LwM2mPath& path,
                             const std::string& arguments, std::chrono::milliseconds timeout, Done<void> done)
{
    const std::string what = describe("execute", path, endpoint);
    if (!path.isResource())
        return done(fail(ErrorCode::InvalidArgument, what + ": only a resource (/object/instance/resource) "
                                                            "can be executed"));
    coap::Request built = request(endpoint, coap::Method::Post, path);
    built.payload.assign(arguments.begin(), arguments.end());
    sendExpectingSuccess(endpoint, std::move(built), what, timeout, std::move(done));
}

void DeviceRequests::discover(const std::string& endpoint, const lwm2m::LwM2mPath& path,
                              std::chrono::milliseconds timeout, Done<std::string> done)
{
    const std::string what = describe("discover", path, endpoint);
    coap::Request built = request(endpoint, coap::Method::Get, path);
    built.accept = static_cast<std::uint16_t>(lwm2m::ContentFormat::LinkFormat);
    Finish finish = [this, endpoint, path, what, done](Expected<coap::Response> response) {
        if (!response)
            return done(failure(response.error()));
        const auto linkFormat = static_cast<std::uint16_t>(lwm2m::ContentFormat::LinkFormat);
        if (response->contentFormat && *response->contentFormat != linkFormat) {
            reportMalformed(endpoint, path, "discover", *response, "not link format");
            return done(fail(ErrorCode::Unsupported, what + ": the device answered in content format " +
                                                         std::to_string(*response->contentFormat) +
                                                         " instead of link format (40)"));
        }
        std::string links(response->payload.begin(), response->payload.end());
        if (auto parsed = lwm2m::parseLinkFormat(links); !parsed) {
            reportMalformed(endpoint, path, "discover", *response, parsed.error().message);
            return done(fail(ErrorCode::MalformedInput,
                             what + ": the device's link-format answer does not parse: " + parsed.error().message));
        }
        done(std::move(links));
    };
    submit(endpoint, what, timeout, sending(std::move(built), what),
                        std::move(finish));
}

void DeviceRequests::create(const std::string& endpoint, const lwm2m::LwM2mPath& objectPath,
                            const lwm2m::PathValues& values, std::chrono::milliseconds timeout,
                            Done<lwm2m::LwM2mPath> done)
{
    const std::string what = describe("create in", objectPath, endpoint);
    if (!objectPath.isObject())
        return done(fail(ErrorCode::InvalidArgument, what + ": instances are created in an object path (/3303)"));
    lwm2m::ContentFormat format = formatFor(endpoint, std::nullopt);
    if (format != lwm2m::ContentFormat::Tlv && namesOnlyEmptyInstances(values)) {
        // SenML and LwM2M JSON have no record for an instance without resources; TLV has the
        // empty Object Instance (LwM2M 1.1 §7.4.3), so a chosen id with no values goes as TLV.
        const Registration* registration = m_registrations.byEndpoint(endpoint);
        if (registration != nullptr && !acceptsTlv(*registration))
            return done(fail(ErrorCode::Unsupported,
                             what + ": an instance without values can only be sent as TLV, which the device "
                                    "did not announce; give the instance a resource value or let the device "
                                    "choose its id"));
        format = lwm2m::ContentFormat::Tlv;
    }
    auto payload = lwm2m::encode(format, objectPath, values, m_models);
    if (!payload)
        return done(fail(payload.error().code, what + ": the values cannot be sent as " +
                                                   std::string(lwm2m::contentFormatName(format)) + ": " +
                                                   payload.error().message));
    coap::Request built = request(endpoint, coap::Method::Post, objectPath);
    built.contentFormat = static_cast<std::uint16_t>(format);
    built.payload = std::move(*payload);
    std::optional<lwm2m::LwM2mPath> given;
    if (!values.empty() && values.front().path.depth() >= 2)
        given = values.front().path.truncated(2);
    Finish finish = [done, objectPath, given, what](Expected<coap::Response> response) {
        if (!response)
            return done(failure(response.error()));
        const auto& location = response->locationPath;
        if (location.size() >= 2) {
            auto created = lwm2m::LwM2mPath::parse(location[location.size() - 2] + "/" + location.back());
            if (created && created->objectId() == objectPath.objectId())
                return done(*created);
        }
        if (given)
            return done(*given);
        done(fail(ErrorCode::IoFailure, what + ": the device created an instance but did not say which "
                                               "(no Location-Path); read the object to find it"));
    };
    submit(endpoint, what, timeout, sending(std::move(built), what),
                        std::move(finish));
}

void DeviceRequests::remove(const std::string& endpoint, const lwm2m::LwM2mPath& path,
                            std::chrono::milliseconds timeout, Done<void> done)
{
    const std::string what = describe("delete", path, endpoint);
    coap::Request built = request(endpoint, coap::Method::Delete, path);
    sendExpectingSuccess(endpoint, std::move(built), what, timeout, std::move(done));
}

void DeviceRequests::writeAttributes(const std::string& endpoint, const lwm2m::LwM2mPath& path,
                                     const NotificationAttributes& attributes, std::chrono::milliseconds timeout,
                                     Done<void> done)
{
    const std::string what = describe("write-attributes", path, endpoint);
    if (attributes.empty())
        return done(fail(ErrorCode::InvalidArgument, what + ": give at least one of pmin, pmax, gt, lt, st"));
    if ((attributes.pminSec && *attributes.pminSec < 0) || (attributes.pmaxSec && *attributes.pmaxSec < 0) ||
        (attributes.step && *attributes.step < 0))
        return done(fail(ErrorCode::InvalidArgument, what + ": pmin, pmax and st must not be negative"));
    coap::Request built = request(endpoint, coap::Method::Put, path);
    if (attributes.pminSec)
        built.uriQuery.push_back("pmin=" + std::to_string(*attributes.pminSec));
    if (attributes.pmaxSec)
        built.uriQuery.push_back("pmax=" + std::to_string(*attributes.pmaxSec));
    if (attributes.greaterThan)
        built.uriQuery.push_back("gt=" + number(*attributes.greaterThan));
    if (attributes.lessThan)
        built.uriQuery.push_back("lt=" + number(*attributes.lessThan));
    if (attributes.step)
        built.uriQuery.push_back("st=" + number(*attributes.step));
    // Kept with an observation of the path, so Engine::observations shows what was asked.
    Done<void> recorded = [this, endpoint, path, attributes, done = std::move(done)](Expected<void> written) {
        if (const Registration* registration = m_registrations.byEndpoint(endpoint); written && registration)
            m_observations.attributesWritten(registration->key, path, attributes);
        done(std::move(written));
    };
    sendExpectingSuccess(endpoint, std::move(built), what, timeout, std::move(recorded));
}

void DeviceRequests::observe(const std::string& endpoint, const lwm2m::LwM2mPath& path,
                             std::optional<lwm2m::ContentFormat> format, std::chrono::milliseconds timeout,
                             Done<ReadResult> done, const NotificationAttributes& attributes)
{
    auto state = std::make_shared<ObserveState>();
    state->endpoint = endpoint;
    state->attributes = attributes;
    state->path = path;
    state->format = formatFor(endpoint, format);
    state->what = describe("observe", path, endpoint);
    state->done = std::move(done);
    coap::Request built = request(endpoint, coap::Method::Get, path);
    built.accept = static_cast<std::uint16_t>(state->format);

    // The first answer (or the failure to get one) ends the request: the dispatcher sees it.
    Finish first = [this, state](Expected<coap::Response> response) {
        auto checked = checkedResponse(std::move(response), state->what);
        if (!checked) {
            m_observations.forget(state->registrationKey, state->path, state->id);
            return state->done(failure(checked.error()));
        }
        auto values =
            decodeAnswer(*checked, state->format, state->endpoint, state->path, state->what);
        if (!values) {
            m_observations.forget(state->registrationKey, state->path, state->id);
            m_coap.cancelObservation(state->id, true);
            return state->done(failure(values.error()));
        }
        const std::int64_t now = wallClockMs();
        ReadResult result;
        result.format = state->format;
        if (checked->contentFormat)
            result.format =
                lwm2m::contentFormatFromNumber(*checked->contentFormat).value_or(state->format);
        result.values = *values;
        result.timeMs = now;
        state->done(std::move(result));
        m_observations.notified(state->registrationKey, state->path, state->id, now);
        m_sink.add(state->endpoint, *values, now, true);
    };
    Dispatch dispatch = [this, built, state](coap::SessionId session, std::chrono::milliseconds answerWithin,
                                             Finish finish) {
        state->first = true;
        auto onNotification = [this, state, finish](Expected<coap::Response> response) {
            if (std::exchange(state->first, false)) {
                if (!response) // a retry (device asleep) starts a new observation
                    m_observations.forget(state->registrationKey, state->path, state->id);
                return finish(std::move(response));
            }
            notified(*state, std::move(response));
        };
        const Registration* registration = m_registrations.bySession(session);
        if (registration == nullptr)
            registration = m_registrations.byEndpoint(state->endpoint);
        coap::Request sent = built;
        sent.timeout = answerWithin;
        auto started = m_coap.observe(session, std::move(sent), onNotification);
        if (!started)
            return finish(fail(started.error().code,
                               state->what + " could not be sent: " + started.error().message));
        state->id = *started;
        state->registrationKey = registration != nullptr ? registration->key : 0;
        if (auto previous = m_observations.put(state->registrationKey, state->endpoint, state->path,
                                               *started, state->attributes, wallClockMs(),
                                               static_cast<std::uint16_t>(state->format)))
            m_coap.cancelObservation(*previous, false);
    };
    submit(endpoint, state->what, timeout, std::move(dispatch), std::move(first));
}

void DeviceRequests::submit(const std::string& endpoint, std::string what, std::chrono::milliseconds timeout,
                            Dispatch dispatch, Finish finish)
{
    if (Registration* registration = m_registrations.byEndpoint(endpoint);
        registration != nullptr && !registration->sleeping && registration->session == 0)
        reach(*registration);
    m_dispatcher.submit(endpoint, std::move(what), timeout, std::move(dispatch), std::move(finish));
}

void DeviceRequests::reach(Registration& registration)
{
    if (registration.security != store::PeerSecurity::Plain || registration.peerPort == 0)
        return; // a DTLS session cannot be opened from this side: the device comes back by itself
    const std::int64_t now = steadyMs();
    if (registration.pingedAtMs != 0 && now - registration.pingedAtMs < kPingIntervalMs)
        return;
    registration.pingedAtMs = now;
    (void)m_coap.ping(registration.peerHost, registration.peerPort, registration.localPort);
    // A ping or its Reset can be lost like any datagram: again while requests still wait.
    QTimer::singleShot(std::chrono::milliseconds(kPingIntervalMs), &m_coap, [this, endpoint = registration.endpoint] {
        Registration* waiting = m_registrations.byEndpoint(endpoint);
        if (waiting != nullptr && waiting->session == 0 && !waiting->sleeping && m_queue.waiting(endpoint) > 0)
            reach(*waiting);
    });
}

void DeviceRequests::resumeObservation(const Registration& registration, const store::ObservationRecord& stored)
{
    auto state = std::make_shared<ObserveState>();
    state->endpoint = registration.endpoint;
    state->path = stored.path;
    state->format = lwm2m::contentFormatFromNumber(stored.contentFormat).value_or(lwm2m::ContentFormat::Tlv);
    state->what = describe("observe", stored.path, registration.endpoint);
    state->done = [](Expected<ReadResult>) {}; // nobody waits: the first value came before the restart
    state->first = false;
    state->registrationKey = registration.key;
    state->attributes = NotificationAttributes{stored.pminSec, stored.pmaxSec, stored.greaterThan, stored.lessThan,
                                               stored.step};
    auto resumed = m_coap.resumeObservation(
        registration.peerHost, registration.peerPort, registration.localPort, stored.token,
        [this, state](Expected<coap::Response> response) { notified(*state, std::move(response)); });
    if (!resumed) {
        m_events.record("observation-lost", registration.endpoint,
                        {{"path", stored.path.toString()}, {"reason", resumed.error().message}});
        return;
    }
    state->id = *resumed;
    m_observations.put(registration.key, registration.endpoint, stored.path, *resumed, state->attributes,
                       stored.sinceMs, stored.contentFormat);
}

void DeviceRequests::notified(ObserveState& state, Expected<coap::Response> response)
{
    auto checked = checkedResponse(std::move(response), state.what);
    if (!checked) {
        m_observations.forget(state.registrationKey, state.path, state.id);
        return;
    }
    if (const Registration* registration = m_registrations.byKey(state.registrationKey);
        m_spoke && registration != nullptr && registration->queueMode)
        m_spoke(state.endpoint);
    auto values = decodeAnswer(*checked, state.format, state.endpoint, state.path,
                               "notification of " + state.what);
    if (!values)
        return;
    const std::int64_t now = wallClockMs();
    m_observations.notified(state.registrationKey, state.path, state.id, now);
    m_sink.add(state.endpoint, *values, now, true);
}

void DeviceRequests::cancelObservation(const std::string& endpoint, const lwm2m::LwM2mPath& path, Done<void> done)
{
    const Registration* registration = m_registrations.byEndpoint(endpoint);
    if (registration == nullptr)
        return done(fail(ErrorCode::NotFound, "device '" + endpoint + "' is not registered"));
    const auto observation = m_observations.take(registration->key, path);
    if (!observation)
        return done(fail(ErrorCode::NotFound, "there is no observation of " + path.toString() + " on '" +
                                                  endpoint + "'"));
    // A sleeping device cannot take the cancel now; its next notification is answered with RST.
    m_coap.cancelObservation(*observation, !registration->sleeping && registration->session != 0);
    done({});
}

void DeviceRequests::deviceWoke(const std::string& endpoint)
{
    m_dispatcher.deviceWoke(endpoint);
}

void DeviceRequests::endObservations(std::uint32_t registrationKey)
{
    for (const coap::RequestId observation : m_observations.takeAll(registrationKey))
        m_coap.cancelObservation(observation, false);
}

} // namespace hangar::engine
