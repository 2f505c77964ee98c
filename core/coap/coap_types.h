#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hangar::coap {

/// Opaque handle of one CoAP session (server side or client side). Never reused within a
/// CoapContext; 0 is never a valid id. Stale ids are harmless: calls on them fail with NotFound.
using SessionId = std::uint64_t;
/// Handle of one outgoing request or client-side observation (0 is never valid).
using RequestId = std::uint64_t;
/// Handle of one observation this side serves as a notifier (0 is never valid).
using ObservationId = std::uint64_t;
/// Handle of one incoming request whose answer was deferred (0 is never valid).
using ExchangeId = std::uint64_t;

/// Request methods (RFC 7252, RFC 8132).
enum class Method : std::uint8_t {
    Get = 1,
    Post = 2,
    Put = 3,
    Delete = 4,
    Fetch = 5,
    Patch = 6,
    IPatch = 7,
};

enum class MessageType : std::uint8_t {
    Confirmable = 1,
    NonConfirmable = 2,
};

/// The CoAP response code byte (class << 5 | detail); names for the codes LwM2M uses.
enum class ResponseCode : std::uint8_t {
    Created = 65,                   ///< 2.01
    Deleted = 66,                   ///< 2.02
    Valid = 67,                     ///< 2.03
    Changed = 68,                   ///< 2.04
    Content = 69,                   ///< 2.05
    Continue = 95,                  ///< 2.31
    BadRequest = 128,               ///< 4.00
    Unauthorized = 129,             ///< 4.01
    BadOption = 130,                ///< 4.02
    Forbidden = 131,                ///< 4.03
    NotFound = 132,                 ///< 4.04
    MethodNotAllowed = 133,         ///< 4.05
    NotAcceptable = 134,            ///< 4.06
    RequestEntityIncomplete = 136,  ///< 4.08
    PreconditionFailed = 140,       ///< 4.12
    RequestEntityTooLarge = 141,    ///< 4.13
    UnsupportedContentFormat = 143, ///< 4.15
    InternalServerError = 160,      ///< 5.00
    NotImplemented = 161,           ///< 5.01
    ServiceUnavailable = 163,       ///< 5.03
    GatewayTimeout = 164,           ///< 5.04
};

/// 2, 4 or 5 for a response code.
inline int codeClass(ResponseCode code) { return static_cast<int>(code) >> 5; }
/// True for 2.xx codes.
inline bool isSuccess(ResponseCode code) { return codeClass(code) == 2; }
/// "2.05" style text of a code.
std::string toString(ResponseCode code);
/// "GET", "POST", ... for a method.
std::string_view toString(Method method);

/// A CoAP option the wrapper has no dedicated field for (numbers as in the IANA registry).
struct Option
{
    std::uint16_t number = 0;
    std::vector<std::uint8_t> value;

    friend bool operator==(const Option&, const Option&) = default;
};

/// Option numbers the wrapper fills from dedicated fields (RFC 7252, 7641, 7959).
namespace option {
inline constexpr std::uint16_t kObserve = 6;
inline constexpr std::uint16_t kLocationPath = 8;
inline constexpr std::uint16_t kUriPath = 11;
inline constexpr std::uint16_t kContentFormat = 12;
inline constexpr std::uint16_t kMaxAge = 14;
inline constexpr std::uint16_t kUriQuery = 15;
inline constexpr std::uint16_t kAccept = 17;
} // namespace option

/// Observe option values of a request (RFC 7641).
inline constexpr std::uint32_t kObserveRegister = 0;
inline constexpr std::uint32_t kObserveDeregister = 1;

/// An outgoing request. Payloads larger than one datagram go block-wise (RFC 7959).
struct Request
{
    Method method = Method::Get;
    MessageType type = MessageType::Confirmable;
    std::vector<std::string> uriPath;  ///< segments, without '/' ("rd", "5a3f")
    std::vector<std::string> uriQuery; ///< items ("ep=node1", "lt=300")
    std::optional<std::uint16_t> contentFormat;
    std::optional<std::uint16_t> accept;
    std::optional<std::uint32_t> observe; ///< set by observe(); send() rejects Observe=0
    std::vector<std::uint8_t> payload;
    std::vector<Option> extraOptions;
    /// How long to wait for the (first) response; 0 means ContextOptions::requestTimeout.
    std::chrono::milliseconds timeout{0};
};

/// A response, received (client role) or sent (server role).
struct Response
{
    ResponseCode code = ResponseCode::Content;
    std::optional<std::uint16_t> contentFormat;
    std::vector<std::uint8_t> payload;    ///< the whole body, block-wise reassembled
    std::vector<std::string> locationPath; ///< Location-Path segments (2.01 Created)
    std::optional<std::uint32_t> observe;  ///< Observe sequence of a notification (received only)
    /// Max-Age in seconds (RFC 7252 §5.10.5); on a 5.03 how long the client should wait.
    std::optional<std::uint32_t> maxAgeSec;
    std::vector<Option> extraOptions;
};

/// A request that arrived on any session, with its body block-wise reassembled.
struct IncomingRequest
{
    SessionId session = 0;
    Method method = Method::Get;
    MessageType type = MessageType::Confirmable;
    std::vector<std::string> uriPath;
    std::vector<std::string> uriQuery;
    std::optional<std::uint16_t> contentFormat;
    std::optional<std::uint16_t> accept;
    std::optional<std::uint32_t> observe;
    std::vector<std::uint8_t> payload;
    std::vector<Option> extraOptions;
    /// Id of the observation this request would establish: non-zero only for GET/FETCH with
    /// Observe=0. It becomes live if the handler answers 2.xx with acceptObservation set.
    ObservationId observation = 0;
    /// Id to answer with CoapContext::respond() when the handler defers its answer.
    ExchangeId exchange = 0;
};

/// A request handler's answer.
struct Answer
{
    Response response;
    /// For a GET/FETCH with Observe=0: keep the observer (the wrapper adds the Observe option)
    /// so that CoapContext::notify(request.observation, ...) reaches it later.
    bool acceptObservation = false;
};

/// Handles every incoming request on every path. Return an Answer to respond now, or
/// std::nullopt to answer later with CoapContext::respond(request.exchange, ...); a deferred
/// confirmable request is acknowledged at once and answered with a separate response.
using RequestHandler = std::function<std::optional<Answer>(const IncomingRequest& request)>;

/// Security of a listening endpoint or a client session.
enum class SecurityMode : std::uint8_t {
    NoSec = 1,
    Psk = 2,
    X509 = 3, ///< reserved: not implemented yet
};

/// Returns the pre-shared key for a DTLS identity, or nullopt to refuse the handshake.
/// Called synchronously inside the handshake: answer from memory, never block.
using PskLookup =
    std::function<std::optional<std::vector<std::uint8_t>>(std::string_view identity)>;

/// How a server endpoint authenticates peers.
struct ServerSecurity
{
    SecurityMode mode = SecurityMode::NoSec;
    PskLookup pskLookup; ///< required for Psk; one lookup serves every coaps endpoint
};

/// Where and how a client session connects.
struct ConnectOptions
{
    std::string host;          ///< numeric IPv4 or IPv6 address (no DNS on the event loop)
    std::uint16_t port = 0;    ///< 0 means 5683 (coap) or 5684 (coaps)
    SecurityMode mode = SecurityMode::NoSec;
    std::string pskIdentity;
    std::vector<std::uint8_t> pskKey;
    std::string localAddress;  ///< numeric address to bind, empty for any
    std::uint16_t localPort = 0; ///< 0 picks a free port; a fixed port allows same-port reconnects
};

enum class SessionRole : std::uint8_t {
    Server = 1, ///< created by a peer talking to one of our endpoints
    Client = 2, ///< created by connect()
};

enum class SessionState : std::uint8_t {
    Connecting = 1, ///< DTLS handshake in progress
    Established = 2,
    Closed = 3,     ///< no usable transport any more (closed or failed)
};

enum class SessionEvent : std::uint8_t {
    New = 1,       ///< a peer opened a server-side session
    Connected = 2, ///< the DTLS handshake completed
    Closed = 3,    ///< the peer or we closed the DTLS session
    Failed = 4,    ///< the handshake or the transport failed
    Deleted = 5,   ///< the session is gone; its id is dead from now on
};

/// What a session looks like now.
struct SessionInfo
{
    SessionId id = 0;
    SessionRole role = SessionRole::Server;
    SessionState state = SessionState::Connecting;
    SecurityMode mode = SecurityMode::NoSec;
    std::string peerAddress; ///< numeric
    std::uint16_t peerPort = 0;
    std::uint16_t localPort = 0;
    std::optional<std::string> pskIdentity; ///< of an established DTLS-PSK session
    /// What a DTLS-PSK peer's handshake offered, established or not (at most 128 bytes).
    std::optional<std::string> offeredPskIdentity;
    bool retained = false;
};

/// Per-context settings; read once at construction.
struct ContextOptions
{
    /// Idle server sessions not retained are reaped after this (libcoap default 300 s).
    std::chrono::seconds sessionIdleTimeout{300};
    std::chrono::milliseconds ackTimeout{2000}; ///< RFC 7252 ACK_TIMEOUT for every session, >= 1 s
    std::uint16_t maxRetransmit = 4;            ///< RFC 7252 MAX_RETRANSMIT for every session
    std::chrono::milliseconds requestTimeout{30000}; ///< default Request::timeout
    std::uint32_t maxHandshakeSessions = 100000;     ///< DTLS handshakes in flight at once
    int receiveBufferBytes = 4 * 1024 * 1024;        ///< SO_RCVBUF for server endpoints
    unsigned mtu = 1152;                             ///< raised values are capped at 1400
    /// Plain (NoSec) endpoints listen on this many sockets sharing the port (SO_REUSEPORT, the
    /// kernel spreads peers by address). libcoap 4.3.1 walks every session of an endpoint for
    /// each datagram from a new peer, so shards keep registration storms from going quadratic
    /// in the fleet size. A peer stays on its shard while the endpoint is open.
    unsigned plainListenShards = 1;
    /// A retransmitted request (same session and Message ID) seen within this window is
    /// answered again from a cache instead of reaching the handler (RFC 7252 4.5). The
    /// default is EXCHANGE_LIFETIME for the default transmission parameters.
    std::chrono::milliseconds duplicateWindow{247000};
    /// Largest request body accepted block-wise (Block1) where the transport reassembles it.
    std::size_t maxUploadBytes = 1024u * 1024u;
    std::size_t duplicateCacheEntries = 100000;          ///< oldest dropped beyond; 0 disables
    std::size_t duplicateCacheBytes = 32u * 1024u * 1024u; ///< estimated; oldest dropped beyond
};

} // namespace hangar::coap
