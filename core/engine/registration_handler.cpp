#include "engine/registration_handler.h"

#include "engine/change_notifier.h"
#include "engine/clock.h"
#include "engine/content_negotiation.h"
#include "engine/credential_map.h"
#include "engine/device_info.h"
#include "engine/device_requests.h"
#include "engine/event_log.h"
#include "engine/registration.h"
#include "engine/registration_query.h"
#include "engine/registration_table.h"
#include "lwm2m/registration_links.h"
#include "store/store.h"

#include <algorithm>

namespace hangar::engine {

namespace {

constexpr std::int64_t kDefaultLifetimeSec = 86400;
constexpr std::uint16_t kLinkFormat = 40;

std::string payloadText(const coap::IncomingRequest& request)
{
    return std::string(request.payload.begin(), request.payload.end());
}

} // namespace

coap::Answer answerWith(coap::ResponseCode code, const std::string& diagnostic)
{
    coap::Answer answer;
    answer.response.code = code;
    answer.response.payload.assign(diagnostic.begin(), diagnostic.end());
    return answer;
}

RegistrationHandler::RegistrationHandler(Services services, QObject* parent)
    : QObject(parent),
      m_services(services),
      m_lifetimes([this](std::uint32_t key, std::int64_t deadline) { expire(key, deadline); },
                  [this](std::uint32_t key, std::int64_t deadline) { fallAsleep(key, deadline); })
{
}

coap::Answer RegistrationHandler::handle(const coap::IncomingRequest& request)
{
    if (request.uriPath.size() == 1) {
        if (request.method != coap::Method::Post)
            return answerWith(coap::ResponseCode::MethodNotAllowed, "register with POST /rd");
        return registerDevice(request);
    }
    if (request.uriPath.size() == 2) {
        const std::uint32_t key = registrationKeyFromId(request.uriPath[1]);
        if (request.method == coap::Method::Post)
            return update(request, key);
        if (request.method == coap::Method::Delete)
            return deregister(request, key);
        return answerWith(coap::ResponseCode::MethodNotAllowed, "update with POST, de-register with DELETE");
    }
    return answerWith(coap::ResponseCode::NotFound);
}

coap::Answer RegistrationHandler::registerDevice(const coap::IncomingRequest& request)
{
    if (m_refusal) {
        // Not an event per refusal: a fleet retrying would fill the memory the store cannot
        // empty; the store-degraded event says it once.
        coap::Answer answer = answerWith(coap::ResponseCode::ServiceUnavailable, *m_refusal);
        answer.response.maxAgeSec = kRefusedRetryAfterSec;
        return answer;
    }
    auto query = parseRegistrationQuery(request.uriQuery);
    if (!query)
        return malformed(request, "", query.error().message);
    if (!query->endpoint)
        return malformed(request, "", "Register needs the endpoint client name: add the query 'ep=<name>'");
    const std::string& endpoint = *query->endpoint;
    const std::string version = query->lwm2mVersion.value_or("1.0");
    switch (checkLwm2mVersion(version)) {
    case VersionSupport::Malformed:
        return malformed(request, endpoint, "registration query 'lwm2m=" + version + "' is not a version (1.1)");
    case VersionSupport::Unsupported:
        return refused(request, coap::ResponseCode::PreconditionFailed, endpoint,
                       "LwM2M version " + version + " is not served; register with 1.1 or 1.0");
    case VersionSupport::Supported:
        break;
    }
    if (request.contentFormat && *request.contentFormat != kLinkFormat)
        return malformed(request, endpoint, "the Register payload must be link format (content format 40)");
    auto links = lwm2m::parseRegistrationLinks(payloadText(request));
    if (!links)
        return malformed(request, endpoint, "the Register payload is not a valid object list: " + links.error().message);
    const auto session = m_services.coap.sessionInfo(request.session);
    if (auto allowed = authorize(session, endpoint); !allowed)
        return refused(request, coap::ResponseCode::Forbidden, endpoint, allowed.error().message);

    auto registration = std::make_unique<Registration>();
    registration->key = m_services.registrations.newKey();
    registration->endpoint = endpoint;
    registration->session = request.session;
    registration->lwm2mVersion = version;
    registration->binding = query->binding.value_or("U");
    registration->queueMode = query->queueMode;
    registration->objectLinks = payloadText(request);
    takePeer(*registration, *session);
    registration->rootPath = links->rootPath;
    registration->format = static_cast<std::uint16_t>(pickContentFormat(links->contentFormats));
    registration->lifetimeSec = std::max<std::int64_t>(query->lifetimeSec.value_or(kDefaultLifetimeSec),
                                                       m_services.config.minimumLifetime.count());
    registration->registeredAtMs = wallClockMs();

    // Retain the new session before releasing the old: they may be the same one.
    m_services.coap.retain(request.session);
    bool replaced = false;
    registration->infoWanted = links->object(3) != nullptr;
    if (Registration* old = m_services.registrations.byEndpoint(endpoint)) {
        registration->info = old->info;
        end(old->key);
        replaced = true;
    }
    Registration& added = m_services.registrations.add(std::move(registration));
    touch(added);
    persist(added, EventLog::compose("registered", endpoint,
                                     {{"registrationId", added.id()},
                                      {"lwm2m", added.lwm2mVersion},
                                      {"binding", added.binding},
                                      {"lifetime", std::to_string(added.lifetimeSec)},
                                      {"queueMode", added.queueMode ? "true" : "false"},
                                      {"replaced", replaced ? "true" : "false"}}));
    m_services.changes.changed(endpoint);

    coap::Answer answer = answerWith(coap::ResponseCode::Created);
    answer.response.locationPath = {"rd", added.id()};
    afterContact(added.key, added.infoWanted);
    return answer;
}

coap::Answer RegistrationHandler::update(const coap::IncomingRequest& request, std::uint32_t key)
{
    Registration* registration = m_services.registrations.byKey(key);
    if (registration == nullptr)
        return answerWith(coap::ResponseCode::NotFound, "no such registration; register again");
    auto query = parseRegistrationQuery(request.uriQuery);
    if (!query)
        return malformed(request, registration->endpoint, query.error().message);
    std::optional<lwm2m::RegistrationLinks> links;
    if (!request.payload.empty()) {
        if (request.contentFormat && *request.contentFormat != kLinkFormat)
            return malformed(request, registration->endpoint, "the Update payload must be link format (40)");
        auto parsed = lwm2m::parseRegistrationLinks(payloadText(request));
        if (!parsed)
            return malformed(request, registration->endpoint,
                             "the Update payload is not a valid object list: " + parsed.error().message);
        links = std::move(*parsed);
    }
    if (request.session != registration->session) {
        const auto session = m_services.coap.sessionInfo(request.session);
        if (auto allowed = authorize(session, registration->endpoint); !allowed)
            return refused(request, coap::ResponseCode::Forbidden, registration->endpoint, allowed.error().message);
        m_services.coap.retain(request.session);
        if (registration->session != 0)
            m_services.coap.release(registration->session);
        m_services.registrations.setSession(*registration, request.session);
        m_awaitingPeer.erase(peerKey(*registration));
        takePeer(*registration, *session);
    }
    if (query->lifetimeSec)
        registration->lifetimeSec =
            std::max<std::int64_t>(*query->lifetimeSec, m_services.config.minimumLifetime.count());
    if (query->binding) {
        registration->binding = *query->binding;
        registration->queueMode = query->queueMode;
    }
    if (links) {
        registration->infoWanted = registration->infoWanted && links->object(3) != nullptr;
        registration->objectLinks = payloadText(request);
        registration->rootPath = links->rootPath;
        registration->format = static_cast<std::uint16_t>(pickContentFormat(links->contentFormats));
    }
    touch(*registration);
    persist(*registration, EventLog::compose("updated", registration->endpoint,
                                             {{"registrationId", registration->id()},
                                              {"lifetime", std::to_string(registration->lifetimeSec)}}));
    m_services.changes.changed(registration->endpoint);
    // A device whose first /3/0 read failed (timed out in a registration storm, say) is asked
    // again while it is known to be awake, so its model and firmware do not stay unknown.
    afterContact(key, registration->infoWanted);
    return answerWith(coap::ResponseCode::Changed);
}

coap::Answer RegistrationHandler::deregister(const coap::IncomingRequest& request, std::uint32_t key)
{
    Registration* registration = m_services.registrations.byKey(key);
    if (registration == nullptr)
        return answerWith(coap::ResponseCode::NotFound, "no such registration");
    if (request.session != registration->session) {
        if (auto allowed = authorize(m_services.coap.sessionInfo(request.session), registration->endpoint);
            !allowed)
            return refused(request, coap::ResponseCode::Forbidden, registration->endpoint, allowed.error().message);
    }
    const std::unique_ptr<Registration> ended = end(key);
    persist(*ended, EventLog::compose("deregistered", ended->endpoint, {{"registrationId", ended->id()}}));
    m_services.changes.changed(ended->endpoint);
    return answerWith(coap::ResponseCode::Deleted);
}

void RegistrationHandler::expire(std::uint32_t key, std::int64_t deadlineMs)
{
    const Registration* registration = m_services.registrations.byKey(key);
    if (registration == nullptr || registration->expiresAtMs != deadlineMs)
        return;
    const std::unique_ptr<Registration> ended = end(key);
    persist(*ended, EventLog::compose("expired", ended->endpoint,
                                      {{"registrationId", ended->id()},
                                       {"lifetime", std::to_string(ended->lifetimeSec)}}));
    m_services.changes.changed(ended->endpoint);
}

void RegistrationHandler::fallAsleep(std::uint32_t key, std::int64_t deadlineMs)
{
    Registration* registration = m_services.registrations.byKey(key);
    if (registration == nullptr || !registration->queueMode || registration->sleeping ||
        registration->sleepsAtMs != deadlineMs)
        return;
    markSleeping(*registration);
}

void RegistrationHandler::markSleeping(Registration& registration)
{
    m_services.registrations.setSleeping(registration, true);
    persist(registration);
    m_services.changes.changed(registration.endpoint);
}

void RegistrationHandler::deviceSilent(const std::string& endpoint)
{
    Registration* registration = m_services.registrations.byEndpoint(endpoint);
    if (registration == nullptr || !registration->queueMode || registration->sleeping)
        return;
    markSleeping(*registration);
    m_services.events.record(
        "asleep", endpoint,
        {{"reason", "a request was not answered within the awake window it was sent in"}});
}

void RegistrationHandler::deviceSpoke(const std::string& endpoint)
{
    Registration* registration = m_services.registrations.byEndpoint(endpoint);
    if (registration == nullptr || !registration->queueMode)
        return;
    if (!registration->sleeping) {
        // Awake already: noted for the answer watch only. Rescheduling the window on every
        // notification would cost a timer entry each.
        registration->awakeSinceMs = steadyMs();
        return;
    }
    wake(*registration, steadyMs());
    persist(*registration);
    m_services.changes.changed(endpoint);
    afterContact(registration->key, false);
}

void RegistrationHandler::setAwakeWindow(const std::string& endpoint,
                                         std::optional<std::chrono::milliseconds> window)
{
    if (window)
        m_awakeWindows[endpoint] = *window;
    else
        m_awakeWindows.erase(endpoint);
    Registration* registration = m_services.registrations.byEndpoint(endpoint);
    if (registration == nullptr || !registration->queueMode || registration->sleeping)
        return;
    registration->sleepsAtMs = registration->awakeSinceMs + awakeWindow(endpoint).first.count();
    m_lifetimes.scheduleSleep(registration->key, registration->sleepsAtMs);
}

std::pair<std::chrono::milliseconds, bool>
RegistrationHandler::awakeWindow(const std::string& endpoint) const
{
    if (const auto found = m_awakeWindows.find(endpoint); found != m_awakeWindows.end())
        return {found->second, true};
    return {m_services.config.awakeWindow, false};
}

std::unique_ptr<Registration> RegistrationHandler::end(std::uint32_t key)
{
    std::unique_ptr<Registration> ended = m_services.registrations.remove(key);
    if (ended == nullptr)
        return ended;
    m_awaitingPeer.erase(peerKey(*ended));
    m_services.requests.endObservations(key);
    if (ended->session != 0)
        m_services.coap.release(ended->session);
    ended->sleeping = false;
    return ended;
}

void RegistrationHandler::touch(Registration& registration)
{
    const std::int64_t now = steadyMs();
    registration.lastSeenMs = wallClockMs();
    registration.expiresAtMs = now + registration.lifetimeSec * 1000 + m_services.config.lifetimeGrace.count();
    m_lifetimes.scheduleExpiry(registration.key, registration.expiresAtMs);
    registration.wakeIntervalMs =
        registration.awakeSinceMs > 0 ? now - registration.awakeSinceMs : 0;
    wake(registration, now);
}

void RegistrationHandler::wake(Registration& registration, std::int64_t nowMs)
{
    registration.awakeSinceMs = nowMs;
    m_services.registrations.setSleeping(registration, false);
    if (registration.queueMode) {
        registration.sleepsAtMs = nowMs + awakeWindow(registration.endpoint).first.count();
        m_lifetimes.scheduleSleep(registration.key, registration.sleepsAtMs);
    }
}

void RegistrationHandler::afterContact(std::uint32_t key, bool readInfo)
{
    // Queued, so the Register/Update answer leaves before the first request to the device.
    QMetaObject::invokeMethod(
        this,
        [this, key, readInfo] {
            const Registration* registration = m_services.registrations.byKey(key);
            if (registration == nullptr)
                return;
            m_services.requests.deviceWoke(registration->endpoint);
            if (readInfo)
                readDeviceInfo(key);
        },
        Qt::QueuedConnection);
}

void RegistrationHandler::readDeviceInfo(std::uint32_t key)
{
    Registration* registration = m_services.registrations.byKey(key);
    if (registration == nullptr || registration->infoReading)
        return;
    registration->infoReading = true;
    ReadOptions options;
    options.timeout = m_services.config.requestTimeout;
    const std::string endpoint = registration->endpoint;
    m_services.requests.read(endpoint, lwm2m::LwM2mPath(3, 0), options,
                             [this, key, endpoint](Expected<ReadResult> result) {
                                 Registration* current = m_services.registrations.byKey(key);
                                 if (current == nullptr)
                                     return;
                                 current->infoReading = false;
                                 if (!result) {
                                     m_services.events.record("request-failed", endpoint,
                                                              {{"operation", "read /3/0"},
                                                               {"error", result.error().message}});
                                     return;
                                 }
                                 current->info = deviceInfoFrom(result->values);
                                 current->infoWanted = false;
                                 persist(*current);
                                 m_services.changes.changed(endpoint);
                             });
}

void RegistrationHandler::persist(const Registration& registration, std::optional<store::EventRecord> event)
{
    const bool live = m_services.registrations.byKey(registration.key) == &registration;
    store::RegistrationChange change;
    change.device = registration.record(live ? registration.status() : store::DeviceStatus::Offline);
    if (live)
        change.live = registration.live();
    change.event = std::move(event);
    (void)m_services.store.enqueueRegistration(std::move(change));
}

void RegistrationHandler::takePeer(Registration& registration, const coap::SessionInfo& session)
{
    registration.peerHost = session.peerAddress;
    registration.peerPort = session.peerPort;
    registration.localPort = session.localPort;
    registration.security =
        session.mode == coap::SecurityMode::Psk ? store::PeerSecurity::Psk : store::PeerSecurity::Plain;
    registration.pskIdentity = session.pskIdentity.value_or("");
    if (session.peerAddress.empty()) {
        registration.address.clear();
        return;
    }
    const bool v6 = session.peerAddress.find(':') != std::string::npos;
    registration.address = (v6 ? "[" + session.peerAddress + "]" : session.peerAddress) + ":" +
                           std::to_string(session.peerPort);
}

std::string RegistrationHandler::peerKey(std::string_view host, std::uint16_t port, std::uint16_t localPort)
{
    return std::string(host) + " " + std::to_string(port) + " " + std::to_string(localPort);
}

std::string RegistrationHandler::peerKey(const Registration& registration)
{
    return peerKey(registration.peerHost, registration.peerPort, registration.localPort);
}

void RegistrationHandler::sessionGone(coap::SessionId session)
{
    if (Registration* registration = m_services.registrations.bySession(session)) {
        m_services.registrations.setSession(*registration, 0);
        if (registration->security == store::PeerSecurity::Plain)
            m_awaitingPeer[peerKey(*registration)] = registration->key;
    }
}

void RegistrationHandler::sessionAppeared(coap::SessionId session)
{
    if (m_awaitingPeer.empty())
        return;
    const auto info = m_services.coap.sessionInfo(session);
    if (!info || info->mode != coap::SecurityMode::NoSec)
        return;
    const auto awaiting = m_awaitingPeer.find(peerKey(info->peerAddress, info->peerPort, info->localPort));
    if (awaiting == m_awaitingPeer.end())
        return;
    Registration* registration = m_services.registrations.byKey(awaiting->second);
    m_awaitingPeer.erase(awaiting);
    if (registration == nullptr || registration->session != 0 || !m_services.coap.retain(session))
        return;
    m_services.registrations.setSession(*registration, session);
    afterContact(registration->key, false);
}

void RegistrationHandler::restore(std::vector<RestoredRegistration> restored)
{
    const std::int64_t wallNow = wallClockMs();
    const std::int64_t steadyNow = steadyMs();
    for (const RestoredRegistration& entry : restored) {
        std::unique_ptr<Registration> registration = registrationFrom(entry);
        const std::int64_t leftMs = registration->lastSeenMs + registration->lifetimeSec * 1000 +
                                    m_services.config.lifetimeGrace.count() - wallNow;
        if (leftMs <= 0 || m_services.registrations.byKey(registration->key) != nullptr) {
            // Its lifetime ran out while the engine was down: offline, as if it had expired then.
            persist(*registration, EventLog::compose("expired", registration->endpoint,
                                                     {{"registrationId", registration->id()},
                                                      {"lifetime", std::to_string(registration->lifetimeSec)},
                                                      {"whileStopped", "true"}}));
            m_services.changes.changed(registration->endpoint);
            continue;
        }
        Registration& added = m_services.registrations.add(std::move(registration));
        added.expiresAtMs = steadyNow + leftMs;
        m_lifetimes.scheduleExpiry(added.key, added.expiresAtMs);
        // A queue-mode device may be asleep: requests wait for it to speak, as after its
        // awake window. Others are online; a plain one is pinged when a request needs it.
        m_services.registrations.setSleeping(added, added.queueMode);
        if (added.security == store::PeerSecurity::Plain)
            m_awaitingPeer[peerKey(added)] = added.key;
        persist(added);
        m_services.changes.changed(added.endpoint);
    }
}

void RegistrationHandler::refuseRegistrations(std::optional<std::string> reason)
{
    m_refusal = std::move(reason);
}

void RegistrationHandler::drop(const std::string& endpoint)
{
    m_awakeWindows.erase(endpoint);
    if (const Registration* registration = m_services.registrations.byEndpoint(endpoint)) {
        end(registration->key);
        m_services.changes.changed(endpoint);
    }
}

std::unique_ptr<Registration> RegistrationHandler::revoke(const std::string& endpoint)
{
    const Registration* registration = m_services.registrations.byEndpoint(endpoint);
    if (registration == nullptr)
        return nullptr;
    std::unique_ptr<Registration> ended = end(registration->key);
    persist(*ended);
    m_services.changes.changed(endpoint);
    return ended;
}

Expected<void> RegistrationHandler::authorize(const std::optional<coap::SessionInfo>& info,
                                              const std::string& endpoint) const
{
    if (!info)
        return fail(ErrorCode::SecurityFailure, "the request's session is gone");
    if (info->mode == coap::SecurityMode::Psk) {
        if (!info->pskIdentity)
            return fail(ErrorCode::SecurityFailure, "the DTLS session has no PSK identity");
        const std::string* owner = m_services.credentials.endpointFor(*info->pskIdentity);
        if (owner == nullptr || *owner != endpoint)
            return fail(ErrorCode::SecurityFailure, "PSK identity '" + *info->pskIdentity +
                                                        "' may not register endpoint '" + endpoint + "'" +
                                                        (owner ? " (it belongs to '" + *owner + "')" : ""));
        return {};
    }
    if (m_services.credentials.hasCredential(endpoint))
        return fail(ErrorCode::SecurityFailure, "endpoint '" + endpoint +
                                                    "' has a PSK credential and must register over coaps");
    return {};
}

coap::Answer RegistrationHandler::malformed(const coap::IncomingRequest& request, const std::string& endpoint,
                                            const std::string& reason)
{
    std::string source = "unknown";
    std::string peer;
    if (const auto info = m_services.coap.sessionInfo(request.session)) {
        source = info->peerAddress;
        peer = info->peerAddress + ":" + std::to_string(info->peerPort);
    }
    m_services.events.recordFromPeer("malformed-request", source, endpoint,
                                     {{"reason", reason}, {"peer", peer}, {"method", coap::toString(request.method)}});
    return answerWith(coap::ResponseCode::BadRequest, reason.substr(0, 200));
}

coap::Answer RegistrationHandler::refused(const coap::IncomingRequest& request, coap::ResponseCode code,
                                          const std::string& endpoint, const std::string& reason)
{
    const auto info = m_services.coap.sessionInfo(request.session);
    m_services.events.recordFromPeer("registration-refused", info ? info->peerAddress : "unknown", endpoint,
                                     {{"reason", reason}, {"code", coap::toString(code)}});
    return answerWith(code, reason.substr(0, 200));
}

} // namespace hangar::engine
