#include "engine/engine_host.h"

#include "engine/clock.h"
#include "engine/listen_policy.h"


namespace hangar::engine {

EngineHost::EngineHost(const EngineConfig& config, store::Store& store, const lwm2m::ObjectRegistry& models,
                       std::vector<store::Credential> credentials, DevicesChanged devicesChanged)
    : m_config(config), m_store(store), m_events(store), m_durable(store)
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
    std::string peer;
    std::string identity;
    if (const auto info = m_coap->sessionInfo(session)) {
        peer = info->peerAddress + ":" + std::to_string(info->peerPort);
        identity = info->offeredPskIdentity.value_or("");
    }
    std::string reason(what);
    if (identity.empty())
        reason = "no PSK identity offered";
    else if (m_credentials.keyFor(identity) == nullptr)
        reason = "unknown PSK identity";
    m_events.recordThrottled("dtls-refused", "", {{"identity", identity}, {"reason", reason}, {"peer", peer}});
}

Expected<void> EngineHost::setCredential(store::Credential credential)
{
    if (auto valid = m_credentials.validate(credential); !valid)
        return valid;
    if (auto queued = m_store.enqueueCredential(credential); !queued)
        return std::unexpected(queued.error());
    m_events.record("credential-set", credential.endpoint, {{"identity", credential.pskIdentity}});
    m_credentials.put(std::move(credential));
    return {};
}

Expected<std::size_t> EngineHost::importCredentials(std::vector<store::Credential> credentials)
{
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
    for (store::Credential& credential : credentials) {
        if (auto queued = m_store.enqueueCredential(credential); !queued)
            return std::unexpected(queued.error());
        m_credentials.put(std::move(credential));
    }
    m_events.record("credentials-imported", "", {{"count", std::to_string(count)}});
    return count;
}

void EngineHost::afterCommit(std::function<void()> then)
{
    m_durable.whenDurable(m_store.stats().enqueued, std::move(then));
}

void EngineHost::changeDeviceTags(store::DeviceTagChange change, Done<std::size_t> done)
{
    auto outcome = std::make_shared<store::DeviceTagOutcome>();
    if (auto queued = m_store.enqueueDeviceTags(std::move(change), outcome); !queued) {
        done(std::unexpected(queued.error()));
        return;
    }
    afterCommit([this, outcome, done = std::move(done)] {
        if (outcome->error) {
            done(std::unexpected(*outcome->error));
            return;
        }
        for (const std::string& endpoint : outcome->changed)
            m_changes->changed(endpoint);
        done(outcome->changed.size());
    });
}

void EngineHost::forget(const std::string& endpoint)
{
    m_registrationHandler->drop(endpoint);
    m_queue->failAll(endpoint, Error(ErrorCode::Cancelled, "device '" + endpoint + "' was forgotten"));
    m_credentials.removeEndpoint(endpoint);
    (void)m_store.enqueueDeleteDevice(endpoint);
    m_events.record("forgotten", endpoint, {});
}

} // namespace hangar::engine
