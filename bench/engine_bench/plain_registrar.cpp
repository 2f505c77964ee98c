#include "plain_registrar.h"

#include "coap_wire.h"

#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <array>
#include <cstdio>

namespace hangar::bench {

namespace {

constexpr std::int64_t kScanIntervalNs = 5'000'000;

struct Slot
{
    int fd = -1;
    std::uint64_t index = 0;
    std::uint16_t messageId = 0;
    std::int64_t firstSentNs = 0;
    std::int64_t lastSentNs = 0;
    int retransmits = 0;
    std::array<std::uint8_t, 256> datagram{};
    std::size_t size = 0;
};

class Registrar
{
public:
    Registrar(const PlainRegisterSettings& settings, SourcePool& sources)
        : m_settings(settings), m_sources(sources),
          m_slots(static_cast<std::size_t>(settings.window))
    {
        m_epoll = ::epoll_create1(EPOLL_CLOEXEC);
        for (std::size_t i = m_slots.size(); i > 0; --i)
            m_free.push_back(i - 1);
    }

    ~Registrar()
    {
        for (Slot& slot : m_slots)
            if (slot.fd >= 0)
                ::close(slot.fd);
        ::close(m_epoll);
    }

    RegisterOutcome run();

private:
    bool launch(std::size_t slotIndex);
    void send(Slot& slot);
    void receive(std::size_t slotIndex);
    void finish(std::size_t slotIndex, bool success, const char* why);
    void retransmitOverdue();

    const PlainRegisterSettings& m_settings;
    SourcePool& m_sources;
    std::vector<Slot> m_slots;
    std::vector<std::size_t> m_free;
    int m_epoll = -1;
    std::uint64_t m_next = 0;
    std::uint64_t m_done = 0;
    bool m_sourcesExhausted = false;
    std::uint16_t m_messageId = 0x1000;
    std::vector<std::int64_t> m_latencies;
    RegisterOutcome m_outcome;
};

RegisterOutcome Registrar::run()
{
    m_latencies.reserve(m_settings.count);
    std::array<epoll_event, 256> events{};
    const std::int64_t startNs = nowNs();
    const std::int64_t deadlineNs = startNs + m_settings.timeLimit.count() * 1'000'000;
    std::int64_t lastScanNs = startNs;
    while (m_done < m_settings.count && nowNs() < deadlineNs) {
        while (!m_free.empty() && m_next < m_settings.count && !m_sourcesExhausted) {
            const std::size_t slot = m_free.back();
            if (!launch(slot))
                break;
            m_free.pop_back();
        }
        if (m_free.size() == m_slots.size())
            break; // nothing in flight and nothing more can start
        const int ready = ::epoll_wait(m_epoll, events.data(), static_cast<int>(events.size()), 2);
        for (int i = 0; i < ready; ++i)
            receive(events[static_cast<std::size_t>(i)].data.u32);
        if (const std::int64_t now = nowNs(); now - lastScanNs > kScanIntervalNs) {
            retransmitOverdue();
            lastScanNs = now;
        }
    }
    m_outcome.seconds = secondsSince(startNs);
    m_outcome.latency = summarize(m_latencies);
    if (m_sourcesExhausted && m_outcome.firstFailure.empty())
        m_outcome.firstFailure = "ran out of loopback source addresses/ports";
    if (m_done < m_settings.count && m_outcome.firstFailure.empty())
        m_outcome.firstFailure = "time limit reached with " +
                                 std::to_string(m_settings.count - m_done) +
                                 " registrations unfinished";
    return std::move(m_outcome);
}

bool Registrar::launch(std::size_t slotIndex)
{
    Slot& slot = m_slots[slotIndex];
    slot.fd = m_sources.open();
    if (slot.fd < 0) {
        m_sourcesExhausted = true;
        return false;
    }
    if (::connect(slot.fd, reinterpret_cast<const sockaddr*>(&m_settings.server),
                  sizeof(m_settings.server)) != 0) {
        ::close(slot.fd);
        slot.fd = -1;
        return false;
    }
    slot.index = m_settings.firstIndex + m_next++;
    slot.messageId = ++m_messageId;
    slot.retransmits = 0;
    WireToken token;
    token.length = 4;
    for (int i = 0; i < 4; ++i)
        token.bytes[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(slot.index >> (8 * i));
    WireEncoder message(WireType::Confirmable, wire_code::kPost, slot.messageId, token);
    message.option(wire_option::kUriPath, "rd");
    message.uintOption(wire_option::kContentFormat, 40);
    const std::string endpoint = "ep=" + endpointName(m_settings.endpointPrefix, slot.index);
    message.option(wire_option::kUriQuery, endpoint);
    message.option(wire_option::kUriQuery, "lt=86400");
    message.option(wire_option::kUriQuery, "lwm2m=1.1");
    message.option(wire_option::kUriQuery, "b=U");
    message.payload(std::span(reinterpret_cast<const std::uint8_t*>(kBenchObjectLinks.data()),
                              kBenchObjectLinks.size()));
    slot.size = std::min(message.bytes().size(), slot.datagram.size());
    std::copy_n(message.bytes().begin(), slot.size, slot.datagram.begin());

    epoll_event event{};
    event.events = EPOLLIN;
    event.data.u32 = static_cast<std::uint32_t>(slotIndex);
    ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, slot.fd, &event);
    slot.firstSentNs = nowNs();
    send(slot);
    return true;
}

void Registrar::send(Slot& slot)
{
    slot.lastSentNs = nowNs();
    (void)::send(slot.fd, slot.datagram.data(), slot.size, 0);
}

void Registrar::receive(std::size_t slotIndex)
{
    Slot& slot = m_slots[slotIndex];
    std::array<std::uint8_t, 1500> buffer{};
    while (slot.fd >= 0) {
        const ssize_t got = ::recv(slot.fd, buffer.data(), buffer.size(), 0);
        if (got <= 0)
            return; // EAGAIN, or ICMP refusal (retransmission handles it)
        const auto message =
            parseWireMessage(std::span(buffer.data(), static_cast<std::size_t>(got)));
        if (!message || message->messageId != slot.messageId ||
            message->type != WireType::Acknowledgement)
            continue;
        if (message->code == wire_code::kCreated) {
            m_latencies.push_back(nowNs() - slot.firstSentNs);
            finish(slotIndex, true, nullptr);
        } else {
            char why[64];
            std::snprintf(why, sizeof(why), "Register answered %d.%02d", message->code >> 5,
                          message->code & 0x1F);
            finish(slotIndex, false, why);
        }
    }
}

void Registrar::finish(std::size_t slotIndex, bool success, const char* why)
{
    Slot& slot = m_slots[slotIndex];
    ++m_done;
    if (success) {
        ++m_outcome.registered;
    } else {
        ++m_outcome.failed;
        if (m_outcome.firstFailure.empty() && why != nullptr)
            m_outcome.firstFailure =
                endpointName(m_settings.endpointPrefix, slot.index) + ": " + why;
    }
    if (success && m_settings.keepSockets) {
        ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, slot.fd, nullptr);
        m_outcome.devices.push_back({slot.fd, endpointName(m_settings.endpointPrefix, slot.index)});
    } else {
        ::close(slot.fd);
    }
    slot.fd = -1;
    m_free.push_back(slotIndex);
}

void Registrar::retransmitOverdue()
{
    const std::int64_t now = nowNs();
    for (std::size_t i = 0; i < m_slots.size(); ++i) {
        Slot& slot = m_slots[i];
        if (slot.fd < 0)
            continue;
        const std::int64_t timeoutNs = m_settings.retransmitAfter.count() * 1'000'000
                                       << slot.retransmits;
        if (now - slot.lastSentNs < timeoutNs)
            continue;
        if (slot.retransmits >= m_settings.maxRetransmits) {
            finish(i, false, "no answer after every retransmission");
            continue;
        }
        ++slot.retransmits;
        ++m_outcome.retransmits;
        send(slot);
    }
}

} // namespace

std::string endpointName(const std::string& prefix, std::uint64_t index)
{
    char digits[24];
    std::snprintf(digits, sizeof(digits), "%06llu", static_cast<unsigned long long>(index));
    return prefix + digits;
}

RegisterOutcome registerPlainDevices(const PlainRegisterSettings& settings, SourcePool& sources)
{
    Registrar registrar(settings, sources);
    return registrar.run();
}

} // namespace hangar::bench
