#pragma once

#include "coap/coap_context.h"
#include "engine/engine_config.h"
#include "engine/lifetime_monitor.h"
#include "engine/registration.h"

#include <QObject>

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace hangar::store {
class Store;
}

namespace hangar::engine {

class ChangeNotifier;
class CredentialMap;
class DeviceRequests;
class EventLog;
class RegistrationTable;

/// The LwM2M registration interface (LwM2M 1.1 core §6.2, transport §8.2.2) and presence:
/// Register (POST /rd), Update (POST /rd/<id>), De-register (DELETE /rd/<id>), lifetime expiry
/// and the queue-mode awake window. Keeps the device's session retained while it is registered
/// and follows it to a new session on Update. Engine thread only.
class RegistrationHandler : public QObject
{
    Q_OBJECT

public:
    struct Services
    {
        coap::CoapContext& coap;
        RegistrationTable& registrations;
        CredentialMap& credentials;
        EventLog& events;
        store::Store& store;
        DeviceRequests& requests;
        ChangeNotifier& changes;
        const EngineConfig& config;
    };

    explicit RegistrationHandler(Services services, QObject* parent = nullptr);

    /// Answers a request whose first Uri-Path segment is "rd". Never throws or crashes on
    /// malformed input: that gets 4.00 and an event.
    coap::Answer handle(const coap::IncomingRequest& request);
    /// The session is gone: the registration stays until it expires, unreachable until the
    /// device's next Update (requests wait meanwhile).
    void sessionGone(coap::SessionId session);
    /// Ends the endpoint's registration without persisting it (the device is being forgotten).
    void drop(const std::string& endpoint);
    /// Takes back the registrations a previous run left (before any request is handled): one
    /// whose lifetime ran out meanwhile ends as expired; the others are live at once, without
    /// a session until the device speaks or, for plain CoAP, answers a ping (sessionAppeared).
    void restore(std::vector<RestoredRegistration> restored);
    /// A new session: if it is the peer of a plain registration that has none (restored, or
    /// its session was reaped), the registration goes on over it and waiting requests are sent.
    void sessionAppeared(coap::SessionId session);
    /// Ends the endpoint's registration because what authenticated it no longer holds (its
    /// credential changed): observations end, the device is stored offline. Returns the ended
    /// registration (its session already released, not closed), nullptr if there was none.
    std::unique_ptr<Registration> revoke(const std::string& endpoint);
    /// While `reason` is set (the store cannot write), Register is answered 5.03 Service
    /// Unavailable with Max-Age kRefusedRetryAfterSec and the reason; Update and De-register
    /// of registered devices go on.
    void refuseRegistrations(std::optional<std::string> reason);

    static constexpr std::uint32_t kRefusedRetryAfterSec = 30;

    /// A queue-mode device left a request unanswered: it is asleep now (until it next speaks).
    void deviceSilent(const std::string& endpoint);
    /// A queue-mode device sent a notification: a sleeping one is awake again for its awake
    /// window and gets the requests that waited for it. Its lifetime is not renewed (only
    /// Updates do that), nor is an awake device's window.
    void deviceSpoke(const std::string& endpoint);
    /// The device's own awake window; nullopt returns it to the configured default. Applies
    /// from its last contact on. Kept in memory (until the engine stops or the device is
    /// forgotten).
    void setAwakeWindow(const std::string& endpoint,
                        std::optional<std::chrono::milliseconds> window);
    /// The awake window that applies to the device, and whether it is the device's own.
    std::pair<std::chrono::milliseconds, bool> awakeWindow(const std::string& endpoint) const;

private:
    coap::Answer registerDevice(const coap::IncomingRequest& request);
    coap::Answer update(const coap::IncomingRequest& request, std::uint32_t key);
    coap::Answer deregister(const coap::IncomingRequest& request, std::uint32_t key);
    void expire(std::uint32_t key, std::int64_t deadlineMs);
    void fallAsleep(std::uint32_t key, std::int64_t deadlineMs);

    /// Removes the registration, ends its observations and releases its session.
    std::unique_ptr<Registration> end(std::uint32_t key);
    /// The device registered or updated: it is awake, its lifetime and awake window start again.
    void touch(Registration& registration);
    /// The device is awake from now on for its awake window.
    void wake(Registration& registration, std::int64_t nowMs);
    /// Presence went to sleeping: persisted and reported.
    void markSleeping(Registration& registration);
    /// After the answer went out: send waiting requests and, on Register, read /3/0.
    void afterContact(std::uint32_t key, bool readDeviceInfo);
    void readDeviceInfo(std::uint32_t key);
    /// Writes the device row and, while it is live, the registration, with `event` if given.
    void persist(const Registration& registration, std::optional<store::EventRecord> event = {});
    /// Records where the session's peer is: address, ports, security and identity.
    static void takePeer(Registration& registration, const coap::SessionInfo& session);
    static std::string peerKey(std::string_view host, std::uint16_t port, std::uint16_t localPort);
    static std::string peerKey(const Registration& registration);
    /// A DTLS session may register only its identity's endpoint; a device with a credential
    /// must use DTLS.
    /// `session` is the request's session (nullopt once it is gone).
    Expected<void> authorize(const std::optional<coap::SessionInfo>& session, const std::string& endpoint) const;
    coap::Answer malformed(const coap::IncomingRequest& request, const std::string& endpoint,
                           const std::string& reason);
    coap::Answer refused(const coap::IncomingRequest& request, coap::ResponseCode code, const std::string& endpoint,
                         const std::string& reason);

    Services m_services;
    LifetimeMonitor m_lifetimes;
    /// Plain registrations without a session, by peerKey: a new session from that peer takes them.
    std::unordered_map<std::string, std::uint32_t> m_awaitingPeer;
    std::optional<std::string> m_refusal; ///< why Register is refused now
    std::unordered_map<std::string, std::chrono::milliseconds> m_awakeWindows; ///< by endpoint
};

/// An answer with a code and a diagnostic payload (RFC 7252 §5.5.2).
coap::Answer answerWith(coap::ResponseCode code, const std::string& diagnostic = {});

} // namespace hangar::engine
