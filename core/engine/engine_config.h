#pragma once

#include "coap/coap_types.h"
#include "engine/peer_noise.h"
#include "store/event_retention.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace hangar::engine {

/// A numeric address and UDP port to listen on; port 0 picks a free port.
struct ListenAddress
{
    std::string host;
    std::uint16_t port = 0;
};

/// Everything the engine needs to start. Plain data; the defaults are safe for production.
struct EngineConfig
{
    /// Holds hangar.db and models/ (extra DDF XML files). Created if missing.
    std::string dataDir;
    /// Plain CoAP endpoint, or nullopt for off.
    std::optional<ListenAddress> coap = ListenAddress{"127.0.0.1", 5683};
    /// DTLS-PSK endpoint, or nullopt for off.
    std::optional<ListenAddress> coaps = ListenAddress{"0.0.0.0", 5684};
    /// Plain CoAP carries no authentication: binding it off loopback needs this explicit opt-in
    /// (`--allow-insecure-coap`); naming the address alone is not consent.
    bool allowInsecureCoap = false;

    /// How long a queue-mode device is reachable after its Register/Update (LwM2M 1.1 §6.5:
    /// MAX_TRANSMIT_WAIT, 93 s with the default transmission parameters), unless the device has
    /// its own window (Engine::setAwakeWindow). hangard: --awake-window SEC.
    std::chrono::milliseconds awakeWindow{93'000};
    /// A queue-mode device that has not answered a request this long after it was sent is
    /// taken to be asleep already (its awake window was shorter than assumed): it is shown
    /// sleeping and further requests wait for its next Register/Update.
    std::chrono::milliseconds queueModeAnswerTimeout{10'000};
    /// Timeout of requests the engine sends on its own (the /3/0 read after registration).
    std::chrono::milliseconds requestTimeout{30'000};
    /// Requests waiting for one sleeping device; more fail with LimitExceeded.
    std::size_t maxQueuedPerDevice = 32;
    /// Lifetimes below this are raised to it (tests lower it to see expiry quickly).
    std::chrono::seconds minimumLifetime{30};
    /// A registration expires this long after its lifetime ran out, to absorb late Updates.
    std::chrono::milliseconds lifetimeGrace{2'000};

    /// A DTLS handshake not finished by then is refused and logged (a wrong key looks like this).
    std::chrono::milliseconds handshakeTimeout{10'000};

    /// How old and how many events the event log keeps (30 days, 1,000,000 events by default).
    store::EventRetention eventRetention;
    /// Refused handshakes and malformed or refused requests: one event per kind and source
    /// address per minute, plus a summary with the count (see EventLog::recordFromPeer).
    PeerNoiseLimits peerNoise;

    /// Transport settings (idle session timeout, retransmission, MTU, socket buffer). The plain
    /// endpoint is spread over sockets sharing its port so that a registration storm from a
    /// large fleet stays linear (see coap::ContextOptions::plainListenShards).
    coap::ContextOptions transport = [] {
        coap::ContextOptions options;
        options.plainListenShards = 1024;
        return options;
    }();
};

} // namespace hangar::engine
