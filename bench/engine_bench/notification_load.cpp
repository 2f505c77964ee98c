#include "notification_load.h"

#include "coap_wire.h"
#include "plain_registrar.h"

#include "engine/local_engine.h"

#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <charconv>
#include <cstring>
#include <deque>
#include <mutex>

namespace hangar::bench {

namespace {

constexpr std::size_t kMaxBurst = 16;
constexpr std::size_t kRingSize = 256; // > any per-device CON window
constexpr std::int64_t kDurablePollNs = 2'000'000;
constexpr std::int64_t kAckGiveUpNs = 5'000'000'000;
constexpr std::int64_t kMarkerGiveUpNs = 1'000'000'000;
constexpr std::uint16_t kObservedObject = 3303;
constexpr std::uint16_t kObservedResource = 5700;

const lwm2m::LwM2mPath kObservedPath(kObservedObject, 0, kObservedResource);

struct Device
{
    int fd = -1;
    std::string endpoint;
    WireToken token;
    bool observed = false;
    std::uint16_t nextMessageId = 1;
    std::uint32_t observeNumber = 2;
    std::uint64_t counter = 0;                    ///< the value of the last notification sent
    int outstanding = 0;                          ///< CON notifications without ACK
    std::array<std::int64_t, kRingSize> sentNs{}; ///< by message id % kRingSize; 0 = free
};

struct Tick
{
    std::int64_t sentNs = 0;
    std::uint64_t device0Counter = 0;
};

/// The confirmable notification that ends a NON tick.
struct TickMarker
{
    std::uint16_t messageId = 0;
    std::int64_t sentNs = 0;
};

class NotificationLoad
{
public:
    NotificationLoad(const NotificationSettings& settings, SourcePool& sources)
        : m_settings(settings), m_sources(sources),
          m_burst(std::min<std::size_t>(static_cast<std::size_t>(settings.burst), kMaxBurst))
    {
        m_epoll = ::epoll_create1(EPOLL_CLOEXEC);
    }
    ~NotificationLoad()
    {
        for (const Device& device : m_devices)
            ::close(device.fd);
        ::close(m_epoll);
    }

    NotificationOutcome run();

private:
    bool setUp();
    void blast();
    void sendTick();
    void sendBurst(Device& device, bool marksTick);
    void service(int timeoutMs);
    void receive(std::size_t deviceIndex);
    void answerObserve(Device& device, const WireMessage& request);
    void pollDurable(bool force);
    void expireOverdue();
    bool roomForTick() const;
    void countPersisted();

    std::size_t encodeNotification(Device& device, bool confirmable, std::uint8_t* out);
    std::size_t encodeValue(std::uint64_t counter, std::uint8_t* out) const;

    const NotificationSettings& m_settings;
    SourcePool& m_sources;
    const std::size_t m_burst;
    int m_epoll = -1;
    std::vector<Device> m_devices;
    std::vector<Tick> m_ticks;
    std::size_t m_firstNotDurable = 0;
    std::deque<TickMarker> m_markers;
    std::vector<std::int64_t> m_durableLatencies;
    std::vector<std::int64_t> m_ackLatencies;
    std::int64_t m_firstSendNs = 0;
    std::int64_t m_lastSendNs = 0;
    std::int64_t m_lastDurableNs = 0;
    std::int64_t m_lastPollNs = 0;
    std::int64_t m_lastExpiryNs = 0;
    std::int64_t m_startWallMs = 0;
    NotificationOutcome m_outcome;
};

NotificationOutcome NotificationLoad::run()
{
    m_startWallMs = wallMs();
    if (!setUp())
        return std::move(m_outcome);
    blast();
    countPersisted();
    m_outcome.toDurable = summarize(m_durableLatencies);
    m_outcome.toAck = summarize(m_ackLatencies);
    return std::move(m_outcome);
}

bool NotificationLoad::setUp()
{
    PlainRegisterSettings registration;
    registration.server = m_settings.server;
    registration.endpointPrefix = m_settings.endpointPrefix;
    registration.count = static_cast<std::uint64_t>(m_settings.devices);
    registration.window = std::min(m_settings.devices, 256);
    registration.keepSockets = true;
    RegisterOutcome registered = registerPlainDevices(registration, m_sources);
    for (OpenDevice& open : registered.devices) {
        Device& device = m_devices.emplace_back();
        device.fd = open.fd;
        device.endpoint = std::move(open.endpoint);
        epoll_event event{};
        event.events = EPOLLIN;
        event.data.u32 = static_cast<std::uint32_t>(m_devices.size() - 1);
        ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, device.fd, &event);
    }
    if (m_devices.empty()) {
        m_outcome.problem = "no device registered: " + registered.firstFailure;
        return false;
    }

    struct Pending
    {
        std::atomic<int> done{0};
        std::atomic<int> failed{0};
        std::mutex mutex;
        std::string firstError;
    };
    auto pending = std::make_shared<Pending>();
    for (const Device& device : m_devices)
        m_settings.engine->observe(device.endpoint, kObservedPath, {},
                                   [pending](Expected<engine::ReadResult> result) {
                                       if (!result) {
                                           pending->failed.fetch_add(1);
                                           const std::lock_guard lock(pending->mutex);
                                           if (pending->firstError.empty())
                                               pending->firstError = result.error().message;
                                       }
                                       pending->done.fetch_add(1);
                                   });
    const std::int64_t deadlineNs = nowNs() + 20'000'000'000;
    while (pending->done.load() < static_cast<int>(m_devices.size()) && nowNs() < deadlineNs)
        service(2);
    m_outcome.devicesObserved = pending->done.load() - pending->failed.load();
    if (m_outcome.devicesObserved != static_cast<int>(m_devices.size())) {
        const std::lock_guard lock(pending->mutex);
        m_outcome.problem =
            "observe failed on " +
            std::to_string(m_devices.size() - static_cast<std::size_t>(m_outcome.devicesObserved)) +
            " devices: " + (pending->firstError.empty() ? "no answer" : pending->firstError);
        return false;
    }
    return true;
}

void NotificationLoad::blast()
{
    m_firstSendNs = nowNs();
    const std::int64_t endNs = m_firstSendNs + m_settings.duration.count() * 1'000'000;
    const std::uint64_t perTick = m_burst * m_devices.size();
    while (nowNs() < endNs && m_outcome.sent + perTick <= m_settings.maxMessages) {
        while (!roomForTick() && nowNs() < endNs)
            service(1);
        if (!roomForTick())
            break;
        sendTick();
        service(0);
    }
    m_lastSendNs = nowNs();
    m_outcome.sendSeconds = static_cast<double>(m_lastSendNs - m_firstSendNs) / 1e9;
    const std::int64_t drainUntil = nowNs() + 20'000'000'000;
    while (m_firstNotDurable < m_ticks.size() && nowNs() < drainUntil) {
        service(1);
        pollDurable(false);
    }
    m_outcome.allDurable = m_firstNotDurable == m_ticks.size();
    m_outcome.durableSeconds =
        static_cast<double>(std::max(m_lastDurableNs, m_lastSendNs) - m_firstSendNs) / 1e9;
    if (m_settings.confirmable) {
        const std::int64_t ackUntil = nowNs() + 2'000'000'000;
        while (m_outcome.acked + m_outcome.ackTimeouts + m_outcome.resets < m_outcome.sent &&
               nowNs() < ackUntil)
            service(1);
    }
}

bool NotificationLoad::roomForTick() const
{
    if (m_settings.confirmable) {
        for (const Device& device : m_devices)
            if (device.outstanding + static_cast<int>(m_burst) > m_settings.perDeviceWindow)
                return false;
        return true;
    }
    return m_markers.size() < static_cast<std::size_t>(m_settings.ticksInFlight);
}

void NotificationLoad::sendTick()
{
    // Device 0 goes last: its counter marks the end of the tick.
    for (std::size_t i = 1; i < m_devices.size(); ++i)
        sendBurst(m_devices[i], false);
    sendBurst(m_devices.front(), true);
    m_ticks.push_back({nowNs(), m_devices.front().counter});
}

void NotificationLoad::sendBurst(Device& device, bool marksTick)
{
    // In a NON run the tick's very last notification is confirmable: its ACK tells that the
    // engine has read the tick (libcoap answers empty-CON pings with at most one RST per 250 ms
    // and session, too rarely to pace the load with).
    const bool markWithCon = marksTick && !m_settings.confirmable;
    std::array<std::array<std::uint8_t, 96>, kMaxBurst> buffers;
    std::array<iovec, kMaxBurst> vectors{};
    std::array<mmsghdr, kMaxBurst> headers{};
    for (std::size_t i = 0; i < m_burst; ++i) {
        vectors[i].iov_base = buffers[i].data();
        const bool confirmable = m_settings.confirmable || (markWithCon && i + 1 == m_burst);
        vectors[i].iov_len = encodeNotification(device, confirmable, buffers[i].data());
        headers[i].msg_hdr.msg_iov = &vectors[i];
        headers[i].msg_hdr.msg_iovlen = 1;
    }
    const int sent = ::sendmmsg(device.fd, headers.data(), static_cast<unsigned>(m_burst), 0);
    if (sent > 0)
        m_outcome.sent += static_cast<std::uint64_t>(sent);
    if (markWithCon)
        m_markers.push_back({static_cast<std::uint16_t>(device.nextMessageId - 1), nowNs()});
}

std::size_t NotificationLoad::encodeNotification(Device& device, bool confirmable,
                                                 std::uint8_t* out)
{
    const std::uint16_t messageId = device.nextMessageId++;
    const std::uint64_t counter = ++device.counter;
    const WireType type = confirmable ? WireType::Confirmable : WireType::NonConfirmable;
    WireEncoder message(type, wire_code::kContent, messageId, device.token);
    message.uintOption(wire_option::kObserve, device.observeNumber++ & 0xFFFFFF);
    message.uintOption(wire_option::kContentFormat,
                       m_settings.payload == PayloadKind::SenmlCbor ? 112 : 0);
    std::array<std::uint8_t, 48> value{};
    message.payload(std::span(value.data(), encodeValue(counter, value.data())));
    if (m_settings.confirmable) {
        const std::int64_t now = nowNs();
        std::int64_t& slot = device.sentNs[messageId % kRingSize];
        if (slot == 0)
            ++device.outstanding;
        slot = now;
    }
    std::memcpy(out, message.bytes().data(), message.bytes().size());
    return message.bytes().size();
}

std::size_t NotificationLoad::encodeValue(std::uint64_t counter, std::uint8_t* out) const
{
    if (m_settings.payload == PayloadKind::Text) {
        const auto result =
            std::to_chars(reinterpret_cast<char*>(out), reinterpret_cast<char*>(out) + 24, counter);
        return static_cast<std::size_t>(result.ptr - reinterpret_cast<char*>(out));
    }
    // [{0: "/3303/0/5700", 2: counter as float64}] (SenML CBOR: n = 0, v = 2)
    static constexpr std::string_view kName = "/3303/0/5700";
    std::size_t at = 0;
    out[at++] = 0x81;
    out[at++] = 0xA2;
    out[at++] = 0x00;
    out[at++] = static_cast<std::uint8_t>(0x60 | kName.size());
    std::memcpy(out + at, kName.data(), kName.size());
    at += kName.size();
    out[at++] = 0x02;
    out[at++] = 0xFB;
    const auto bits = std::bit_cast<std::uint64_t>(static_cast<double>(counter));
    for (int shift = 56; shift >= 0; shift -= 8)
        out[at++] = static_cast<std::uint8_t>(bits >> shift);
    return at;
}

void NotificationLoad::service(int timeoutMs)
{
    std::array<epoll_event, 256> events{};
    const int ready =
        ::epoll_wait(m_epoll, events.data(), static_cast<int>(events.size()), timeoutMs);
    for (int i = 0; i < ready; ++i)
        receive(events[static_cast<std::size_t>(i)].data.u32);
    pollDurable(false);
    expireOverdue();
}

void NotificationLoad::receive(std::size_t deviceIndex)
{
    Device& device = m_devices[deviceIndex];
    std::array<std::uint8_t, 1500> buffer{};
    for (;;) {
        const ssize_t got = ::recv(device.fd, buffer.data(), buffer.size(), 0);
        if (got <= 0)
            return;
        const auto message =
            parseWireMessage(std::span(buffer.data(), static_cast<std::size_t>(got)));
        if (!message)
            continue;
        if (message->type == WireType::Confirmable && message->code == wire_code::kGet &&
            message->observe) {
            answerObserve(device, *message);
            continue;
        }
        const bool empty = message->code == wire_code::kEmpty;
        if ((message->type == WireType::Reset || message->type == WireType::Acknowledgement) &&
            empty && deviceIndex == 0) {
            // Markers are acknowledged in order: an ACK for one also settles any earlier, lost one.
            const auto marker =
                std::find_if(m_markers.begin(), m_markers.end(), [&](const TickMarker& entry) {
                    return entry.messageId == message->messageId;
                });
            if (marker != m_markers.end()) {
                m_markers.erase(m_markers.begin(), marker + 1);
                continue;
            }
        }
        if ((message->type == WireType::Acknowledgement || message->type == WireType::Reset) &&
            empty) {
            if (message->type == WireType::Reset)
                ++m_outcome.resets;
            std::int64_t& slot = device.sentNs[message->messageId % kRingSize];
            if (slot == 0)
                continue;
            if (message->type == WireType::Acknowledgement) {
                ++m_outcome.acked;
                if ((m_outcome.acked & 7) == 0)
                    m_ackLatencies.push_back(nowNs() - slot);
            }
            slot = 0;
            --device.outstanding;
        }
    }
}

void NotificationLoad::answerObserve(Device& device, const WireMessage& request)
{
    device.token = request.token;
    device.observed = true;
    WireEncoder answer(WireType::Acknowledgement, wire_code::kContent, request.messageId,
                       request.token);
    answer.uintOption(wire_option::kObserve, 1);
    answer.uintOption(wire_option::kContentFormat,
                      m_settings.payload == PayloadKind::SenmlCbor ? 112 : 0);
    std::array<std::uint8_t, 48> value{};
    answer.payload(std::span(value.data(), encodeValue(0, value.data())));
    (void)::send(device.fd, answer.bytes().data(), answer.bytes().size(), 0);
}

void NotificationLoad::pollDurable(bool force)
{
    const std::int64_t now = nowNs();
    if (m_firstNotDurable >= m_ticks.size() || (!force && now - m_lastPollNs < kDurablePollNs))
        return;
    m_lastPollNs = now;
    store::SampleQuery query;
    query.endpoint = m_devices.front().endpoint;
    query.path = kObservedPath;
    query.fromMs = m_startWallMs - 1000;
    query.toMs = wallMs() + 60'000;
    query.limit = 8; // samples of one millisecond share a time: take the highest counter of a few
    query.order = store::TimeOrder::NewestFirst;
    auto newest = m_settings.engine->telemetry(query);
    if (!newest)
        return;
    double highest = 0;
    for (const store::Sample& sample : *newest)
        highest = std::max(highest, sample.value.asFloat());
    const std::int64_t seen = nowNs();
    while (m_firstNotDurable < m_ticks.size() &&
           static_cast<double>(m_ticks[m_firstNotDurable].device0Counter) <= highest) {
        m_durableLatencies.push_back(seen - m_ticks[m_firstNotDurable].sentNs);
        m_lastDurableNs = seen;
        ++m_firstNotDurable;
    }
}

void NotificationLoad::expireOverdue()
{
    const std::int64_t now = nowNs();
    if (now - m_lastExpiryNs < 100'000'000)
        return;
    m_lastExpiryNs = now;
    while (!m_markers.empty() && now - m_markers.front().sentNs > kMarkerGiveUpNs) {
        m_markers.pop_front();
        ++m_outcome.markerTimeouts;
    }
    if (!m_settings.confirmable)
        return;
    for (Device& device : m_devices)
        for (std::int64_t& slot : device.sentNs)
            if (slot != 0 && now - slot > kAckGiveUpNs) {
                slot = 0;
                --device.outstanding;
                ++m_outcome.ackTimeouts;
            }
}

void NotificationLoad::countPersisted()
{
    if (auto flushed = m_settings.engine->flushStore(); !flushed)
        m_outcome.problem = "flush failed: " + flushed.error().message;
    for (const Device& device : m_devices) {
        store::SampleQuery query;
        query.endpoint = device.endpoint;
        query.path = kObservedPath;
        query.fromMs = m_startWallMs - 1000;
        query.toMs = wallMs() + 60'000;
        query.limit = static_cast<int>(std::min<std::uint64_t>(device.counter + 1000, 100'000'000));
        auto samples = m_settings.engine->telemetry(query);
        if (!samples) {
            m_outcome.problem = "telemetry read failed: " + samples.error().message;
            return;
        }
        for (const store::Sample& sample : *samples)
            if (sample.value.asFloat() >= 1.0) // 0 is the answer to the Observe request
                ++m_outcome.persisted;
    }
}

} // namespace

NotificationOutcome runNotifications(const NotificationSettings& settings, SourcePool& sources)
{
    NotificationLoad load(settings, sources);
    return load.run();
}

} // namespace hangar::bench
