#pragma once

#include "coap/coap_context.h"
#include "engine/change_notifier.h"
#include "engine/credential_map.h"
#include "engine/deadline_queue.h"
#include "engine/durable_waiters.h"
#include "engine/device_requests.h"
#include "engine/engine_config.h"
#include "engine/event_log.h"
#include "engine/notification_sink.h"
#include "engine/observation_table.h"
#include "engine/queue_buffer.h"
#include "engine/registration_handler.h"
#include "engine/registration_table.h"
#include "engine/restored_state.h"

#include <QObject>

#include <chrono>

#include <memory>
#include <optional>
#include <string>
#include <unordered_set>

namespace hangar::engine {

/// Everything that lives on the engine thread: the CoAP context and the protocol state built
/// on it. Created, used and destroyed on that thread only (LocalEngine hops there).
class EngineHost : public QObject
{
    Q_OBJECT

public:
    using DevicesChanged = std::function<void(std::vector<std::string> endpoints)>;

    EngineHost(const EngineConfig& config, store::Store& store, const lwm2m::ObjectRegistry& models,
               std::vector<store::Credential> credentials, DevicesChanged devicesChanged);
    ~EngineHost() override;

    /// Takes back what a previous run left live (call before listen()): registrations whose
    /// lifetime has not run out and the observations held on them.
    void restore(RestoredState restored);
    /// Opens the configured endpoints; returns the bound (coap, coaps) ports, 0 for off.
    Expected<std::pair<std::uint16_t, std::uint16_t>> listen();

    DeviceRequests& requests() { return *m_requests; }
    RegistrationHandler& registrations() { return *m_registrationHandler; }
    const RegistrationTable& table() const { return m_table; }
    const NotificationSink& sink() const { return *m_sink; }

    /// Validates the credential and queues it to the store; the handshake knows it only once
    /// the store has committed it. Unless it is the very same identity and key, what the
    /// endpoint authenticated before ends at once (revokeAuthentications). Refused while the
    /// store cannot write.
    Expected<void> setCredential(store::Credential credential);
    /// All or nothing: validates every credential (also against each other) before storing any;
    /// like setCredential they take effect once committed and end what authenticated before.
    Expected<std::size_t> importCredentials(std::vector<store::Credential> credentials);
    /// Removes the endpoint's credential (NotFound without one) and ends its registration and
    /// DTLS sessions; the device may then register over plain CoAP only. Refused while the
    /// store cannot write.
    Expected<void> removeCredential(const std::string& endpoint);
    /// Drops the registration, waiting requests, credential (closing the DTLS sessions of its
    /// identity) and stored data of a device. Refused while the store cannot write.
    Expected<void> forget(const std::string& endpoint);
    /// Queues the tag change; after its commit reports the changed devices (devicesChanged)
    /// and calls `done` with their count, or with the change's error (at once while the store
    /// cannot write).
    void changeDeviceTags(store::DeviceTagChange change, Done<std::size_t> done);
    /// Calls `then` on this thread once every store write queued so far is durable, however
    /// long that takes.
    void afterCommit(std::function<void()> then);
    /// Answers `done` once every store write queued so far is durable, or at once with
    /// Unavailable / StorageFull while the store cannot write.
    void answerAfterCommit(Done<void> done);
    /// The observations held for the device's current registration (none when unregistered).
    std::vector<ObservationInfo> observationsOf(const std::string& endpoint) const;
    /// Gets the endpoints whose observation set changed, coalesced like devicesChanged.
    void setObservationsChanged(DevicesChanged observationsChanged);

private:
    std::optional<coap::Answer> handleRequest(const coap::IncomingRequest& request);
    /// Writes the device's current set of observations to the store.
    void persistObservations(const std::string& endpoint);
    void onSessionEvent(coap::SessionId session, coap::SessionEvent event);
    std::optional<std::vector<std::uint8_t>> lookupPsk(std::string_view identity);
    void handshakeOverdue(coap::SessionId session);
    void reportRefusedHandshake(coap::SessionId session, std::string_view what);
    /// Fails while the store cannot write: `what` is refused and nothing changes.
    Expected<void> checkWritable(const std::string& what) const;
    /// The store started failing (`failure`) or writes again (nullopt): log, event, Register.
    void storeFailureChanged(const std::optional<Error>& failure);

    /// An endpoint whose credential changed, with the PSK identity it had before (if any).
    struct CredentialChange
    {
        std::string endpoint;
        std::optional<std::string> formerIdentity;
        std::string reason; ///< "credential set", "credential replaced", "credential removed", …
    };
    /// What the endpoint's credential is about to become differs from what it is now.
    CredentialChange changeOf(const store::Credential& next) const;
    /// Ends, for each change, the endpoint's registration (made over plain CoAP or with the former
    /// credential) and every DTLS session of its former identity, handshaking or established, so
    /// the device must authenticate again with what it has now. Records "authentication-revoked"
    /// where something ended. One pass over the sessions for all changes.
    void revokeAuthentications(const std::vector<CredentialChange>& changes);

    const EngineConfig& m_config;
    store::Store& m_store;
    EventLog m_events;
    CredentialMap m_credentials;
    RegistrationTable m_table;
    ObservationTable m_observations;
    std::unique_ptr<NotificationSink> m_sink;
    std::unique_ptr<QueueBuffer> m_queue;
    DurableWaiters m_durable;
    std::unique_ptr<ChangeNotifier> m_changes;
    std::unique_ptr<ChangeNotifier> m_observationChanges;
    std::unique_ptr<coap::CoapContext> m_coap;
    std::unique_ptr<DeviceRequests> m_requests;
    std::unique_ptr<RegistrationHandler> m_registrationHandler;

    /// DTLS server sessions whose handshake has not completed yet.
    std::unordered_set<coap::SessionId> m_handshaking;
    std::unique_ptr<DeadlineQueue> m_handshakeDeadlines;
    std::chrono::steady_clock::time_point m_degradedSince;
};

} // namespace hangar::engine
