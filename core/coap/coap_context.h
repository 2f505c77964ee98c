#pragma once

#include "coap/coap_types.h"
#include "common/error.h"

#include <QObject>

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace hangar::coap {

class ContextCore;

/// One libcoap context driven by the Qt event loop of the thread this object lives on.
/// Owns server endpoints and client sessions; every call must come from that thread.
/// Sessions are named by SessionId only, so a caller can never hold a dangling session.
///
/// Callbacks (request handler, response callbacks) run inside libcoap's processing; they may
/// call back into this object (send, close, notify...). Session events are signalled after
/// libcoap returned, so slots may do anything, including deleting sessions.
class CoapContext : public QObject
{
    Q_OBJECT

public:
    using ResponseCallback = std::function<void(Expected<Response> response)>;
    using NotificationCallback = std::function<void(Expected<Response> notification)>;

    explicit CoapContext(ContextOptions options = {}, QObject* parent = nullptr);
    ~CoapContext() override;

    CoapContext(const CoapContext&) = delete;
    CoapContext& operator=(const CoapContext&) = delete;

    /// Opens a coap:// (NoSec) or coaps:// (Psk) endpoint on a numeric address; port 0 picks a
    /// free port. Returns the bound port. Fails if the port is already bound by anyone
    /// (libcoap itself would silently share it through SO_REUSEADDR).
    Expected<std::uint16_t> listen(const std::string& address, std::uint16_t port,
                                   const ServerSecurity& security);

    /// Sets the handler for every incoming request on every path and session. Without one,
    /// requests get 4.04.
    void setRequestHandler(RequestHandler handler);

    /// Opens a client session (plain UDP or DTLS-PSK). A DTLS session reports Connected or
    /// Failed through sessionEvent(); requests sent before that are queued until connected.
    Expected<SessionId> connect(const ConnectOptions& options);

    /// Ends a session: a client session is released (DTLS close_notify is sent), a server
    /// session is dropped so the peer must handshake again. Pending requests fail with
    /// Cancelled; sessionEvent(Deleted) follows. Unknown ids are ignored.
    void close(SessionId session);

    /// Keeps a server session alive past the idle timeout (e.g. while a device is
    /// registered). Counted: each retain needs one release. False for unknown sessions.
    bool retain(SessionId session);
    void release(SessionId session);

    /// Sets RFC 7252 ACK_TIMEOUT (at least 1 s in libcoap 4.3.1) and MAX_RETRANSMIT for one
    /// session.
    bool setTransmission(SessionId session, std::chrono::milliseconds ackTimeout,
                         std::uint16_t maxRetransmit);

    std::optional<SessionInfo> sessionInfo(SessionId session) const;
    std::size_t sessionCount() const;
    /// DTLS-PSK server sessions whose peer offered an identity, handshaking or established,
    /// with that identity: what to close when a credential changes (the key is already copied
    /// into a handshake that offered it).
    std::vector<std::pair<SessionId, std::string>> pskServerSessions() const;

    /// Sends a request. The callback is called exactly once (response, Timeout, or another
    /// failure) if and only if send() succeeds. Works on client and server sessions.
    Expected<RequestId> send(SessionId session, Request request, ResponseCallback callback);

    /// Sends a GET/FETCH with Observe=0. The callback gets the first response and then every
    /// notification until cancelObservation(), an error response, or the session ending (each
    /// ending is reported once as an error, except after cancelObservation()).
    Expected<RequestId> observe(SessionId session, Request request, NotificationCallback callback);

    /// Stops an observation started with observe(). With deregister, a GET with Observe=1 is
    /// sent (RFC 7641 3.6); otherwise later notifications are answered with RST.
    void cancelObservation(RequestId observation, bool deregister = true);

    /// The token an observation or request was sent with (empty for unknown ids).
    std::vector<std::uint8_t> token(RequestId request) const;

    /// Takes back an observation a previous run of this program started on the peer at
    /// `host`:`port` (which talked to local port `localPort`): its notifications, carrying
    /// `token`, reach `callback` from whichever session they arrive on, as for observe().
    /// cancelObservation() ends it; until the first notification a deregistration cannot be sent.
    Expected<RequestId> resumeObservation(const std::string& host, std::uint16_t port, std::uint16_t localPort,
                                          const std::vector<std::uint8_t>& token, NotificationCallback callback);

    /// Sends a CoAP ping (an empty confirmable message) from the plain endpoint on `localPort`
    /// to a peer that has no session: its Reset makes a server session, announced by
    /// sessionEvent(New), on which requests can then be sent. NotFound without such an endpoint.
    Expected<void> ping(const std::string& host, std::uint16_t port, std::uint16_t localPort);

    /// Abandons a pending request: its callback gets Cancelled now.
    void cancel(RequestId request);

    /// Answers a request whose handler returned std::nullopt. Fails if the exchange is unknown
    /// (already answered, or its session is gone) or the payload does not fit one datagram.
    Expected<void> respond(ExchangeId exchange, Answer answer);

    /// Sends a notification to the observer of an accepted observation, with the next Observe
    /// sequence number and the observer's token. The payload must fit one datagram. A RST or
    /// a failed confirmable notification ends the observation (observationEnded).
    Expected<void> notify(ObservationId observation, const Response& response,
                          MessageType type = MessageType::NonConfirmable);

    /// Stops serving an observation without telling the observer.
    void endObservation(ObservationId observation);

    /// Number of observations this side serves (notifier role).
    std::size_t observationCount() const;

Q_SIGNALS:
    /// A session changed; after Deleted the id is dead.
    void sessionEvent(hangar::coap::SessionId session, hangar::coap::SessionEvent event);
    /// An observation this side served ended: the observer cancelled, reset a notification,
    /// stopped acknowledging, or its session went away.
    void observationEnded(hangar::coap::ObservationId observation);

private:
    std::unique_ptr<ContextCore> m_core;
};

} // namespace hangar::coap
