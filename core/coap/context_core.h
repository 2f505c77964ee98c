#pragma once

// Internal to core/coap: everything CoapContext does, with libcoap types visible.

#include "coap/coap_context.h"
#include "coap/block1_assembly.h"
#include "coap/block1_guard.h"
#include "coap/duplicate_cache.h"
#include "coap/pdu_io.h"

#include <coap3/coap.h>

#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace hangar::coap {

class EventPump;

namespace detail {

/// (session, token): how a response or a cancel finds its request or observation.
struct TokenKey
{
    SessionId session = 0;
    std::uint64_t token = 0;
    std::uint8_t length = 0;

    friend bool operator==(const TokenKey&, const TokenKey&) = default;
};

struct TokenKeyHash
{
    std::size_t operator()(const TokenKey& key) const
    {
        return std::hash<std::uint64_t>()(key.session * 0x9E3779B97F4A7C15ull ^ key.token ^
                                          (std::uint64_t{key.length} << 58));
    }
};

struct SessionRecord
{
    SessionId id = 0;
    coap_session_t* session = nullptr;
    SessionRole role = SessionRole::Server;
    SecurityMode mode = SecurityMode::NoSec;
    int retainCount = 0;
    bool dropScheduled = false;
    bool connected = false; ///< a DTLS handshake completed
    bool failed = false;    ///< Failed was reported
    std::unordered_set<RequestId> requests;
    std::unordered_set<ObservationId> observations;
    std::unordered_set<ExchangeId> exchanges;
    std::unique_ptr<detail::PartialUpload> upload; ///< Block1 upload without Size1 in progress
    std::string offeredIdentity; ///< PSK identity the peer's handshake offered (server side)
};

using Clock = std::chrono::steady_clock;

struct PendingRequest
{
    RequestId id = 0;
    SessionId session = 0;
    Token token;
    bool observe = false;
    bool answered = false;   ///< an observation got its first response
    bool cancelling = false; ///< deregistration sent: swallow what still arrives
    Clock::time_point deadline;
    std::function<void(Expected<Response>)> callback;
    /// The request while its DTLS client session is still handshaking: libcoap is given it
    /// only once the session is up (a request left in libcoap's queue of a session whose
    /// handshake fails leaks when the session is closed, libcoap 4.3.1).
    std::unique_ptr<Request> held;
};

struct ServedObservation
{
    ObservationId id = 0;
    SessionId session = 0;
    Token token;
    std::uint32_t sequence = 0;
};

struct DeferredExchange
{
    ExchangeId id = 0;
    SessionId session = 0;
    Token token;
    MessageType requestType = MessageType::Confirmable;
    ObservationId observation = 0;
};

} // namespace detail

/// The state behind CoapContext. Lives and dies with it, on its thread.
class ContextCore
{
public:
    ContextCore(CoapContext& owner, ContextOptions options);
    ~ContextCore();

    ContextCore(const ContextCore&) = delete;
    ContextCore& operator=(const ContextCore&) = delete;

    // Sessions (context_core.cpp)
    Expected<SessionId> connect(const ConnectOptions& options);
    void close(SessionId id);
    bool retain(SessionId id);
    void release(SessionId id);
    bool setTransmission(SessionId id, std::chrono::milliseconds ackTimeout, std::uint16_t maxRetransmit);
    std::optional<SessionInfo> sessionInfo(SessionId id) const;
    std::size_t sessionCount() const { return m_sessions.size(); }

    // Requests (core_requests.cpp)
    Expected<RequestId> send(SessionId id, Request request, CoapContext::ResponseCallback callback,
                             bool observe);
    /// Hands a registered pending request to libcoap.
    Expected<void> transmit(detail::SessionRecord& owner, RequestId id, Request request);
    /// Transmits the requests held while the client session `id` was handshaking.
    void releaseHeld(SessionId id);
    void cancelObservation(RequestId id, bool deregister);
    void cancel(RequestId id);

    // Server role (core_server.cpp)
    Expected<std::uint16_t> listen(const std::string& address, std::uint16_t port,
                                   const ServerSecurity& security);
    /// One libcoap endpoint on `bind`; `shared` swaps its socket for one with SO_REUSEPORT.
    /// `sockets` lists the endpoint sockets opened so far for this address and grows by one.
    Expected<int> openEndpoint(const coap_address_t& bind, bool secure, bool shared, const std::string& where,
                               std::vector<int>& sockets);
    /// How many sockets a plain endpoint gets: the option, capped by free file descriptors.
    unsigned shardCount(const std::string& where) const;
    /// Answers a Block1 block that did not complete an upload (2.31, 4.08 or 4.13).
    void answerUploadStep(const detail::Block1Step& step, const coap_pdu_t* request, coap_pdu_t* response);
    /// Remembers a finished Block1 upload without Size1 (see Block1Guard).
    void guardBlock1(coap_session_t* session, const coap_pdu_t* request);
    /// EventPump filter for plain sockets: consumes and resets a datagram Block1Guard refuses.
    bool refuseGuardedDatagram(int fd, std::uint16_t localPort);
    void setRequestHandler(RequestHandler handler) { m_handler = std::move(handler); }
    Expected<void> respond(ExchangeId id, Answer answer);
    Expected<void> notify(ObservationId id, const Response& response, MessageType type);
    void endObservation(ObservationId id, bool announce);
    std::size_t observationCount() const { return m_observations.size(); }

    /// Runs libcoap work and afterwards whatever had to wait until libcoap returned.
    template <typename F>
    void inLibcoap(F&& work)
    {
        ++m_depth;
        work();
        if (--m_depth == 0)
            flushDeferred();
    }

    coap_context_t* context() const { return m_context; }

    // libcoap callbacks (static trampolines find the core through the context's app data)
    static int onEvent(coap_session_t* session, coap_event_t event);
    static void onNack(coap_session_t* session, const coap_pdu_t* sent, coap_nack_reason_t reason,
                       coap_mid_t mid);
    static coap_response_t onResponse(coap_session_t* session, const coap_pdu_t* sent,
                                      const coap_pdu_t* received, coap_mid_t mid);
    static void onRequest(coap_resource_t* resource, coap_session_t* session,
                          const coap_pdu_t* request, const coap_string_t* query,
                          coap_pdu_t* response);
    static const coap_bin_const_t* onPskIdentity(coap_bin_const_t* identity,
                                                 coap_session_t* session, void* arg);

private:
    static ContextCore* coreOf(const coap_session_t* session);
    detail::SessionRecord* recordOf(const coap_session_t* session) const;
    detail::SessionRecord* record(SessionId id) const;
    detail::SessionRecord& adopt(coap_session_t* session, SessionRole role, SecurityMode mode);
    void configureSession(coap_session_t* session);

    /// Forgets a session: fails its requests, ends its observations, emits Deleted.
    void forget(detail::SessionRecord& record);
    /// Drops a server session whose DTLS state is dead, so the device can handshake again.
    void scheduleDrop(detail::SessionRecord& record);
    void dropNow(SessionId id);

    void defer(std::function<void()> work) { m_deferred.push_back(std::move(work)); }
    void flushDeferred();
    void emitEvent(SessionId id, SessionEvent event);

    void handleEvent(coap_session_t* session, coap_event_t event);
    void handleNack(coap_session_t* session, const coap_pdu_t* sent, coap_nack_reason_t reason);
    coap_response_t handleResponse(coap_session_t* session, const coap_pdu_t* received);
    void handleRequest(coap_resource_t* resource, coap_session_t* session,
                       const coap_pdu_t* request, const coap_string_t* query, coap_pdu_t* response);

    // Requests
    void finish(RequestId id, Expected<Response> result);
    void armDeadlineTimer();
    void onDeadline();
    void failSessionRequests(detail::SessionRecord& record, const Error& error);

    // Server role
    /// True if the request was answered before (a retransmission): `response` is then the
    /// same answer again, or left empty for a deferred one (CON gets an empty ACK, NON nothing).
    bool answerDuplicate(SessionId session, const coap_pdu_t* request, coap_pdu_t* response);
    bool fillResponse(coap_resource_t* resource, coap_session_t* session,
                      const coap_pdu_t* request, const coap_string_t* query, coap_pdu_t* pdu,
                      const Response& response, std::optional<std::uint32_t> observeSequence);
    void endObservationByToken(const detail::TokenKey& key);
    /// A ClientHello about to be read on DTLS endpoint `fd`: a device that rebooted silently
    /// starts over from the same address and port; libcoap would feed the hello to the old,
    /// established session, which ignores it. Drops that session first (TRAPS 2).
    void onClientHello(int fd, const coap_address_t& source);
    static std::string peerKeyOf(const coap_session_t* session);
    ObservationId acceptObservation(detail::SessionRecord& record, const detail::Token& token,
                                    ObservationId id);

    CoapContext& m_owner;
    ContextOptions m_options;
    coap_context_t* m_context = nullptr;
    EventPump* m_pump = nullptr; ///< child of the owner, so it follows moveToThread()
    RequestHandler m_handler;
    PskLookup m_pskLookup;
    coap_bin_const_t m_pskAnswer{};
    std::vector<std::uint8_t> m_pskKey;

    std::unordered_map<SessionId, std::unique_ptr<detail::SessionRecord>> m_sessions;
    SessionId m_nextSessionId = 1;

    std::unordered_map<RequestId, detail::PendingRequest> m_requests;
    std::unordered_map<detail::TokenKey, RequestId, detail::TokenKeyHash> m_requestByToken;
    std::set<std::pair<detail::Clock::time_point, RequestId>> m_deadlines;
    QTimer* m_deadlineTimer = nullptr; ///< child of the owner
    RequestId m_nextRequestId = 1;

    std::unordered_map<ObservationId, detail::ServedObservation> m_observations;
    std::unordered_map<detail::TokenKey, ObservationId, detail::TokenKeyHash> m_observationByToken;
    ObservationId m_nextObservationId = 1;

    std::unordered_map<ExchangeId, detail::DeferredExchange> m_exchanges;
    ExchangeId m_nextExchangeId = 1;

    detail::DuplicateCache m_duplicates;
    detail::Block1Guard m_block1Guard;

    /// DTLS server sessions by detail::peerKey (remote address and port, local port).
    std::unordered_map<std::string, SessionId> m_dtlsPeers;

    int m_depth = 0;
    bool m_flushing = false;
    std::vector<std::function<void()>> m_deferred;
};

} // namespace hangar::coap
