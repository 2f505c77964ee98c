#pragma once

// Observe notifications blasted at the engine by raw-socket devices, and the time until they
// are durable in the store.
//
// How a notification is mapped to its durable moment: each device's notifications carry its
// own increasing counter as the value. The load goes out in ticks (every device sends a burst,
// device 0 last); a tick is durable once the newest committed telemetry sample of device 0
// (read back through the facade, which sees committed rows only) carries a counter at least as
// high as device 0's last one in that tick. The engine reads its one UDP socket in order and
// the store commits writes in order, so every earlier notification of the tick is durable then
// too (or was dropped, which the loss count shows). Latency = that moment minus the send of the
// tick's last message; earlier messages of a tick waited up to one tick longer.

#include "bench_clock.h"
#include "loopback_sockets.h"

#include <chrono>
#include <cstdint>
#include <string>

namespace hangar::engine {
class LocalEngine;
}

namespace hangar::bench {

enum class PayloadKind : std::uint8_t
{
    SenmlCbor = 1, ///< [{n: "/3303/0/5700", v: <float64>}], content format 112
    Text = 2,      ///< the decimal value, content format 0
};

struct NotificationSettings
{
    engine::LocalEngine* engine = nullptr;
    sockaddr_in server{};
    std::string endpointPrefix;
    int devices = 200;
    int burst = 4; ///< notifications per device per tick (one sendmmsg)
    bool confirmable = false;
    int ticksInFlight = 4;    ///< NON: ticks sent but not yet acknowledged (each ends with one CON)
    int perDeviceWindow = 16; ///< CON: notifications awaiting their ACK, per device
    PayloadKind payload = PayloadKind::SenmlCbor;
    std::chrono::milliseconds duration{5000};
    std::uint64_t maxMessages = 5'000'000;
};

struct NotificationOutcome
{
    int devicesObserved = 0;
    std::uint64_t sent = 0;
    std::uint64_t acked = 0;          ///< CON only
    std::uint64_t ackTimeouts = 0;    ///< CON only: no ACK within 5 s
    std::uint64_t resets = 0;         ///< notifications the engine answered with RST
    std::uint64_t markerTimeouts = 0; ///< NON tick markers (CON) without an ACK within 1 s
    std::uint64_t persisted = 0;      ///< telemetry samples read back after the run
    double sendSeconds = 0;           ///< first to last send
    double durableSeconds = 0;        ///< first send to the last tick durable
    bool allDurable = false;
    LatencySummary toDurable;
    LatencySummary toAck; ///< CON only
    std::string problem;

    double persistedPerSecond() const
    {
        return durableSeconds > 0 ? static_cast<double>(persisted) / durableSeconds : 0;
    }
    double lossPercent() const
    {
        return sent > 0 ? 100.0 * static_cast<double>(sent - std::min(sent, persisted)) /
                              static_cast<double>(sent)
                        : 0;
    }
};

/// Registers the devices (their sockets stay open), has the engine observe /3303/0/5700 on
/// each, then sends notifications for `duration` and counts what was persisted.
NotificationOutcome runNotifications(const NotificationSettings& settings, SourcePool& sources);

} // namespace hangar::bench
