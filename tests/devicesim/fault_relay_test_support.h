#pragma once

// Test helpers of the fault relay tests: plain UDP peers, a relay in front of them, CoAP
// client and server settings.

#include "faults/fault_relay.h"

#include "coap/coap_context.h"

#include "event_loop_wait.h"

#include <catch2/catch.hpp>

#include <QLoggingCategory>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <functional>
#include <initializer_list>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace hangar::devicesim::relaytest {

using namespace std::chrono_literals;
using hangar::test::spin;
using hangar::test::waitFor;

struct Received
{
    std::uint16_t from = 0;
    std::string payload;
};

/// A plain UDP socket on 127.0.0.1 that the test polls while the event loop runs the relay.
class UdpPeer
{
public:
    UdpPeer()
    {
        m_fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK, 0);
        sockaddr_in local{};
        local.sin_family = AF_INET;
        local.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(m_fd, reinterpret_cast<sockaddr*>(&local), sizeof(local));
        socklen_t length = sizeof(local);
        ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&local), &length);
        m_port = ntohs(local.sin_port);
    }
    ~UdpPeer() { ::close(m_fd); }
    UdpPeer(const UdpPeer&) = delete;
    UdpPeer& operator=(const UdpPeer&) = delete;

    std::uint16_t port() const { return m_port; }

    void sendTo(std::uint16_t port, const std::string& payload) const
    {
        sockaddr_in target{};
        target.sin_family = AF_INET;
        target.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        target.sin_port = htons(port);
        ::sendto(m_fd, payload.data(), payload.size(), 0,
                 reinterpret_cast<const sockaddr*>(&target), sizeof(target));
    }

    /// Reads everything waiting now into `received` and returns how many datagrams came.
    std::size_t poll()
    {
        std::size_t count = 0;
        for (;;) {
            std::array<char, 2048> buffer{};
            sockaddr_in source{};
            socklen_t length = sizeof(source);
            const auto got = ::recvfrom(m_fd, buffer.data(), buffer.size(), 0,
                                        reinterpret_cast<sockaddr*>(&source), &length);
            if (got < 0)
                return count;
            received.push_back({ntohs(source.sin_port),
                                std::string(buffer.data(), static_cast<std::size_t>(got))});
            ++count;
        }
    }

    std::vector<Received> received;

private:
    int m_fd = -1;
    std::uint16_t m_port = 0;
};

/// A UDP server that answers every datagram with the same bytes.
class EchoServer : public UdpPeer
{
public:
    void pump()
    {
        const std::size_t before = received.size();
        poll();
        for (std::size_t i = before; i < received.size(); ++i)
            sendTo(received[i].from, received[i].payload);
    }
};

inline std::unique_ptr<FaultRelay> relayTo(std::uint16_t serverPort)
{
    auto relay = FaultRelay::create("127.0.0.1", serverPort);
    REQUIRE(relay.has_value());
    REQUIRE((*relay)->listenPort() != 0);
    return std::move(*relay);
}

inline std::map<std::string, int> countPayloads(const std::vector<Received>& received)
{
    std::map<std::string, int> counts;
    for (const Received& item : received)
        ++counts[item.payload];
    return counts;
}

/// Sends `count` numbered datagrams in small bursts, letting the relay read each burst before
/// the next, so no socket buffer overflows and every loss is the relay's doing.
inline void sendNumbered(
    UdpPeer& device, FaultRelay& relay, int count, const std::string& prefix = "m",
    const std::function<void()>& pump = [] {})
{
    constexpr int kBurst = 50;
    for (int start = 0; start < count; start += kBurst) {
        const auto before = relay.stats().upstreamDatagrams;
        const int burst = std::min(kBurst, count - start);
        for (int i = start; i < start + burst; ++i)
            device.sendTo(relay.listenPort(), prefix + std::to_string(i));
        REQUIRE(waitFor([&] {
            pump();
            return relay.stats().upstreamDatagrams >= before + static_cast<std::uint64_t>(burst);
        }));
    }
}

/// The numbers of the datagrams a server got from one device through a relay with 20% loss.
inline std::set<std::string> deliveredWithLoss(std::uint64_t seed)
{
    UdpPeer server;
    UdpPeer device;
    auto relay = relayTo(server.port());
    relay->setSeed(seed);
    NetworkFaults faults;
    faults.lossPercent = 20;
    relay->setFaults(faults);
    sendNumbered(device, *relay, 1000, "m", [&] { server.poll(); });
    const auto expected = 1000 - relay->stats().dropped;
    waitFor([&] {
        server.poll();
        return server.received.size() >= expected;
    });
    spin(50ms);
    server.poll();
    CHECK(server.received.size() == expected);
    std::set<std::string> delivered;
    for (const Received& item : server.received)
        delivered.insert(item.payload);
    return delivered;
}

/// Runs the event loop until `when` (at once if it has passed).
inline void spinUntil(std::chrono::steady_clock::time_point when)
{
    const auto left =
        std::chrono::ceil<std::chrono::milliseconds>(when - std::chrono::steady_clock::now());
    if (left > 0ms)
        spin(left);
}

inline std::string datagram(std::initializer_list<std::uint8_t> bytes)
{
    return {bytes.begin(), bytes.end()};
}

/// Lowers the open-files limit so that no new descriptor can be opened; restores it on exit.
class DescriptorStarvation
{
public:
    DescriptorStarvation()
    {
        ::getrlimit(RLIMIT_NOFILE, &m_saved);
        const int lowestFree = ::dup(0);
        ::close(lowestFree);
        rlimit starved = m_saved;
        starved.rlim_cur = static_cast<rlim_t>(lowestFree);
        ::setrlimit(RLIMIT_NOFILE, &starved);
    }
    ~DescriptorStarvation() { ::setrlimit(RLIMIT_NOFILE, &m_saved); }
    DescriptorStarvation(const DescriptorStarvation&) = delete;
    DescriptorStarvation& operator=(const DescriptorStarvation&) = delete;

private:
    rlimit m_saved{};
};

inline coap::ConnectOptions clientOptions(std::uint16_t port, coap::SecurityMode mode)
{
    coap::ConnectOptions options;
    options.host = "127.0.0.1";
    options.port = port;
    options.mode = mode;
    if (mode == coap::SecurityMode::Psk) {
        options.pskIdentity = "relay-device";
        options.pskKey = {0x72, 0x65, 0x6c, 0x61, 0x79, 0x2d, 0x6b, 0x65, 0x79};
    }
    return options;
}

inline coap::ServerSecurity serverSecurity(coap::SecurityMode mode)
{
    coap::ServerSecurity security;
    security.mode = mode;
    security.pskLookup = [](std::string_view identity) -> std::optional<std::vector<std::uint8_t>> {
        if (identity == "relay-device")
            return clientOptions(0, coap::SecurityMode::Psk).pskKey;
        return std::nullopt;
    };
    return security;
}

} // namespace hangar::devicesim::relaytest
