// Server role of ContextCore: endpoints, incoming requests, deferred answers, notifications.

#include "coap/context_core.h"

#include "coap/event_pump.h"
#include "coap/file_limit.h"
#include "coap/socket_tools.h"

#include <algorithm>
#include <array>
#include <span>
#include <set>
#include <vector>

#include <sys/socket.h>
#include <unistd.h>

#include <QLoggingCategory>

namespace hangar::coap {

Q_LOGGING_CATEGORY(lcCoapServer, "hangar.coap.server", QtInfoMsg)

using detail::DeferredExchange;
using detail::ServedObservation;
using detail::SessionRecord;
using detail::Token;
using detail::TokenKey;

namespace {

void releaseBody(coap_session_t*, void* body)
{
    delete static_cast<std::vector<std::uint8_t>*>(body);
}

coap_pdu_code_t responseCode(int dotted)
{
    return static_cast<coap_pdu_code_t>(COAP_RESPONSE_CODE(dotted));
}

TokenKey keyOf(SessionId session, const Token& token)
{
    return TokenKey{session, token.value(), token.length};
}

// A fresh PDU carrying a complete response (separate response or notification). Bodies must
// fit one datagram: libcoap 4.3.1 only does block-wise for responses built inside a handler.
Expected<coap_pdu_t*> standaloneResponse(coap_session_t* session, MessageType type, const Token& token,
                                         const Response& response, std::optional<std::uint32_t> sequence)
{
    coap_pdu_t* pdu = coap_new_pdu(type == MessageType::Confirmable ? COAP_MESSAGE_CON : COAP_MESSAGE_NON,
                                   static_cast<coap_pdu_code_t>(response.code), session);
    if (pdu == nullptr)
        return fail(ErrorCode::IoFailure, "libcoap could not allocate a response PDU");
    coap_add_token(pdu, token.length, token.bytes.data());
    if (!detail::addResponseOptions(pdu, response, sequence, false) ||
        (!response.payload.empty() && coap_add_data(pdu, response.payload.size(), response.payload.data()) == 0)) {
        coap_delete_pdu(pdu);
        return fail(ErrorCode::LimitExceeded,
                    "a " + std::to_string(response.payload.size()) +
                        "-byte response does not fit one datagram; answer large bodies synchronously");
    }
    return pdu;
}

} // namespace

Expected<std::uint16_t> ContextCore::listen(const std::string& address, std::uint16_t port,
                                            const ServerSecurity& security)
{
    if (security.mode == SecurityMode::X509)
        return fail(ErrorCode::Unsupported, "X.509 endpoints are not implemented yet; use PSK");
    if (security.mode == SecurityMode::Psk && !security.pskLookup)
        return fail(ErrorCode::InvalidArgument, "a PSK endpoint needs a key lookup");
    auto bind = detail::parseAddress(address, port);
    if (!bind)
        return std::unexpected(bind.error());
    if (auto free = detail::ensureUdpPortFree(*bind); !free)
        return std::unexpected(free.error());

    const bool secure = security.mode == SecurityMode::Psk;
    if (secure) {
        m_pskLookup = security.pskLookup;
        coap_dtls_spsk_t setup{};
        setup.version = COAP_DTLS_SPSK_SETUP_VERSION;
        setup.validate_id_call_back = &ContextCore::onPskIdentity;
        setup.id_call_back_arg = this;
        if (coap_context_set_psk2(m_context, &setup) == 0)
            return fail(ErrorCode::SecurityFailure, "libcoap refused the PSK server setup (DTLS support missing?)");
    }
    const std::string where = address + ":" + std::to_string(port);
    const unsigned shards = secure ? 1u : shardCount(where);
    std::vector<int> sockets;
    auto first = openEndpoint(*bind, secure, shards > 1, where, sockets);
    if (!first)
        return std::unexpected(first.error());
    // Every further shard binds the port the first one got (port 0 picks one).
    coap_address_set_port(&*bind, detail::boundPort(*first));
    for (unsigned shard = 1; shard < shards; ++shard)
        if (auto more = openEndpoint(*bind, secure, true, where, sockets); !more)
            return std::unexpected(more.error());
    if (shards > 1)
        dropEarlyDatagrams(sockets);
    if (secure && !m_pump->watchHandshakes(*first, [this](int socket, const coap_address_t& source) {
            onClientHello(socket, source);
        }))
        qCWarning(lcCoapServer) << "cannot watch DTLS handshakes on" << where.c_str()
                                << "; a device rebooting silently gets back in only once a request to it fails";
    return detail::boundPort(*first);
}

void ContextCore::dropEarlyDatagrams(const std::vector<int>& sockets)
{
    // While the shards joined the port one by one, the kernel spread each peer's datagrams over
    // a smaller group: a device already sending (to a restarted engine) would have its first
    // datagrams on one shard and the rest on another, and libcoap would keep two sessions for
    // it, one of them holding its registration or observation. Dropped before libcoap reads
    // any; a confirmable one comes again, a notification is one sample less.
    std::array<std::uint8_t, 1> ignored{};
    std::size_t dropped = 0;
    for (const int fd : sockets)
        while (::recv(fd, ignored.data(), ignored.size(), MSG_DONTWAIT) >= 0)
            ++dropped;
    if (dropped > 0)
        qCInfo(lcCoapServer) << "dropped" << dropped << "datagrams that arrived while the endpoint was opening";
}

unsigned ContextCore::shardCount(const std::string& where) const
{
    const unsigned wanted = std::max(1u, m_options.plainListenShards);
    // Leave most descriptors to sessions and the rest of the process.
    const auto affordable = static_cast<unsigned>(std::min<std::uint64_t>(freeFileDescriptors() / 8, wanted));
    const unsigned shards = std::max(1u, affordable);
    if (shards < wanted)
        qCInfo(lcCoapServer) << "UDP" << where.c_str() << "listens on" << shards << "sockets instead of" << wanted
                             << "(open file limit); registration storms from large fleets get slower";
    return shards;
}

Expected<int> ContextCore::openEndpoint(const coap_address_t& bind, bool secure, bool shared, const std::string& where,
                                        std::vector<int>& sockets)
{
    // libcoap does not tell which socket it opened. Once the port is known: socket() takes the
    // lowest free descriptor, so it is most likely the one a probe gets now; a scan for a
    // socket on the port that is not one of ours is the fallback.
    const std::uint16_t port = detail::addressPort(bind);
    std::set<int> before;
    int probe = -1;
    if (port == 0) {
        before = detail::openDescriptors();
    } else if ((probe = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0)) >= 0) {
        ::close(probe);
    }
    coap_endpoint_t* endpoint = coap_new_endpoint(m_context, &bind, secure ? COAP_PROTO_DTLS : COAP_PROTO_UDP);
    if (endpoint == nullptr)
        return fail(ErrorCode::IoFailure, "cannot listen on UDP " + where + "; check the address and port");
    if (m_options.mtu != 1152)
        coap_endpoint_set_default_mtu(endpoint, m_options.mtu);
    const auto known = [&sockets](int fd) { return std::find(sockets.begin(), sockets.end(), fd) != sockets.end(); };
    int fd = -1;
    if (port == 0)
        fd = detail::findNewUdpSocket(before);
    else if (probe >= 0 && !known(probe) && detail::isUdpSocketOnPort(probe, port))
        fd = probe;
    else
        fd = detail::findUdpSocketOnPort(port, sockets);
    if (fd < 0) {
        coap_free_endpoint(endpoint);
        return fail(ErrorCode::IoFailure, "cannot find the socket libcoap bound for " + where);
    }
    sockets.push_back(fd);
    if (!secure &&
        !m_pump->watchDatagrams(
            fd, detail::boundPort(fd), [] { return true; },
            [this](int socket, std::uint16_t localPort) { return refuseGuardedDatagram(socket, localPort); }))
        qCWarning(lcCoapServer) << "cannot guard" << where.c_str() << "against a libcoap Block1 crash";
    if (shared) {
        // libcoap binds without SO_REUSEPORT; a socket of ours that has it takes the place of
        // libcoap's, so that the next endpoint can join the port.
        // On the port libcoap's socket got (port 0 picks one): libcoap keeps that port as the
        // endpoint's, and reports it as the local port of the endpoint's sessions.
        coap_address_t same = bind;
        coap_address_set_port(&same, detail::boundPort(fd));
        auto replacement = detail::openSharedUdpSocket(same);
        if (!replacement || !m_pump->replaceSocket(fd, *replacement)) {
            coap_free_endpoint(endpoint);
            return replacement ? fail(ErrorCode::IoFailure, "cannot share UDP " + where + " between endpoints")
                               : std::unexpected(replacement.error());
        }
    }
    // After the replacement: with port 0 the replacing socket got a port of its own.
    if (!secure)
        m_plainSockets.try_emplace(detail::boundPort(fd), fd);
    // libcoap leaves the kernel default (~208 KB), which overflows in registration bursts.
    const int granted = detail::raiseReceiveBuffer(fd, m_options.receiveBufferBytes);
    if (sockets.size() == 1 && granted < m_options.receiveBufferBytes)
        qCInfo(lcCoapServer) << "UDP receive buffer of" << where.c_str() << "is" << granted << "bytes; raise"
                             << "net.core.rmem_max to get" << m_options.receiveBufferBytes;
    return fd;
}

std::string ContextCore::peerKeyOf(const coap_session_t* session)
{
    return detail::peerKey(*coap_session_get_addr_remote(session),
                           detail::addressPort(*coap_session_get_addr_local(session)));
}

void ContextCore::onClientHello(int fd, const coap_address_t& source)
{
    const auto peer = m_dtlsPeers.find(detail::peerKey(source, detail::boundPort(fd)));
    if (peer == m_dtlsPeers.end() || m_depth > 0)
        return;
    SessionRecord* stale = record(peer->second);
    // A hello retransmitted during a handshake still in progress must not cancel that handshake.
    if (stale == nullptr || stale->dropScheduled ||
        coap_session_get_state(stale->session) != COAP_SESSION_STATE_ESTABLISHED)
        return;
    const SessionId id = stale->id;
    emitEvent(id, SessionEvent::Closed);
    // Synchronously, before libcoap reads the hello: the session leaves the endpoint's table,
    // so libcoap answers the hello as a new handshake.
    dropNow(id);
}

const coap_bin_const_t* ContextCore::onPskIdentity(coap_bin_const_t* identity, coap_session_t* session, void* arg)
{
    auto* core = static_cast<ContextCore*>(arg);
    if (core == nullptr || !core->m_pskLookup || identity == nullptr)
        return nullptr;
    std::string_view text(reinterpret_cast<const char*>(identity->s), identity->length);
    text = text.substr(0, text.find('\0'));
    if (SessionRecord* owner = session != nullptr ? core->recordOf(session) : nullptr)
        owner->offeredIdentity.assign(text.substr(0, 128));
    auto key = core->m_pskLookup(text);
    if (!key || key->empty())
        return nullptr;
    // libcoap copies the key before the next call.
    core->m_pskKey = std::move(*key);
    core->m_pskAnswer.s = core->m_pskKey.data();
    core->m_pskAnswer.length = core->m_pskKey.size();
    return &core->m_pskAnswer;
}

void ContextCore::onRequest(coap_resource_t* resource, coap_session_t* session, const coap_pdu_t* request,
                            const coap_string_t* query, coap_pdu_t* response)
{
    ContextCore* core = coreOf(session);
    if (core == nullptr) {
        coap_pdu_set_code(response, responseCode(503));
        return;
    }
    core->handleRequest(resource, session, request, query, response);
}

void ContextCore::handleRequest(coap_resource_t* resource, coap_session_t* session, const coap_pdu_t* request,
                                const coap_string_t* query, coap_pdu_t* response)
{
    SessionRecord* owner = recordOf(session);
    if (owner == nullptr) {
        if (coap_session_get_type(session) != COAP_SESSION_TYPE_SERVER) {
            coap_pdu_set_code(response, responseCode(503)); // a session being dropped
            return;
        }
        const bool dtls = coap_session_get_proto(session) == COAP_PROTO_DTLS;
        owner = &adopt(session, SessionRole::Server, dtls ? SecurityMode::Psk : SecurityMode::NoSec);
        emitEvent(owner->id, SessionEvent::New);
    }
    if (answerDuplicate(owner->id, request, response))
        return;
    guardBlock1(session, request);
    IncomingRequest incoming = detail::parseRequest(request);
    incoming.session = owner->id;
    const Token token = Token::fromPdu(request);
    const auto mid = static_cast<std::uint16_t>(coap_pdu_get_mid(request));
    detail::Block1Step upload = detail::feedBlock1(owner->upload, request, m_options.maxUploadBytes);
    if (upload.kind != detail::Block1Step::Kind::NotBlockwise && upload.kind != detail::Block1Step::Kind::Complete) {
        answerUploadStep(upload, request, response);
        m_duplicates.remember(incoming.session, mid, token.value(), token.length, false,
                              detail::captureResponse(response), detail::Clock::now());
        return;
    }
    if (upload.kind == detail::Block1Step::Kind::Complete)
        incoming.payload = std::move(upload.body);
    const TokenKey key = keyOf(owner->id, token);
    const bool readLike = incoming.method == Method::Get || incoming.method == Method::Fetch;
    const bool registers = readLike && incoming.observe == kObserveRegister;
    if (readLike) {
        // Same token again: Observe=0 re-registers, anything else cancels (RFC 7641 3.6).
        if (const auto served = m_observationByToken.find(key); served != m_observationByToken.end()) {
            if (registers)
                incoming.observation = served->second;
            else
                endObservation(served->second, true);
        }
        if (registers && incoming.observation == 0)
            incoming.observation = m_nextObservationId++;
    }
    if (!m_handler) {
        coap_pdu_set_code(response, responseCode(404));
        return;
    }
    incoming.exchange = m_nextExchangeId++;
    std::optional<Answer> answer = m_handler(incoming);
    if (recordOf(session) != owner)
        owner = nullptr; // should not happen: closes inside callbacks are deferred
    if (!answer) {
        m_duplicates.remember(incoming.session, mid, token.value(), token.length, true, {}, detail::Clock::now());
        if (owner != nullptr) {
            m_exchanges.emplace(incoming.exchange, DeferredExchange{incoming.exchange, owner->id, token,
                                                                    incoming.type, incoming.observation});
            owner->exchanges.insert(incoming.exchange);
        }
        // Code 0 left in place: libcoap acknowledges a CON with an empty ACK, a NON gets nothing.
        return;
    }
    std::optional<std::uint32_t> sequence;
    if (owner != nullptr && answer->acceptObservation && registers && isSuccess(answer->response.code))
        sequence = m_observations.at(acceptObservation(*owner, token, incoming.observation)).sequence;
    if (upload.kind == detail::Block1Step::Kind::Complete)
        detail::addBlock1Echo(response, upload.echo);
    fillResponse(resource, session, request, query, response, answer->response, sequence);
    m_duplicates.remember(incoming.session, mid, token.value(), token.length, false,
                          detail::captureResponse(response), detail::Clock::now());
}

void ContextCore::answerUploadStep(const detail::Block1Step& step, const coap_pdu_t* request, coap_pdu_t* response)
{
    using Kind = detail::Block1Step::Kind;
    if (step.kind == Kind::Continue) {
        coap_pdu_set_code(response, responseCode(231));
        detail::addBlock1Echo(response, step.echo);
        return;
    }
    if (step.kind == Kind::TooLarge) {
        coap_pdu_set_code(response, responseCode(413));
        std::array<std::uint8_t, 4> encoded{};
        const unsigned length = coap_encode_var_safe(encoded.data(), encoded.size(),
                                                     static_cast<unsigned>(m_options.maxUploadBytes));
        coap_add_option(response, COAP_OPTION_SIZE1, length, encoded.data());
        return;
    }
    coap_pdu_set_code(response, responseCode(408));
    (void)request;
}

void ContextCore::guardBlock1(coap_session_t* session, const coap_pdu_t* request)
{
    coap_opt_iterator_t iterator;
    const coap_opt_t* block1 = coap_check_option(request, COAP_OPTION_BLOCK1, &iterator);
    if (block1 == nullptr || coap_check_option(request, COAP_OPTION_SIZE1, &iterator) != nullptr ||
        coap_session_get_proto(session) != COAP_PROTO_UDP)
        return;
    const unsigned value = coap_decode_var_bytes(coap_opt_value(block1), coap_opt_length(block1));
    if (!detail::Block1Guard::endsUpload(value))
        return;
    const coap_bin_const_t token = coap_pdu_get_token(request);
    m_block1Guard.remember(peerKeyOf(session), {token.s, token.length}, detail::Clock::now());
}

bool ContextCore::refuseGuardedDatagram(int fd, std::uint16_t localPort)
{
    std::array<std::uint8_t, 1500> buffer{};
    coap_address_t source;
    coap_address_init(&source);
    socklen_t length = sizeof(source.addr);
    const auto got =
        ::recvfrom(fd, buffer.data(), buffer.size(), MSG_PEEK | MSG_DONTWAIT, &source.addr.sa, &length);
    if (got < 4)
        return false;
    source.size = length;
    const std::span<const std::uint8_t> datagram(buffer.data(), static_cast<std::size_t>(got));
    if (!m_block1Guard.inspect(detail::peerKey(source, localPort), datagram, detail::Clock::now()))
        return false;
    ::recv(fd, buffer.data(), buffer.size(), MSG_DONTWAIT);
    // A Reset ends the peer's exchange at once; it starts the upload again with a new token.
    if (((buffer[0] >> 4) & 3) == 0) {
        const std::array<std::uint8_t, 4> reset{0x70, 0, buffer[2], buffer[3]};
        ::sendto(fd, reset.data(), reset.size(), MSG_DONTWAIT, &source.addr.sa, source.size);
    }
    qCInfo(lcCoapServer) << "refused a Block1 block from" << detail::addressText(source).c_str()
                         << "that libcoap 4.3.1 would crash on (see Block1Guard)";
    return true;
}

bool ContextCore::answerDuplicate(SessionId session, const coap_pdu_t* request, coap_pdu_t* response)
{
    const Token token = Token::fromPdu(request);
    const auto mid = static_cast<std::uint16_t>(coap_pdu_get_mid(request));
    const detail::SeenRequest* seen = m_duplicates.find(session, mid, token.value(), token.length, detail::Clock::now());
    if (seen == nullptr)
        return false;
    // A deferred answer travels as its own confirmable message with its own retransmissions;
    // a NON duplicate is ignored (RFC 7252 4.5). Both leave code 0: libcoap then sends an empty
    // ACK for a CON and nothing for a NON.
    if (seen->deferred || coap_pdu_get_type(request) != COAP_MESSAGE_CON)
        return true;
    if (!detail::replayResponse(response, seen->response))
        qCWarning(lcCoapServer) << "could not repeat the answer to a retransmitted request of session" << session;
    return true;
}

bool ContextCore::fillResponse(coap_resource_t* resource, coap_session_t* session, const coap_pdu_t* request,
                               const coap_string_t* query, coap_pdu_t* pdu, const Response& response,
                               std::optional<std::uint32_t> observeSequence)
{
    coap_pdu_set_code(pdu, static_cast<coap_pdu_code_t>(response.code));
    // libcoap adds a non-zero Content-Format itself when it sends the body (block-wise or not).
    const bool libcoapAddsFormat = !response.payload.empty() && response.contentFormat && *response.contentFormat != 0;
    if (!detail::addResponseOptions(pdu, response, observeSequence, libcoapAddsFormat)) {
        coap_pdu_set_code(pdu, responseCode(500));
        return false;
    }
    if (response.payload.empty())
        return true;
    auto* body = new std::vector<std::uint8_t>(response.payload);
    const std::uint16_t mediaType = libcoapAddsFormat ? *response.contentFormat : 0;
    return coap_add_data_large_response(resource, session, request, pdu, query, mediaType, -1, 0, body->size(),
                                        body->data(), &releaseBody, body) != 0;
}

ObservationId ContextCore::acceptObservation(SessionRecord& owner, const Token& token, ObservationId id)
{
    auto [entry, created] = m_observations.try_emplace(id);
    if (created) {
        entry->second.id = id;
        entry->second.session = owner.id;
        entry->second.token = token;
        entry->second.sequence = 2;
        m_observationByToken[keyOf(owner.id, token)] = id;
        owner.observations.insert(id);
    } else {
        entry->second.sequence = (entry->second.sequence + 1) & 0xFFFFFFu;
    }
    return id;
}

Expected<void> ContextCore::respond(ExchangeId id, Answer answer)
{
    const auto found = m_exchanges.find(id);
    if (found == m_exchanges.end())
        return fail(ErrorCode::NotFound, "exchange " + std::to_string(id) +
                                             " is unknown (answered already, or its session ended)");
    const DeferredExchange exchange = found->second;
    m_exchanges.erase(found);
    SessionRecord* owner = record(exchange.session);
    if (owner == nullptr || owner->dropScheduled)
        return fail(ErrorCode::NotFound, "the session of exchange " + std::to_string(id) + " ended");
    owner->exchanges.erase(id);
    std::optional<std::uint32_t> sequence;
    if (answer.acceptObservation && exchange.observation != 0 && isSuccess(answer.response.code))
        sequence = m_observations.at(acceptObservation(*owner, exchange.token, exchange.observation)).sequence;
    auto pdu = standaloneResponse(owner->session, exchange.requestType, exchange.token, answer.response, sequence);
    if (!pdu)
        return std::unexpected(pdu.error());
    coap_mid_t mid = COAP_INVALID_MID;
    inLibcoap([&] { mid = coap_send(owner->session, *pdu); });
    if (mid == COAP_INVALID_MID)
        return fail(ErrorCode::IoFailure, "libcoap could not send the answer of exchange " + std::to_string(id));
    return {};
}

Expected<void> ContextCore::notify(ObservationId id, const Response& response, MessageType type)
{
    const auto found = m_observations.find(id);
    if (found == m_observations.end())
        return fail(ErrorCode::NotFound, "observation " + std::to_string(id) + " is not active");
    ServedObservation& observation = found->second;
    SessionRecord* owner = record(observation.session);
    if (owner == nullptr || owner->dropScheduled ||
        coap_session_get_state(owner->session) != COAP_SESSION_STATE_ESTABLISHED)
        return fail(ErrorCode::IoFailure, "the session of observation " + std::to_string(id) + " is not established");
    const std::uint32_t sequence = (observation.sequence + 1) & 0xFFFFFFu;
    auto pdu = standaloneResponse(owner->session, type, observation.token, response, sequence);
    if (!pdu)
        return std::unexpected(pdu.error());
    observation.sequence = sequence;
    coap_session_t* session = owner->session;
    coap_mid_t mid = COAP_INVALID_MID;
    inLibcoap([&] { mid = coap_send(session, *pdu); });
    if (mid == COAP_INVALID_MID)
        return fail(ErrorCode::IoFailure, "libcoap could not send a notification for observation " + std::to_string(id));
    // A notification with an error code ends the observation (RFC 7641 3.2).
    if (!isSuccess(response.code))
        endObservation(id, true);
    return {};
}

void ContextCore::endObservation(ObservationId id, bool announce)
{
    const auto found = m_observations.find(id);
    if (found == m_observations.end())
        return;
    const ServedObservation observation = found->second;
    m_observations.erase(found);
    m_observationByToken.erase(keyOf(observation.session, observation.token));
    if (SessionRecord* owner = record(observation.session))
        owner->observations.erase(id);
    if (!announce)
        return;
    defer([this, id] { Q_EMIT m_owner.observationEnded(id); });
    if (m_depth == 0)
        flushDeferred();
}

void ContextCore::endObservationByToken(const TokenKey& key)
{
    if (const auto found = m_observationByToken.find(key); found != m_observationByToken.end())
        endObservation(found->second, true);
}

} // namespace hangar::coap
