#include "engine/engine_host.h"

#include "engine/clock.h"
#include "engine/listen_policy.h"


namespace hangar::engine {

EngineHost::EngineHost(const EngineConfig& config, store::Store& store, const lwm2m::ObjectRegistry& models,
                       std::vector<store::Credential> credentials, DevicesChanged devicesChanged)
    : m_config(config), m_store(store), m_events(store, config.peerNoise), m_durable(store)
{
    m_credentials.load(std::move(credentials));
    m_sink = std::make_unique<NotificationSink>(store);
    m_queue = std::make_unique<QueueBuffer>(config.maxQueuedPerDevice);
    // Reported once the store committed what changed, so that a listener reading the devices
    // back (the GUI inventory) sees the new state.
    m_changes = std::make_unique<ChangeNotifier>(
        std::chrono::milliseconds(50),
        [this, devicesChanged = std::move(devicesChanged)](std::vector<std::string> endpoints) {
            afterCommit([devicesChanged, endpoints = std::move(endpoints)]() mutable {
                devicesChanged(std::move(endpoints));
            });
        });
    m_coap = std::make_unique<coap::CoapContext>(config.transport);
    m_observations.setChangeListener([this](const std::string& endpoint) {
        persistObservations(endpoint);
        if (m_observationChanges)
            m_observationChanges->changed(endpoint);
    });
    m_requests = std::make_unique<DeviceRequests>(*m_coap, m_table, *m_queue, m_observations, *m_sink,
                                                  m_events, models);
    m_registrationHandler = std::make_unique<RegistrationHandler>(RegistrationHandler::Services{
        *m_coap, m_table, m_credentials, m_events, store, *m_requests, *m_changes, m_config});
    m_requests->setPresenceListeners(
        config.queueModeAnswerTimeout,
        [this](const std::string& endpoint) { m_registrationHandler->deviceSilent(endpoint); },
        [this](const std::string& endpoint) { m_registrationHandler->deviceSpoke(endpoint); });
    m_handshakeDeadlines = std::make_unique<DeadlineQueue>(
        [this](std::uint64_t session, std::int64_t) { handshakeOverdue(session); });
    m_coap->setRequestHandler([this](const coap::IncomingRequest& request) { return handleRequest(request); });
    connect(m_coap.get(), &coap::CoapContext::sessionEvent, this, &EngineHost::onSessionEvent);
    m_durable.setFailureListener(
        [this](const std::optional<Error>& failure) { storeFailureChanged(failure); });
    if (m_durable.failure())
        storeFailureChanged(m_durable.failure());
}

EngineHost::~EngineHost()
{
    m_observations.setChangeListener({}); // nobody listens once the engine stops
    // Waiting requests and pending exchanges end now; their callbacks still find every
    // component alive because the context goes first.
    m_queue->failEverything(Error(ErrorCode::Cancelled, "the engine is stopping; retry once it runs again"));
    disconnect(m_coap.get(), nullptr, this, nullptr);
    m_coap.reset();
    m_sink->flush();
}

std::vector<ObservationInfo> EngineHost::observationsOf(const std::string& endpoint) const
{
    const Registration* registration = m_table.byEndpoint(endpoint);
    return registration != nullptr ? m_observations.list(registration->key) : std::vector<ObservationInfo>{};
}

void EngineHost::restore(RestoredState restored)
{
    m_registrationHandler->restore(std::move(restored.registrations));
    for (const store::ObservationRecord& observation : restored.observations) {
        if (const Registration* registration = m_table.byEndpoint(observation.endpoint))
            m_requests->resumeObservation(*registration, observation);
    }
}

void EngineHost::persistObservations(const std::string& endpoint)
{
    std::vector<store::ObservationRecord> records;
    if (const Registration* registration = m_table.byEndpoint(endpoint)) {
        for (ObservationTable::Held& held : m_observations.held(registration->key)) {
            store::ObservationRecord record;
            record.endpoint = endpoint;
            record.path = held.path;
            record.token = m_coap->token(held.id);
            record.contentFormat = held.format;
            const NotificationAttributes& attributes = held.info.attributes;
            record.pminSec = attributes.pminSec;
            record.pmaxSec = attributes.pmaxSec;
            record.greaterThan = attributes.greaterThan;
            record.lessThan = attributes.lessThan;
            record.step = attributes.step;
            record.sinceMs = held.info.sinceMs;
            if (!record.token.empty())
                records.push_back(std::move(record));
        }
    }
    (void)m_store.enqueueObservations(endpoint, std::move(records));
}

void EngineHost::setObservationsChanged(DevicesChanged observationsChanged)
{
    m_observationChanges = std::make_unique<ChangeNotifier>(std::chrono::milliseconds(50),
                                                            std::move(observationsChanged));
}

Expected<std::pair<std::uint16_t, std::uint16_t>> EngineHost::listen()
{
    std::uint16_t coapPort = 0;
    std::uint16_t coapsPort = 0;
    if (m_config.coap) {
        if (auto allowed = checkPlainCoapAddress(m_config.coap->host, m_config.allowInsecureCoap); !allowed)
            return std::unexpected(allowed.error());
        auto port = m_coap->listen(m_config.coap->host, m_config.coap->port, coap::ServerSecurity{});
        if (!port)
            return fail(port.error().code, "cannot open the coap endpoint " + m_config.coap->host + ":" +
                                               std::to_string(m_config.coap->port) + ": " + port.error().message);
        coapPort = *port;
    }
    if (m_config.coaps) {
        coap::ServerSecurity security;
        security.mode = coap::SecurityMode::Psk;
        security.pskLookup = [this](std::string_view identity) { return lookupPsk(identity); };
        auto port = m_coap->listen(m_config.coaps->host, m_config.coaps->port, security);
        if (!port)
            return fail(port.error().code, "cannot open the coaps endpoint " + m_config.coaps->host + ":" +
                                               std::to_string(m_config.coaps->port) + ": " + port.error().message);
        coapsPort = *port;
    }
    return std::make_pair(coapPort, coapsPort);
}

std::optional<coap::Answer> EngineHost::handleRequest(const coap::IncomingRequest& request)
{
    if (!request.uriPath.empty() && request.uriPath.front() == "rd")
        return m_registrationHandler->handle(request);
    return answerWith(coap::ResponseCode::NotFound, "this LwM2M server serves /rd only");
}

std::optional<std::vector<std::uint8_t>> EngineHost::lookupPsk(std::string_view identity)
{
    const std::vector<std::uint8_t>* key = m_credentials.keyFor(identity);
    if (key == nullptr)
        return std::nullopt;
    return *key;
}

void EngineHost::onSessionEvent(coap::SessionId session, coap::SessionEvent event)
{
    switch (event) {
    case coap::SessionEvent::New:
        if (const auto info = m_coap->sessionInfo(session); info && info->mode == coap::SecurityMode::Psk) {
            m_handshaking.insert(session);
            m_handshakeDeadlines->schedule(session, steadyMs() + m_config.handshakeTimeout.count());
        } else {
            m_registrationHandler->sessionAppeared(session);
        }
        break;
    case coap::SessionEvent::Connected:
        m_handshaking.erase(session);
        break;
    case coap::SessionEvent::Failed:
        if (m_handshaking.erase(session) > 0)
            reportRefusedHandshake(session, "handshake failed");
        break;
    case coap::SessionEvent::Deleted:
        m_handshaking.erase(session);
        m_registrationHandler->sessionGone(session);
        break;
    default:
        break;
    }
}

void EngineHost::handshakeOverdue(coap::SessionId session)
{
    // A wrong key shows up on the server only as a handshake that never completes.
    if (m_handshaking.erase(session) == 0)
        return;
    reportRefusedHandshake(session, "handshake did not complete (wrong key?)");
    m_coap->close(session);
}

void EngineHost::reportRefusedHandshake(coap::SessionId session, std::string_view what)
{
    std::string source = "unknown";
    std::string peer;
    std::string identity;
    if (const auto info = m_coap->sessionInfo(session)) {
        source = info->peerAddress;
        peer = info->peerAddress + ":" + std::to_string(info->peerPort);
        identity = info->offeredPskIdentity.value_or("");
    }
    std::string reason(what);
    if (identity.empty())
        reason = "no PSK identity offered";
    else if (m_credentials.keyFor(identity) == nullptr)
        reason = "unknown PSK identity";
    m_events.recordFromPeer("dtls-refused", source, "", {{"identity", identity}, {"reason", reason}, {"peer", peer}});
}

Expected<void> EngineHost::checkWritable(const std::string& what) const
{
    if (const auto& failure = m_durable.failure())
        return std::unexpected(
            DurableWaiters::unavailable(*failure, what + " was refused, nothing was changed"));
    return {};
}

void EngineHost::storeFailureChanged(const std::optional<Error>& failure)
{
    if (failure) {
        const bool full = failure->code == ErrorCode::StorageFull;
        m_degradedSince = std::chrono::steady_clock::now();
        qCritical("Hangar is degraded: the store cannot write (%s); writes are kept in memory and "
                  "retried, new "
                  "registrations are refused until writing resumes: %s",
                  full ? "disk full" : "I/O error", failure->message.c_str());
        m_events.record(
            "store-degraded", "",
            {{"reason", full ? "disk-full" : "io-error"}, {"message", failure->message}});
        m_registrationHandler->refuseRegistrations(
            full ? "the server's disk is full; retry later"
                 : "the server cannot write its store; retry later");
        return;
    }
    const auto degradedMs = std::chrono::duration_cast<std::chrono::milliseconds>(
                                std::chrono::steady_clock::now() - m_degradedSince)
                                .count();
    qInfo("Hangar recovered: the store writes again after %lld ms; the writes kept meanwhile are "
          "committed",
          static_cast<long long>(degradedMs));
    m_events.record("store-recovered", "", {{"degradedMs", std::to_string(degradedMs)}});
    m_registrationHandler->refuseRegistrations(std::nullopt);
}

Expected<void> EngineHost::setCredential(store::Credential credential)
{
    if (auto writable = checkWritable("the credential of '" + credential.endpoint + "'"); !writable)
        return writable;
    if (auto valid = m_credentials.validate(credential); !valid)
        return valid;
    const bool unchanged = m_credentials.holds(credential);
    const CredentialChange change = changeOf(credential);
    auto queued = m_store.enqueueCredential(credential);
    if (!queued)
        return std::unexpected(queued.error());
    m_events.record("credential-set", credential.endpoint, {{"identity", credential.pskIdentity}});
    // The handshake must not accept a key a restart could forget: it learns it at the commit.
    m_credentials.reserve(credential);
    m_durable.whenDurable(*queued, [this, credential = std::move(credential)]() mutable {
        m_credentials.putReserved(std::move(credential));
    });
    // What the former credential authenticated ends at once.
    if (!unchanged)
        revokeAuthentications({change});
    return {};
}

Expected<void> EngineHost::removeCredential(const std::string& endpoint)
{
    if (auto writable = checkWritable("the credential of '" + endpoint + "'"); !writable)
        return writable;
    const std::string* identity = m_credentials.identityOf(endpoint);
    if (identity == nullptr)
        return fail(ErrorCode::NotFound, "device '" + endpoint + "' has no credential");
    const CredentialChange change{endpoint, *identity, "credential removed"};
    if (auto queued = m_store.enqueueDeleteCredential(endpoint); !queued)
        return std::unexpected(queued.error());
    m_events.record("credential-removed", endpoint, {{"identity", *identity}});
    m_credentials.removeEndpoint(endpoint);
    revokeAuthentications({change});
    return {};
}

EngineHost::CredentialChange EngineHost::changeOf(const store::Credential& next) const
{
    const std::string* former = m_credentials.identityOf(next.endpoint);
    if (former == nullptr)
        return {next.endpoint, std::nullopt, "credential set"};
    return {next.endpoint, *former, "credential replaced"};
}

void EngineHost::revokeAuthentications(const std::vector<CredentialChange>& changes)
{
    std::vector<std::size_t> sessionsClosed(changes.size(), 0);
    std::unordered_map<std::string_view, std::size_t> changeOfIdentity;
    for (std::size_t i = 0; i < changes.size(); ++i)
        if (changes[i].formerIdentity)
            changeOfIdentity.emplace(*changes[i].formerIdentity, i);
    std::vector<std::unique_ptr<Registration>> ended;
    ended.reserve(changes.size());
    // Registrations first: ending one releases its session, which the closes below then free.
    for (const CredentialChange& change : changes)
        ended.push_back(m_registrationHandler->revoke(change.endpoint));
    // A plain-CoAP session is not closed: other endpoints (a gateway) may use it, and without the
    // registration it authenticates nothing. A DTLS session of the former identity would still
    // register the endpoint, and a handshake that offered it already got the former key.
    if (!changeOfIdentity.empty()) {
        for (const auto& [session, identity] : m_coap->pskServerSessions()) {
            const auto found = changeOfIdentity.find(identity);
            if (found == changeOfIdentity.end())
                continue;
            m_handshaking.erase(session);
            m_coap->close(session);
            ++sessionsClosed[found->second];
        }
    }
    for (std::size_t i = 0; i < changes.size(); ++i) {
        if (ended[i] == nullptr && sessionsClosed[i] == 0)
            continue;
        m_events.record("authentication-revoked", changes[i].endpoint,
                        {{"reason", changes[i].reason},
                         {"registrationId", ended[i] != nullptr ? ended[i]->id() : std::string()},
                         {"sessionsClosed", std::to_string(sessionsClosed[i])}});
    }
}

Expected<std::size_t> EngineHost::importCredentials(std::vector<store::Credential> credentials)
{
    if (auto writable = checkWritable("the credential import"); !writable)
        return std::unexpected(writable.error());
    std::unordered_map<std::string, std::string> identities; // identity -> endpoint within the batch
    std::unordered_set<std::string> endpoints;
    for (const store::Credential& credential : credentials) {
        if (auto valid = m_credentials.validate(credential); !valid)
            return std::unexpected(valid.error());
        if (!endpoints.insert(credential.endpoint).second)
            return fail(ErrorCode::InvalidArgument, "endpoint '" + credential.endpoint +
                                                        "' appears twice in the import; nothing was stored");
        const auto [found, inserted] = identities.emplace(credential.pskIdentity, credential.endpoint);
        if (!inserted)
            return fail(ErrorCode::InvalidArgument, "PSK identity '" + credential.pskIdentity +
                                                        "' appears twice in the import; nothing was stored");
    }
    const std::size_t count = credentials.size();
    std::vector<CredentialChange> changes;
    store::WriteSequence last = 0;
    for (const store::Credential& credential : credentials) {
        if (!m_credentials.holds(credential))
            changes.push_back(changeOf(credential));
        auto queued = m_store.enqueueCredential(credential);
        if (!queued)
            return std::unexpected(queued.error());
        last = *queued;
        m_credentials.reserve(credential);
    }
    m_durable.whenDurable(last, [this, credentials = std::move(credentials)]() mutable {
        for (store::Credential& credential : credentials)
            m_credentials.putReserved(std::move(credential));
    });
    m_events.record("credentials-imported", "", {{"count", std::to_string(count)}});
    revokeAuthentications(changes);
    return count;
}

void EngineHost::afterCommit(std::function<void()> then)
{
    m_durable.whenDurable(m_store.stats().enqueued, std::move(then));
}

void EngineHost::answerAfterCommit(Done<void> done)
{
    m_durable.answerWhenDurable(m_store.stats().enqueued, std::move(done));
}

void EngineHost::changeDeviceTags(store::DeviceTagChange change, Done<std::size_t> done)
{
    if (auto writable = checkWritable("the tag change"); !writable) {
        done(std::unexpected(writable.error()));
        return;
    }
    auto outcome = std::make_shared<store::DeviceTagOutcome>();
    auto queued = m_store.enqueueDeviceTags(std::move(change), outcome);
    if (!queued) {
        done(std::unexpected(queued.error()));
        return;
    }
    m_durable.whenDurable(*queued, [this, outcome] {
        if (outcome->error)
            return;
        for (const std::string& endpoint : outcome->changed)
            m_changes->changed(endpoint);
    });
    m_durable.answerWhenDurable(*queued,
                                [outcome, done = std::move(done)](Expected<void> committed) {
                                    if (!committed)
                                        return done(std::unexpected(committed.error()));
                                    if (outcome->error)
                                        return done(std::unexpected(*outcome->error));
                                    done(outcome->changed.size());
                                });
}

Expected<void> EngineHost::forget(const std::string& endpoint)
{
    if (auto writable = checkWritable("forgetting '" + endpoint + "'"); !writable)
        return writable;
    m_registrationHandler->drop(endpoint);
    m_queue->failAll(endpoint, Error(ErrorCode::Cancelled, "device '" + endpoint + "' was forgotten"));
    if (const std::string* identity = m_credentials.identityOf(endpoint)) {
        const CredentialChange change{endpoint, *identity, "device forgotten"};
        m_credentials.removeEndpoint(endpoint);
        revokeAuthentications({change});
    }
    (void)m_store.enqueueDeleteDevice(endpoint);
    m_events.record("forgotten", endpoint, {});
    return {};
}

} // namespace hangar::engine
