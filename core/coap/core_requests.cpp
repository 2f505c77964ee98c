// Outgoing requests and client-side observations of ContextCore.

#include "coap/context_core.h"

#include "coap/event_pump.h"

#include <algorithm>

namespace hangar::coap {

using detail::Clock;
using detail::PendingRequest;
using detail::SessionRecord;
using detail::Token;
using detail::TokenKey;

namespace {

void releaseBody(coap_session_t*, void* body)
{
    delete static_cast<std::vector<std::uint8_t>*>(body);
}

TokenKey keyOf(SessionId session, const Token& token)
{
    return TokenKey{session, token.value(), token.length};
}

Error nackError(coap_nack_reason_t reason, SessionId session)
{
    const std::string where = "session " + std::to_string(session);
    switch (reason) {
    case COAP_NACK_TOO_MANY_RETRIES:
        return Error(ErrorCode::Timeout, "no acknowledgement on " + where +
                                             " after all retransmissions; the peer is unreachable");
    case COAP_NACK_RST:
        return Error(ErrorCode::Cancelled, "the peer on " + where + " rejected the message (RST)");
    case COAP_NACK_TLS_FAILED:
        return Error(ErrorCode::SecurityFailure, "DTLS failed on " + where + "; check the PSK identity and key");
    default:
        return Error(ErrorCode::IoFailure, "the message could not be delivered on " + where);
    }
}

} // namespace

Expected<RequestId> ContextCore::send(SessionId id, Request request, CoapContext::ResponseCallback callback,
                                      bool observe)
{
    SessionRecord* found = record(id);
    if (found == nullptr || found->dropScheduled)
        return fail(ErrorCode::NotFound, "session " + std::to_string(id) +
                                             " does not exist any more; wait for the peer to come back");
    coap_session_t* session = found->session;
    const coap_session_state_t state = coap_session_get_state(session);
    if (found->role == SessionRole::Server && state != COAP_SESSION_STATE_ESTABLISHED)
        return fail(ErrorCode::IoFailure, "server session " + std::to_string(id) +
                                              " is not established; wait until the device is back");
    if (found->role == SessionRole::Client && state == COAP_SESSION_STATE_NONE)
        return fail(ErrorCode::IoFailure, "client session " + std::to_string(id) +
                                              " is closed or failed; open a new one");
    if (observe) {
        if (request.method != Method::Get && request.method != Method::Fetch)
            return fail(ErrorCode::InvalidArgument, "only GET and FETCH can observe");
        request.observe = kObserveRegister;
    } else if (request.observe == kObserveRegister) {
        return fail(ErrorCode::InvalidArgument, "use observe() to send Observe=0");
    }

    PendingRequest pending;
    pending.id = m_nextRequestId++;
    pending.session = id;
    pending.observe = observe;
    const auto timeout = request.timeout.count() > 0 ? request.timeout : m_options.requestTimeout;
    pending.deadline = Clock::now() + timeout;
    pending.callback = std::move(callback);
    const RequestId requestId = pending.id;
    const bool handshaking = found->role == SessionRole::Client && found->mode != SecurityMode::NoSec &&
                             state != COAP_SESSION_STATE_ESTABLISHED;
    if (handshaking)
        pending.held = std::make_unique<Request>(std::move(request));
    m_deadlines.emplace(pending.deadline, requestId);
    m_requests.emplace(requestId, std::move(pending));
    found->requests.insert(requestId);
    armDeadlineTimer();
    if (handshaking)
        return requestId;
    if (auto sent = transmit(*found, requestId, std::move(request)); !sent) {
        if (auto failed = m_requests.find(requestId); failed != m_requests.end())
            failed->second.callback = nullptr;
        finish(requestId, std::unexpected(sent.error()));
        return std::unexpected(sent.error());
    }
    return requestId;
}

Expected<void> ContextCore::transmit(SessionRecord& owner, RequestId id, Request request)
{
    coap_session_t* session = owner.session;
    coap_pdu_t* pdu = coap_new_pdu(request.type == MessageType::Confirmable ? COAP_MESSAGE_CON : COAP_MESSAGE_NON,
                                   detail::toPduCode(request.method), session);
    if (pdu == nullptr)
        return fail(ErrorCode::IoFailure, "libcoap could not allocate a request PDU");
    std::array<std::uint8_t, 8> tokenBytes{};
    size_t tokenLength = 0;
    coap_session_new_token(session, &tokenLength, tokenBytes.data());
    coap_add_token(pdu, tokenLength, tokenBytes.data());
    if (!detail::addRequestOptions(pdu, request)) {
        coap_delete_pdu(pdu);
        return fail(ErrorCode::LimitExceeded, "the request options do not fit one datagram; shorten the path or query");
    }
    if (!request.payload.empty()) {
        auto* body = new std::vector<std::uint8_t>(std::move(request.payload));
        // libcoap keeps the body until the last block went out and then calls releaseBody,
        // also on failure.
        if (coap_add_data_large_request(session, pdu, body->size(), body->data(), &releaseBody, body) == 0) {
            coap_delete_pdu(pdu);
            return fail(ErrorCode::LimitExceeded, "libcoap refused the request body");
        }
    }
    PendingRequest& pending = m_requests.at(id);
    pending.token = Token::fromPdu(pdu);
    pending.held.reset();
    m_requestByToken[keyOf(owner.id, pending.token)] = id;

    coap_mid_t mid = COAP_INVALID_MID;
    inLibcoap([&] { mid = coap_send(session, pdu); });
    if (mid == COAP_INVALID_MID && m_requests.contains(id))
        return fail(ErrorCode::IoFailure, "libcoap could not send the request on session " + std::to_string(owner.id));
    return {};
}

void ContextCore::releaseHeld(SessionId id)
{
    SessionRecord* owner = record(id);
    if (owner == nullptr || owner->dropScheduled)
        return;
    std::vector<RequestId> ids;
    for (const RequestId request : owner->requests)
        if (const auto found = m_requests.find(request); found != m_requests.end() && found->second.held)
            ids.push_back(request);
    std::sort(ids.begin(), ids.end()); // in the order they were sent
    for (const RequestId request : ids) {
        auto found = m_requests.find(request);
        if (found == m_requests.end() || !found->second.held || (owner = record(id)) == nullptr)
            continue;
        Request held = std::move(*found->second.held);
        if (auto sent = transmit(*owner, request, std::move(held)); !sent)
            finish(request, std::unexpected(sent.error()));
    }
}

void ContextCore::cancel(RequestId id)
{
    finish(id, fail(ErrorCode::Cancelled, "request " + std::to_string(id) + " was cancelled by the caller"));
}

void ContextCore::cancelObservation(RequestId id, bool deregister)
{
    const auto found = m_requests.find(id);
    if (found == m_requests.end())
        return;
    PendingRequest& pending = found->second;
    SessionRecord* owner = record(pending.session);
    bool sent = false;
    if (deregister && pending.observe && owner != nullptr &&
        coap_session_get_state(owner->session) == COAP_SESSION_STATE_ESTABLISHED) {
        coap_binary_t token{pending.token.length, pending.token.bytes.data()};
        inLibcoap([&] { sent = coap_cancel_observe(owner->session, &token, COAP_MESSAGE_CON) != 0; });
    }
    if (!sent) {
        pending.callback = nullptr;
        finish(id, fail(ErrorCode::Cancelled, ""));
        return;
    }
    // Keep the token until the deregistration is answered, so the answer is not reset.
    auto& still = m_requests.at(id);
    still.callback = nullptr;
    still.cancelling = true;
    m_deadlines.erase({still.deadline, id});
    still.deadline = Clock::now() + m_options.requestTimeout;
    m_deadlines.emplace(still.deadline, id);
    armDeadlineTimer();
}

void ContextCore::finish(RequestId id, Expected<Response> result)
{
    const auto found = m_requests.find(id);
    if (found == m_requests.end())
        return;
    PendingRequest pending = std::move(found->second);
    m_requests.erase(found);
    m_requestByToken.erase(keyOf(pending.session, pending.token));
    if (!pending.resumedKey.empty())
        m_resumed.erase(pending.resumedKey);
    m_deadlines.erase({pending.deadline, id});
    if (SessionRecord* owner = record(pending.session))
        owner->requests.erase(id);
    if (pending.callback && !pending.cancelling)
        pending.callback(std::move(result));
}

void ContextCore::failSessionRequests(SessionRecord& owner, const Error& error)
{
    const std::vector<RequestId> ids(owner.requests.begin(), owner.requests.end());
    for (const RequestId id : ids)
        finish(id, std::unexpected(error));
}

void ContextCore::armDeadlineTimer()
{
    if (m_deadlines.empty()) {
        m_deadlineTimer->stop();
        return;
    }
    const auto next = m_deadlines.begin()->first;
    const auto wait = std::chrono::ceil<std::chrono::milliseconds>(next - Clock::now());
    m_deadlineTimer->start(std::chrono::milliseconds(std::max<std::chrono::milliseconds::rep>(wait.count(), 0)));
}

void ContextCore::onDeadline()
{
    const auto now = Clock::now();
    while (!m_deadlines.empty() && m_deadlines.begin()->first <= now) {
        const RequestId id = m_deadlines.begin()->second;
        m_deadlines.erase(m_deadlines.begin());
        const auto found = m_requests.find(id);
        if (found == m_requests.end())
            continue;
        finish(id, fail(ErrorCode::Timeout, "no response to request " + std::to_string(id) + " on session " +
                                                std::to_string(found->second.session) +
                                                " in time; the peer may be offline or asleep (queue mode)"));
    }
    armDeadlineTimer();
}

void ContextCore::onNack(coap_session_t* session, const coap_pdu_t* sent, coap_nack_reason_t reason, coap_mid_t)
{
    if (ContextCore* core = coreOf(session))
        core->handleNack(session, sent, reason);
}

void ContextCore::handleNack(coap_session_t* session, const coap_pdu_t* sent, coap_nack_reason_t reason)
{
    SessionRecord* owner = recordOf(session);
    if (owner == nullptr || sent == nullptr)
        return;
    // An ICMP error makes libcoap retransmit later; the request deadline covers it.
    if (reason == COAP_NACK_ICMP_ISSUE)
        return;
    const TokenKey key = keyOf(owner->id, Token::fromPdu(sent));
    const int code = coap_pdu_get_code(sent);
    if (code >= 1 && code <= 31) {
        if (const auto found = m_requestByToken.find(key); found != m_requestByToken.end())
            finish(found->second, std::unexpected(nackError(reason, owner->id)));
    } else if ((code >> 5) == 2) {
        // A confirmable notification was reset or never acknowledged: the observer is gone
        // (RFC 7641 4.5).
        endObservationByToken(key);
    }
    if (owner->role == SessionRole::Server && owner->mode == SecurityMode::Psk &&
        reason == COAP_NACK_TOO_MANY_RETRIES)
        scheduleDrop(*owner);
}

coap_response_t ContextCore::onResponse(coap_session_t* session, const coap_pdu_t*, const coap_pdu_t* received,
                                        coap_mid_t)
{
    ContextCore* core = coreOf(session);
    return core != nullptr ? core->handleResponse(session, received) : COAP_RESPONSE_FAIL;
}

coap_response_t ContextCore::handleResponse(coap_session_t* session, const coap_pdu_t* received)
{
    SessionRecord* owner = recordOf(session);
    if (owner == nullptr)
        return COAP_RESPONSE_FAIL;
    const Token token = Token::fromPdu(received);
    std::optional<RequestId> known;
    if (const auto byToken = m_requestByToken.find(keyOf(owner->id, token)); byToken != m_requestByToken.end())
        known = byToken->second;
    else
        known = bindResumed(*owner, token);
    if (!known)
        return COAP_RESPONSE_FAIL; // unknown token: RST stops stray notifications (RFC 7641 3.6)
    const RequestId id = *known;
    PendingRequest& pending = m_requests.at(id);
    if (pending.cancelling) {
        finish(id, fail(ErrorCode::Cancelled, ""));
        return COAP_RESPONSE_OK;
    }
    Response response = detail::parseResponse(received);
    const bool keepsObserving = pending.observe && response.observe.has_value() && isSuccess(response.code);
    if (!keepsObserving) {
        finish(id, std::move(response));
        return COAP_RESPONSE_OK;
    }
    if (!pending.answered) {
        pending.answered = true;
        m_deadlines.erase({pending.deadline, id});
        pending.deadline = Clock::time_point::max();
    }
    // Copy: the callback may cancel the observation and destroy `pending`.
    auto callback = pending.callback;
    if (callback)
        callback(std::move(response));
    return COAP_RESPONSE_OK;
}

} // namespace hangar::coap
