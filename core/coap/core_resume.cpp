// Taking devices back after a restart: observations resumed by peer and token, and pings that
// make a device without a session open one (ContextCore).

#include "coap/context_core.h"

#include "coap/socket_tools.h"

#include <sys/socket.h>

#include <random>

namespace hangar::coap {

using detail::PendingRequest;
using detail::SessionRecord;
using detail::Token;

namespace {

std::string tokenText(const Token& token)
{
    return std::string(reinterpret_cast<const char*>(token.bytes.data()), token.length);
}

} // namespace

std::vector<std::uint8_t> ContextCore::token(RequestId id) const
{
    const auto found = m_requests.find(id);
    if (found == m_requests.end())
        return {};
    const Token& token = found->second.token;
    return {token.bytes.begin(), token.bytes.begin() + token.length};
}

Expected<RequestId> ContextCore::resumeObservation(const std::string& host, std::uint16_t port,
                                                   std::uint16_t localPort,
                                                   const std::vector<std::uint8_t>& token,
                                                   CoapContext::NotificationCallback callback)
{
    if (token.empty() || token.size() > 8)
        return fail(ErrorCode::InvalidArgument,
                    "an observation token has 1 to 8 bytes, not " + std::to_string(token.size()));
    auto remote = detail::parseAddress(host, port);
    if (!remote)
        return std::unexpected(remote.error());
    PendingRequest pending;
    pending.id = m_nextRequestId++;
    pending.observe = true;
    pending.answered = true; // notifications follow; no deadline
    pending.deadline = detail::Clock::time_point::max();
    pending.callback = std::move(callback);
    std::copy(token.begin(), token.end(), pending.token.bytes.begin());
    pending.token.length = static_cast<std::uint8_t>(token.size());
    pending.resumedKey = detail::peerKey(*remote, localPort) + tokenText(pending.token);
    if (!m_resumed.try_emplace(pending.resumedKey, pending.id).second)
        return fail(ErrorCode::InvalidArgument, "an observation with this token from " + host +
                                                    ":" + std::to_string(port) +
                                                    " is resumed already");
    const RequestId id = pending.id;
    m_requests.emplace(id, std::move(pending));
    return id;
}

std::optional<RequestId> ContextCore::bindResumed(SessionRecord& owner, const Token& token)
{
    if (m_resumed.empty())
        return std::nullopt;
    const auto found = m_resumed.find(peerKeyOf(owner.session) + tokenText(token));
    if (found == m_resumed.end())
        return std::nullopt;
    const RequestId id = found->second;
    m_resumed.erase(found);
    PendingRequest& pending = m_requests.at(id);
    pending.resumedKey.clear();
    pending.session = owner.id;
    owner.requests.insert(id);
    m_requestByToken[detail::TokenKey{owner.id, token.value(), token.length}] = id;
    return id;
}

Expected<void> ContextCore::ping(const std::string& host, std::uint16_t port,
                                 std::uint16_t localPort)
{
    const auto socket = m_plainSockets.find(localPort);
    if (socket == m_plainSockets.end())
        return fail(ErrorCode::NotFound,
                    "no plain CoAP endpoint listens on port " + std::to_string(localPort));
    auto remote = detail::parseAddress(host, port);
    if (!remote)
        return std::unexpected(remote.error());
    // An empty confirmable message (RFC 7252 §4.3): every CoAP endpoint answers it with a Reset,
    // from which libcoap makes the server session the engine then talks to the device on.
    static thread_local std::minstd_rand messageIds{std::random_device{}()};
    const auto messageId = static_cast<std::uint16_t>(messageIds());
    const std::array<std::uint8_t, 4> message{0x40, 0x00, static_cast<std::uint8_t>(messageId >> 8),
                                              static_cast<std::uint8_t>(messageId & 0xff)};
    if (::sendto(socket->second, message.data(), message.size(), 0, &remote->addr.sa,
                 remote->size) < 0)
        return fail(ErrorCode::IoFailure,
                    "cannot send a CoAP ping to " + host + ":" + std::to_string(port));
    return {};
}

} // namespace hangar::coap
