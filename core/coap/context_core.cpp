#include "coap/context_core.h"

#include "coap/event_pump.h"
#include "coap/socket_tools.h"
#include "common/secure_random.h"

#include <QLoggingCategory>

#include <algorithm>
#include <array>
#include <mutex>

namespace hangar::coap {

Q_LOGGING_CATEGORY(lcLibcoap, "hangar.coap.libcoap", QtWarningMsg)

using detail::SessionRecord;
using detail::Token;
using detail::TokenKey;

namespace {

void logToQt(coap_log_t level, const char* message)
{
    QByteArray text(message);
    while (text.endsWith('\n'))
        text.chop(1);
    // libcoap reports every RST at alert level; for a server of many devices they are routine.
    if (text.startsWith("got RST"))
        qCDebug(lcLibcoap) << text.constData();
    else if (level <= LOG_ERR)
        qCWarning(lcLibcoap) << text.constData();
    else if (level <= LOG_NOTICE)
        qCInfo(lcLibcoap) << text.constData();
    else
        qCDebug(lcLibcoap) << text.constData();
}

void startLibcoapOnce()
{
    static std::once_flag once;
    std::call_once(once, [] {
        coap_startup();
        coap_set_log_handler(logToQt);
        coap_set_log_level(LOG_WARNING);
        coap_dtls_set_log_level(LOG_WARNING);
    });
}

// libcoap 4.3.1 ignores ACK timeouts below one second.
coap_fixed_point_t fixedPoint(std::chrono::milliseconds value)
{
    const auto ms = std::max<std::int64_t>(value.count(), 1000);
    return {static_cast<uint16_t>(ms / 1000), static_cast<uint16_t>(ms % 1000)};
}

} // namespace

ContextCore::ContextCore(CoapContext& owner, ContextOptions options)
    : m_owner(owner),
      m_options(options),
      m_duplicates(detail::DuplicateLimits{options.duplicateWindow, options.duplicateCacheEntries,
                                           options.duplicateCacheBytes}),
      m_block1Guard(options.duplicateWindow)
{
    startLibcoapOnce();
    m_options.mtu = std::min(m_options.mtu, 1400u);
    m_context = coap_new_context(nullptr);
    coap_set_app_data(m_context, this);
    // Must precede every session: libcoap copies the mode into each session at creation.
    coap_context_set_block_mode(m_context, COAP_BLOCK_USE_LIBCOAP | COAP_BLOCK_SINGLE_BODY);
    coap_context_set_max_handshake_sessions(m_context, m_options.maxHandshakeSessions);
    coap_context_set_session_timeout(m_context,
                                     static_cast<unsigned>(std::max<std::int64_t>(m_options.sessionIdleTimeout.count(), 1)));
    coap_register_event_handler(m_context, &ContextCore::onEvent);
    coap_register_nack_handler(m_context, &ContextCore::onNack);
    coap_register_response_handler(m_context, &ContextCore::onResponse);

    // One handler for every path: LwM2M paths are dynamic (/rd/<id>, /3/0/1...).
    coap_resource_t* any = coap_resource_unknown_init2(&ContextCore::onRequest, 0);
    for (const auto method : {COAP_REQUEST_GET, COAP_REQUEST_POST, COAP_REQUEST_DELETE,
                              COAP_REQUEST_FETCH, COAP_REQUEST_PATCH, COAP_REQUEST_IPATCH})
        coap_register_request_handler(any, method, &ContextCore::onRequest);
    coap_add_resource(m_context, any);

    m_pump = new EventPump(
        m_context, [this](const std::function<void()>& work) { inLibcoap(work); }, &m_owner);
    m_deadlineTimer = new QTimer(&m_owner);
    m_deadlineTimer->setSingleShot(true);
    QObject::connect(m_deadlineTimer, &QTimer::timeout, &m_owner, [this] { onDeadline(); });
}

ContextCore::~ContextCore()
{
    delete m_pump;
    delete m_deadlineTimer;
    coap_set_app_data(m_context, nullptr);
    for (auto& [id, record] : m_sessions) {
        coap_session_t* session = record->session;
        coap_session_set_app_data(session, nullptr);
        // Our references would keep libcoap from freeing the sessions with the context.
        if (record->retainCount > 0)
            coap_session_release(session);
        if (record->role == SessionRole::Client)
            coap_session_release(session);
    }
    m_sessions.clear();
    coap_free_context(m_context);
}

ContextCore* ContextCore::coreOf(const coap_session_t* session)
{
    return static_cast<ContextCore*>(coap_get_app_data(coap_session_get_context(session)));
}

SessionRecord* ContextCore::recordOf(const coap_session_t* session) const
{
    return static_cast<SessionRecord*>(coap_session_get_app_data(session));
}

SessionRecord* ContextCore::record(SessionId id) const
{
    const auto found = m_sessions.find(id);
    return found == m_sessions.end() ? nullptr : found->second.get();
}

SessionRecord& ContextCore::adopt(coap_session_t* session, SessionRole role, SecurityMode mode)
{
    auto owned = std::make_unique<SessionRecord>();
    owned->id = m_nextSessionId++;
    owned->session = session;
    owned->role = role;
    owned->mode = mode;
    SessionRecord& result = *owned;
    coap_session_set_app_data(session, &result);
    m_sessions.emplace(result.id, std::move(owned));
    configureSession(session);
    return result;
}

void ContextCore::configureSession(coap_session_t* session)
{
    coap_session_set_ack_timeout(session, fixedPoint(m_options.ackTimeout));
    coap_session_set_max_retransmit(session, m_options.maxRetransmit);
    // libcoap would send an Observe cancel for each observation when the session is freed, so
    // a shutdown would end every observation a restarted engine means to resume. Observations
    // end through cancelObservation() only.
    coap_session_set_no_observe_cancel(session);
    if (m_options.mtu != 1152)
        coap_session_set_mtu(session, m_options.mtu);
    // Every session's token counter starts at 0 (TRAPS 3). A seed from the CSPRNG keeps tokens
    // distinct across sessions and unguessable to an off-path attacker forging responses or
    // notifications; a seeded PRNG would give its state away after a few hundred sessions.
    std::array<std::uint8_t, 8> seed{};
    fillSecureRandom(seed);
    coap_session_init_token(session, seed.size(), seed.data());
}

Expected<SessionId> ContextCore::connect(const ConnectOptions& options)
{
    const bool secure = options.mode == SecurityMode::Psk;
    if (options.mode == SecurityMode::X509)
        return fail(ErrorCode::Unsupported, "X.509 client sessions are not implemented yet; use PSK");
    if (secure && (options.pskIdentity.empty() || options.pskKey.empty()))
        return fail(ErrorCode::InvalidArgument, "a PSK session needs an identity and a key");
    const std::uint16_t port = options.port != 0 ? options.port : (secure ? 5684 : 5683);
    auto server = detail::parseAddress(options.host, port);
    if (!server)
        return std::unexpected(server.error());
    std::optional<coap_address_t> local;
    if (!options.localAddress.empty() || options.localPort != 0) {
        const bool v6 = server->addr.sa.sa_family == AF_INET6;
        auto parsed = detail::parseAddress(
            options.localAddress.empty() ? (v6 ? "::" : "0.0.0.0") : options.localAddress, options.localPort);
        if (!parsed)
            return std::unexpected(parsed.error());
        local = *parsed;
    }
    coap_session_t* session = nullptr;
    inLibcoap([&] {
        const coap_address_t* localAddress = local ? &*local : nullptr;
        if (!secure) {
            session = coap_new_client_session(m_context, localAddress, &*server, COAP_PROTO_UDP);
            return;
        }
        coap_dtls_cpsk_t setup{};
        setup.version = COAP_DTLS_CPSK_SETUP_VERSION;
        setup.psk_info.identity.s = reinterpret_cast<const std::uint8_t*>(options.pskIdentity.data());
        setup.psk_info.identity.length = options.pskIdentity.size();
        setup.psk_info.key.s = options.pskKey.data();
        setup.psk_info.key.length = options.pskKey.size();
        session = coap_new_client_session_psk2(m_context, localAddress, &*server, COAP_PROTO_DTLS, &setup);
    });
    const std::string target = options.host + ":" + std::to_string(port);
    if (session == nullptr)
        return fail(ErrorCode::IoFailure, "cannot open a CoAP session to " + target +
                                              " (local port busy, or a session to it already exists "
                                              "from that port); close the old session or pick another port");
    auto& created = adopt(session, SessionRole::Client, options.mode);
    m_pump->requestSweep(); // the DTLS handshake's retransmission timer is armed by a walk
    return created.id;
}

void ContextCore::close(SessionId id)
{
    SessionRecord* found = record(id);
    if (found == nullptr)
        return;
    if (m_depth > 0) {
        // libcoap may be using this session right now: finish once it returned.
        found->dropScheduled = true;
        defer([this, id] { close(id); });
        return;
    }
    dropNow(id);
}

void ContextCore::scheduleDrop(SessionRecord& record)
{
    if (record.dropScheduled)
        return;
    record.dropScheduled = true;
    const SessionId id = record.id;
    defer([this, id] { dropNow(id); });
}

void ContextCore::dropNow(SessionId id)
{
    SessionRecord* found = record(id);
    if (found == nullptr)
        return;
    coap_session_t* session = found->session;
    const bool held = found->retainCount > 0;
    const SessionRole role = found->role;
    forget(*found);
    inLibcoap([&] {
        if (role == SessionRole::Client) {
            coap_session_release(session);
            return;
        }
        // A server session is freed only when idle; turning it into a client session lets the
        // release free it now, so the device's next ClientHello creates a fresh session.
        if (coap_session_get_type(session) == COAP_SESSION_TYPE_SERVER && coap_session_set_type_client(session)) {
            if (held)
                coap_session_release(session);
            coap_session_release(session);
        } else if (held) {
            coap_session_release(session);
        }
    });
}

void ContextCore::forget(SessionRecord& record)
{
    const auto found = m_sessions.find(record.id);
    if (found == m_sessions.end())
        return;
    std::unique_ptr<SessionRecord> owned = std::move(found->second);
    m_sessions.erase(found);
    if (owned->session != nullptr) {
        coap_session_set_app_data(owned->session, nullptr);
        if (owned->role == SessionRole::Server && owned->mode == SecurityMode::Psk) {
            const auto peer = m_dtlsPeers.find(peerKeyOf(owned->session));
            if (peer != m_dtlsPeers.end() && peer->second == owned->id)
                m_dtlsPeers.erase(peer);
        }
    }
    failSessionRequests(*owned, Error(ErrorCode::Cancelled,
                                      "session " + std::to_string(owned->id) +
                                          " ended before the answer arrived; retry on a new session"));
    for (const ObservationId observation : std::vector<ObservationId>(owned->observations.begin(),
                                                                       owned->observations.end()))
        endObservation(observation, true);
    for (const ExchangeId exchange : owned->exchanges)
        m_exchanges.erase(exchange);
    emitEvent(owned->id, SessionEvent::Deleted);
}

bool ContextCore::retain(SessionId id)
{
    SessionRecord* found = record(id);
    if (found == nullptr)
        return false;
    if (found->retainCount++ == 0)
        coap_session_reference(found->session);
    return true;
}

void ContextCore::release(SessionId id)
{
    SessionRecord* found = record(id);
    if (found == nullptr || found->retainCount == 0)
        return;
    if (--found->retainCount == 0) {
        inLibcoap([&] { coap_session_release(found->session); });
        m_pump->requestSweep(); // the session's idle deadline is computed by a walk
    }
}

bool ContextCore::setTransmission(SessionId id, std::chrono::milliseconds ackTimeout, std::uint16_t maxRetransmit)
{
    SessionRecord* found = record(id);
    if (found == nullptr)
        return false;
    coap_session_set_ack_timeout(found->session, fixedPoint(ackTimeout));
    coap_session_set_max_retransmit(found->session, maxRetransmit);
    return true;
}

std::optional<SessionInfo> ContextCore::sessionInfo(SessionId id) const
{
    const SessionRecord* found = record(id);
    if (found == nullptr)
        return std::nullopt;
    const coap_session_t* session = found->session;
    SessionInfo info;
    info.id = id;
    info.role = found->role;
    info.mode = found->mode;
    info.retained = found->retainCount > 0;
    switch (coap_session_get_state(session)) {
    case COAP_SESSION_STATE_ESTABLISHED: info.state = SessionState::Established; break;
    case COAP_SESSION_STATE_NONE: info.state = SessionState::Closed; break;
    default: info.state = SessionState::Connecting; break;
    }
    if (found->dropScheduled)
        info.state = SessionState::Closed;
    const coap_address_t* remote = coap_session_get_addr_remote(session);
    const coap_address_t* local = coap_session_get_addr_local(session);
    info.peerAddress = detail::addressText(*remote);
    info.peerPort = detail::addressPort(*remote);
    info.localPort = detail::addressPort(*local);
    if (!found->offeredIdentity.empty())
        info.offeredPskIdentity = found->offeredIdentity;
    if (found->mode == SecurityMode::Psk && info.state == SessionState::Established) {
        if (const coap_bin_const_t* identity = coap_session_get_psk_identity(session)) {
            std::string text(reinterpret_cast<const char*>(identity->s), identity->length);
            info.pskIdentity = text.substr(0, text.find('\0'));
        }
    }
    return info;
}

std::vector<std::pair<SessionId, std::string>> ContextCore::pskServerSessions() const
{
    std::vector<std::pair<SessionId, std::string>> sessions;
    for (const auto& [id, owned] : m_sessions)
        if (owned->role == SessionRole::Server && owned->mode == SecurityMode::Psk &&
            !owned->dropScheduled && !owned->offeredIdentity.empty())
            sessions.emplace_back(id, owned->offeredIdentity);
    return sessions;
}

void ContextCore::emitEvent(SessionId id, SessionEvent event)
{
    defer([this, id, event] { Q_EMIT m_owner.sessionEvent(id, event); });
    if (m_depth == 0)
        flushDeferred();
}

void ContextCore::flushDeferred()
{
    if (m_flushing)
        return;
    m_flushing = true;
    while (!m_deferred.empty()) {
        auto batch = std::move(m_deferred);
        m_deferred.clear();
        for (auto& work : batch)
            work();
    }
    m_flushing = false;
}

int ContextCore::onEvent(coap_session_t* session, coap_event_t event)
{
    if (ContextCore* core = coreOf(session))
        core->handleEvent(session, event);
    return 0;
}

void ContextCore::handleEvent(coap_session_t* session, coap_event_t event)
{
    SessionRecord* found = recordOf(session);
    switch (event) {
    case COAP_EVENT_SERVER_SESSION_NEW:
        if (found == nullptr) {
            const bool dtls = coap_session_get_proto(session) == COAP_PROTO_DTLS;
            auto& created = adopt(session, SessionRole::Server, dtls ? SecurityMode::Psk : SecurityMode::NoSec);
            if (dtls)
                m_dtlsPeers[peerKeyOf(session)] = created.id;
            emitEvent(created.id, SessionEvent::New);
        }
        break;
    case COAP_EVENT_SERVER_SESSION_DEL:
        // libcoap frees the session right after this event.
        if (found != nullptr) {
            found->session = session;
            forget(*found);
        }
        break;
    case COAP_EVENT_DTLS_CONNECTED:
        if (found != nullptr) {
            found->connected = true;
            const SessionId id = found->id;
            if (found->role == SessionRole::Client)
                defer([this, id] { releaseHeld(id); });
            emitEvent(id, SessionEvent::Connected);
        }
        break;
    case COAP_EVENT_DTLS_CLOSED:
    case COAP_EVENT_SESSION_CLOSED:
        // A client whose handshake was refused only sees the close (libcoap 4.3.1).
        if (found != nullptr && found->role == SessionRole::Client && !found->connected) {
            handleEvent(session, COAP_EVENT_DTLS_ERROR);
        } else if (found != nullptr) {
            emitEvent(found->id, SessionEvent::Closed);
            if (found->role == SessionRole::Server)
                scheduleDrop(*found);
        }
        break;
    case COAP_EVENT_DTLS_ERROR:
    case COAP_EVENT_SESSION_FAILED:
        if (found != nullptr && !found->failed) {
            found->failed = true;
            emitEvent(found->id, SessionEvent::Failed);
            if (found->role == SessionRole::Server) {
                scheduleDrop(*found);
            } else {
                const SessionId id = found->id;
                defer([this, id] {
                    if (SessionRecord* still = record(id))
                        failSessionRequests(*still, Error(ErrorCode::SecurityFailure,
                                                          "the DTLS handshake of session " + std::to_string(id) +
                                                              " failed; check the PSK identity and key"));
                });
            }
        }
        break;
    default:
        break;
    }
}

} // namespace hangar::coap
