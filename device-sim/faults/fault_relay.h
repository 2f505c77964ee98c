#pragma once

#include "faults/delay_queue.h"
#include "faults/fault_dice.h"
#include "faults/fault_settings.h"
#include "faults/message_id_history.h"
#include "faults/relay_socket.h"

#include "common/error.h"

#include <QObject>
#include <QTimer>

#include <sys/socket.h>

#include <array>
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>

class QSocketNotifier;

namespace hangar::devicesim {

/// What a FaultRelay did so far. Every datagram read counts once in upstream/downstream; each
/// one not delivered counts once in `dropped` (loss, partition, full delay queue, or a socket
/// error); `duplicated` and `delayed` count datagrams, not copies sent.
struct RelayStats
{
    std::uint64_t upstreamDatagrams = 0;   ///< read from devices
    std::uint64_t downstreamDatagrams = 0; ///< read from the server
    std::uint64_t dropped = 0;
    std::uint64_t duplicated = 0;
    std::uint64_t delayed = 0;         ///< copies put in the delay queue
    std::uint64_t retransmissions = 0; ///< plain-CoAP confirmable messages seen again (both sides)
    std::uint64_t devices = 0;         ///< devices with an upstream socket now
    std::uint64_t partitioned = 0;     ///< of `dropped`: inside a partition window
    std::uint64_t queueOverflows = 0;  ///< of `dropped`: the delay queue was full
    std::uint64_t errors = 0; ///< socket failures (no socket for a device, send refused...)
};

/// A UDP relay between simulated devices and any LwM2M server that injects network faults:
/// loss, latency and jitter, duplication and partition windows, in both directions, for the
/// whole group or per device, changeable while running. Bytes pass untouched, so plain CoAP and
/// DTLS work alike; each device gets its own upstream socket, so the server sees every device
/// at its own address and can reach it any time (notifications, requests).
///
/// Devices are told apart by their source port (they share one host). One epoll descriptor on
/// one QSocketNotifier serves every socket, and one timer the delay queue: idle costs nothing.
/// Every call must come from the thread this object lives on.
class FaultRelay : public QObject
{
    Q_OBJECT

public:
    /// Listens on listenHost:0 (numeric) and forwards each device's datagrams to
    /// serverHost:serverPort (numeric) from a socket of that device's own.
    static Expected<std::unique_ptr<FaultRelay>> create(const std::string& serverHost,
                                                        std::uint16_t serverPort,
                                                        const std::string& listenHost = "127.0.0.1",
                                                        QObject* parent = nullptr);
    ~FaultRelay() override;

    FaultRelay(const FaultRelay&) = delete;
    FaultRelay& operator=(const FaultRelay&) = delete;

    /// Where devices send (their "server" address).
    const std::string& listenHost() const { return m_listenHost; }
    std::uint16_t listenPort() const { return m_listenPort; }

    /// Sets the group's faults for datagrams read from now on; a partition window counts from
    /// this call. Datagrams already delayed keep their delivery time.
    void setFaults(const NetworkFaults& faults);
    const NetworkFaults& faults() const { return m_group.faults; }

    /// Overrides the group's faults for the device sending from local UDP port `devicePort`
    /// (also before its first datagram); its partition window counts from this call. nullopt
    /// returns the device to the group's faults.
    void setDeviceFaults(std::uint16_t devicePort, std::optional<NetworkFaults> faults);

    /// Closes that device's upstream socket; its next datagram opens a new one (a new address
    /// at the server, as after a NAT rebinding). Datagrams still delayed for it are dropped.
    /// The per-device override stays until setDeviceFaults(port, nullopt).
    void forgetDevice(std::uint16_t devicePort);

    /// Local port of the socket that speaks to the server for this device (what the server
    /// sees as the device's port), 0 if the relay has none for it.
    std::uint16_t upstreamPort(std::uint16_t devicePort) const;

    /// Restarts every device's random stream from `seed` (device k always gets the same
    /// stream, k counting devices in order of their first datagram), so a run repeats.
    void setSeed(std::uint64_t seed);

    /// Bounds the memory of the delay queue; beyond it datagrams are dropped (queueOverflows).
    void setQueueLimits(DelayQueue::Limits limits) { m_queue.setLimits(limits); }

    RelayStats stats() const;

private:
    struct Applied
    {
        NetworkFaults faults;
        DelayQueue::Clock::time_point since;
    };

    struct Device
    {
        std::uint64_t id =
            0; ///< never reused, 0 is never valid; names the device in epoll and the queue
        int fd = -1;
        relay::SocketAddress address; ///< the device's own address (downstream destination)
        FaultDice dice;
        MessageIdHistory fromDevice;
        MessageIdHistory fromServer;
    };

    static constexpr std::size_t kBatch = 16;
    static constexpr std::size_t kMaxDatagramBytes = 8192;

    using TimePoint = DelayQueue::Clock::time_point;

    explicit FaultRelay(QObject* parent);

    void onReadable();
    /// Reads `fd` until EAGAIN or `budget` datagrams; `upstream` is the device owning it, or
    /// nullptr for the listening socket. Returns the datagrams read.
    std::size_t drain(int fd, Device* upstream, std::size_t budget);
    Device* deviceFrom(const relay::SocketAddress& source);
    Device* findDevice(std::uint64_t key);
    void route(Device& device, RelayDirection direction, std::span<const std::uint8_t> bytes,
               TimePoint now);
    void deliver(const Device& device, RelayDirection direction,
                 std::span<const std::uint8_t> bytes);
    void onDelayTimer();
    void armDelayTimer();
    void closeDevice(Device& device);
    void countError(const std::string& message);
    std::uint32_t relayMs(TimePoint now) const;

    std::string m_listenHost;
    std::uint16_t m_listenPort = 0;
    relay::SocketAddress m_server;
    int m_epollFd = -1;
    int m_listenFd = -1;
    QSocketNotifier* m_notifier = nullptr;

    Applied m_group;
    std::unordered_map<std::uint16_t, Applied> m_overrides;
    std::unordered_map<std::uint16_t, Device> m_devices; ///< by the device's port
    std::uint64_t m_nextId = 1;
    std::uint64_t m_seed = 0x48616e6761725349ULL;

    DelayQueue m_queue;
    QTimer m_delayTimer;
    std::optional<TimePoint> m_armedFor;
    TimePoint m_started;
    RelayStats m_stats;

    // Receive buffers for recvmmsg, reused for every read.
    std::array<std::array<std::uint8_t, kMaxDatagramBytes>, kBatch> m_buffers{};
    std::array<relay::SocketAddress, kBatch> m_sources{};
    std::array<iovec, kBatch> m_iovecs{};
    std::array<mmsghdr, kBatch> m_messages{};
};

} // namespace hangar::devicesim
