#include "faults/fault_relay.h"

#include <QLoggingCategory>
#include <QSocketNotifier>

#include <sys/epoll.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

Q_LOGGING_CATEGORY(lcRelay, "hangar.sim.relay", QtInfoMsg)

namespace hangar::devicesim {

namespace {

constexpr std::uint64_t kListenKey = 0;
constexpr int kSocketBufferBytes = 4 * 1024 * 1024;
constexpr int kEventsPerRound = 64;
// Datagrams handled per wakeup before yielding to the event loop; epoll is level-triggered,
// so what is left wakes us again on the next loop turn.
constexpr std::size_t kDatagramsPerWakeup = 4096;
// The first errors are logged one by one, later ones only now and then.
constexpr std::uint64_t kErrorsLoggedInFull = 10;
constexpr std::uint64_t kErrorLogInterval = 1000;

// A device is named by its id and port in one word, so a stale epoll event or queued datagram
// of a forgotten device never reaches a newer device on the same port.
std::uint64_t keyOf(std::uint64_t id, std::uint16_t port)
{
    return (id << 16) | port;
}

bool transient(int error)
{
    return error == EAGAIN || error == EWOULDBLOCK || error == EINTR;
}

} // namespace

FaultRelay::FaultRelay(QObject* parent) : QObject(parent), m_started(DelayQueue::Clock::now())
{
    m_group.since = m_started;
    m_delayTimer.setSingleShot(true);
    m_delayTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_delayTimer, &QTimer::timeout, this, &FaultRelay::onDelayTimer);
    for (std::size_t i = 0; i < kBatch; ++i) {
        m_iovecs[i].iov_base = m_buffers[i].data();
        m_iovecs[i].iov_len = m_buffers[i].size();
        m_messages[i].msg_hdr.msg_iov = &m_iovecs[i];
        m_messages[i].msg_hdr.msg_iovlen = 1;
    }
}

Expected<std::unique_ptr<FaultRelay>> FaultRelay::create(const std::string& serverHost,
                                                         std::uint16_t serverPort,
                                                         const std::string& listenHost,
                                                         QObject* parent)
{
    if (serverPort == 0)
        return fail(ErrorCode::InvalidArgument,
                    "fault relay: server port 0 for " + serverHost +
                        " cannot be reached; pass the server's UDP port");
    auto server = relay::parseNumericAddress(serverHost, serverPort);
    if (!server)
        return std::unexpected(server.error());
    auto listen = relay::parseNumericAddress(listenHost, 0);
    if (!listen)
        return std::unexpected(listen.error());

    std::unique_ptr<FaultRelay> relay(new FaultRelay(parent));
    relay->m_server = *server;
    relay->m_listenHost = listenHost;
    relay->m_epollFd = ::epoll_create1(EPOLL_CLOEXEC);
    if (relay->m_epollFd < 0)
        return fail(ErrorCode::IoFailure,
                    relay::errnoText("fault relay: cannot create an epoll descriptor", errno));
    auto fd = relay::openUdpSocket(listen->family());
    if (!fd)
        return std::unexpected(fd.error());
    relay->m_listenFd = *fd;
    if (::bind(relay->m_listenFd, listen->get(), listen->length) != 0)
        return fail(ErrorCode::IoFailure,
                    relay::errnoText("fault relay: cannot bind a UDP socket on " + listenHost +
                                         " (use a local address of this machine)",
                                     errno));
    relay::raiseBuffers(relay->m_listenFd, kSocketBufferBytes);
    relay->m_listenPort = relay::localPort(relay->m_listenFd);
    epoll_event event{};
    event.events = EPOLLIN;
    event.data.u64 = kListenKey;
    if (::epoll_ctl(relay->m_epollFd, EPOLL_CTL_ADD, relay->m_listenFd, &event) != 0)
        return fail(ErrorCode::IoFailure,
                    relay::errnoText("fault relay: cannot watch its listening socket", errno));
    relay->m_notifier = new QSocketNotifier(static_cast<qintptr>(relay->m_epollFd),
                                            QSocketNotifier::Read, relay.get());
    connect(relay->m_notifier, &QSocketNotifier::activated, relay.get(), &FaultRelay::onReadable);
    return relay;
}

FaultRelay::~FaultRelay()
{
    // Qt must stop watching the epoll descriptor before it is closed.
    delete m_notifier;
    for (auto& [port, device] : m_devices)
        ::close(device.fd);
    if (m_listenFd >= 0)
        ::close(m_listenFd);
    if (m_epollFd >= 0)
        ::close(m_epollFd);
}

void FaultRelay::setFaults(const NetworkFaults& faults)
{
    m_group = {faults, DelayQueue::Clock::now()};
}

void FaultRelay::setDeviceFaults(std::uint16_t devicePort, std::optional<NetworkFaults> faults)
{
    if (faults)
        m_overrides[devicePort] = {*faults, DelayQueue::Clock::now()};
    else
        m_overrides.erase(devicePort);
}

void FaultRelay::forgetDevice(std::uint16_t devicePort)
{
    const auto found = m_devices.find(devicePort);
    if (found == m_devices.end())
        return;
    closeDevice(found->second);
    m_devices.erase(found);
}

std::uint16_t FaultRelay::upstreamPort(std::uint16_t devicePort) const
{
    const auto found = m_devices.find(devicePort);
    return found == m_devices.end() ? 0 : relay::localPort(found->second.fd);
}

void FaultRelay::setSeed(std::uint64_t seed)
{
    m_seed = seed;
    for (auto& [port, device] : m_devices)
        device.dice = FaultDice(m_seed, device.id);
}

RelayStats FaultRelay::stats() const
{
    RelayStats result = m_stats;
    result.devices = m_devices.size();
    return result;
}

void FaultRelay::closeDevice(Device& device)
{
    // Closing removes the descriptor from the epoll set (it is never duplicated).
    ::close(device.fd);
    device.fd = -1;
}

void FaultRelay::countError(const std::string& message)
{
    ++m_stats.errors;
    if (m_stats.errors <= kErrorsLoggedInFull || m_stats.errors % kErrorLogInterval == 0)
        qCWarning(lcRelay).noquote() << QString::fromStdString(
            message + " (" + std::to_string(m_stats.errors) + " relay errors so far)");
}

std::uint32_t FaultRelay::relayMs(TimePoint now) const
{
    // Truncation is intended: MessageIdHistory compares wrapping millisecond stamps.
    return static_cast<std::uint32_t>(static_cast<std::uint64_t>(
        std::chrono::duration_cast<std::chrono::milliseconds>(now - m_started).count()));
}

void FaultRelay::onReadable()
{
    std::array<epoll_event, kEventsPerRound> events{};
    std::size_t budget = kDatagramsPerWakeup;
    while (budget > 0) {
        const int count = ::epoll_wait(m_epollFd, events.data(), kEventsPerRound, 0);
        if (count <= 0)
            break;
        for (int i = 0; i < count && budget > 0; ++i) {
            const std::uint64_t key = events[static_cast<std::size_t>(i)].data.u64;
            if (key == kListenKey) {
                budget -= drain(m_listenFd, nullptr, budget);
            } else if (Device* device = findDevice(key)) {
                budget -= drain(device->fd, device, budget);
            }
        }
    }
}

FaultRelay::Device* FaultRelay::findDevice(std::uint64_t key)
{
    const auto found = m_devices.find(static_cast<std::uint16_t>(key & 0xffff));
    if (found == m_devices.end() || found->second.id != key >> 16 || found->second.fd < 0)
        return nullptr;
    return &found->second;
}

std::size_t FaultRelay::drain(int fd, Device* upstream, std::size_t budget)
{
    const RelayDirection direction =
        upstream != nullptr ? RelayDirection::Downstream : RelayDirection::Upstream;
    std::size_t handled = 0;
    while (handled < budget) {
        const auto want = static_cast<unsigned>(std::min(kBatch, budget - handled));
        for (std::size_t i = 0; i < want; ++i) {
            m_messages[i].msg_hdr.msg_name = &m_sources[i].storage;
            m_messages[i].msg_hdr.msg_namelen = sizeof(m_sources[i].storage);
            m_messages[i].msg_hdr.msg_flags = 0;
        }
        const int got = ::recvmmsg(fd, m_messages.data(), want, MSG_DONTWAIT, nullptr);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            // An ICMP "port unreachable" from the server surfaces once as ECONNREFUSED on the
            // connected socket; the datagrams behind it are still readable.
            if (errno == ECONNREFUSED)
                continue;
            if (!transient(errno))
                countError(relay::errnoText("fault relay: reading a socket failed", errno));
            break;
        }
        const TimePoint now = DelayQueue::Clock::now();
        for (std::size_t i = 0; i < static_cast<std::size_t>(got); ++i) {
            const mmsghdr& message = m_messages[i];
            if (direction == RelayDirection::Upstream)
                ++m_stats.upstreamDatagrams;
            else
                ++m_stats.downstreamDatagrams;
            if ((message.msg_hdr.msg_flags & MSG_TRUNC) != 0) {
                ++m_stats.dropped;
                countError("fault relay: dropped a datagram larger than " +
                           std::to_string(kMaxDatagramBytes) +
                           " bytes (CoAP and DTLS datagrams should fit the path MTU)");
                continue;
            }
            const std::span<const std::uint8_t> bytes(m_buffers[i].data(), message.msg_len);
            // Routing never removes devices, so `upstream` stays valid for the whole drain.
            Device* device = upstream;
            if (device == nullptr) {
                m_sources[i].length = message.msg_hdr.msg_namelen;
                device = deviceFrom(m_sources[i]);
            }
            if (device == nullptr) {
                ++m_stats.dropped;
                continue;
            }
            route(*device, direction, bytes, now);
        }
        handled += static_cast<std::size_t>(got);
        // Keep reading until the socket reports EAGAIN (a short batch does not prove empty).
    }
    return handled;
}

FaultRelay::Device* FaultRelay::deviceFrom(const relay::SocketAddress& source)
{
    const std::uint16_t port = source.port();
    if (const auto found = m_devices.find(port); found != m_devices.end()) {
        found->second.address = source;
        return &found->second;
    }
    auto fd = relay::openUdpSocket(m_server.family());
    if (!fd) {
        countError("fault relay: no upstream socket for the device on port " +
                   std::to_string(port) + ": " + fd.error().message);
        return nullptr;
    }
    if (::connect(*fd, m_server.get(), m_server.length) != 0) {
        countError(relay::errnoText(
            "fault relay: cannot connect the upstream socket of the device on port " +
                std::to_string(port),
            errno));
        ::close(*fd);
        return nullptr;
    }
    const std::uint64_t id = m_nextId++;
    epoll_event event{};
    event.events = EPOLLIN;
    event.data.u64 = keyOf(id, port);
    if (::epoll_ctl(m_epollFd, EPOLL_CTL_ADD, *fd, &event) != 0) {
        countError(relay::errnoText(
            "fault relay: cannot watch the upstream socket of the device on port " +
                std::to_string(port),
            errno));
        ::close(*fd);
        return nullptr;
    }
    Device& device = m_devices[port];
    device.id = id;
    device.fd = *fd;
    device.address = source;
    device.dice = FaultDice(m_seed, id);
    return &device;
}

void FaultRelay::route(Device& device, RelayDirection direction,
                       std::span<const std::uint8_t> bytes, TimePoint now)
{
    MessageIdHistory& history =
        direction == RelayDirection::Upstream ? device.fromDevice : device.fromServer;
    if (const auto messageId = confirmableMessageId(bytes);
        messageId && history.seenAgain(*messageId, relayMs(now)))
        ++m_stats.retransmissions;

    const Applied* applied = &m_group;
    if (!m_overrides.empty())
        if (const auto found = m_overrides.find(device.address.port()); found != m_overrides.end())
            applied = &found->second;
    const auto since = std::chrono::duration_cast<std::chrono::milliseconds>(now - applied->since);
    const FaultVerdict verdict = rollFaults(applied->faults, since, device.dice);
    if (verdict.drop) {
        ++m_stats.dropped;
        if (verdict.partitioned)
            ++m_stats.partitioned;
        return;
    }
    if (verdict.copies > 1)
        ++m_stats.duplicated;
    for (int copy = 0; copy < verdict.copies; ++copy) {
        const auto delay = verdict.delays[static_cast<std::size_t>(copy)];
        if (delay.count() <= 0) {
            deliver(device, direction, bytes);
        } else if (m_queue.push(now + delay, keyOf(device.id, device.address.port()), direction,
                                bytes)) {
            ++m_stats.delayed;
            armDelayTimer();
        } else {
            ++m_stats.dropped;
            ++m_stats.queueOverflows;
        }
    }
}

void FaultRelay::deliver(const Device& device, RelayDirection direction,
                         std::span<const std::uint8_t> bytes)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        const auto sent = direction == RelayDirection::Upstream
                              ? ::send(device.fd, bytes.data(), bytes.size(), 0)
                              : ::sendto(m_listenFd, bytes.data(), bytes.size(), 0,
                                         device.address.get(), device.address.length);
        if (sent >= 0)
            return;
        // A pending ICMP error is reported by the next send instead of sending: try once more.
        if (errno == ECONNREFUSED || errno == EINTR)
            continue;
        ++m_stats.dropped;
        if (errno == EAGAIN || errno == EWOULDBLOCK || errno == ENOBUFS)
            countError("fault relay: a socket send buffer is full, datagram dropped");
        else
            countError(relay::errnoText("fault relay: sending a datagram failed", errno));
        return;
    }
    ++m_stats.dropped;
    countError("fault relay: the server keeps refusing datagrams (ICMP port unreachable), datagram "
               "dropped");
}

void FaultRelay::armDelayTimer()
{
    const auto due = m_queue.nextDue();
    if (!due) {
        m_delayTimer.stop();
        m_armedFor.reset();
        return;
    }
    if (m_delayTimer.isActive() && m_armedFor && *m_armedFor <= *due)
        return;
    const auto wait = std::chrono::ceil<std::chrono::milliseconds>(*due - DelayQueue::Clock::now());
    m_armedFor = *due;
    m_delayTimer.start(std::max(wait, std::chrono::milliseconds(0)));
}

void FaultRelay::onDelayTimer()
{
    m_armedFor.reset();
    m_queue.popDue(DelayQueue::Clock::now(), [this](const DelayQueue::Due& due) {
        if (const Device* device = findDevice(due.device))
            deliver(*device, due.direction, due.bytes);
        else
            ++m_stats.dropped;
    });
    armDelayTimer();
}

} // namespace hangar::devicesim
