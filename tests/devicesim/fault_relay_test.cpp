#include "fault_relay_test_support.h"

using namespace hangar;
using namespace hangar::devicesim;
using namespace hangar::devicesim::relaytest;
using namespace std::chrono_literals;
using hangar::test::spin;
using hangar::test::waitFor;

TEST_CASE(
    "a clean relay passes every datagram both ways and the server sees each device at its own port",
    "[fault-relay]")
{
    EchoServer server;
    auto relay = relayTo(server.port());
    std::vector<std::unique_ptr<UdpPeer>> devices;
    for (int d = 0; d < 3; ++d)
        devices.push_back(std::make_unique<UdpPeer>());
    for (int d = 0; d < 3; ++d)
        sendNumbered(*devices[static_cast<std::size_t>(d)], *relay, 40,
                     "d" + std::to_string(d) + "-", [&] { server.pump(); });

    REQUIRE(waitFor([&] {
        server.pump();
        for (auto& device : devices)
            device->poll();
        return server.received.size() == 120 &&
               std::all_of(devices.begin(), devices.end(),
                           [](const auto& device) { return device->received.size() == 40; });
    }));

    std::set<std::uint16_t> serverSeen;
    for (const Received& item : server.received)
        serverSeen.insert(item.from);
    CHECK(serverSeen.size() == 3);
    for (std::size_t d = 0; d < devices.size(); ++d) {
        const UdpPeer& device = *devices[d];
        CAPTURE(d);
        const std::uint16_t upstream = relay->upstreamPort(device.port());
        CHECK(serverSeen.count(upstream) == 1);
        CHECK(upstream != relay->listenPort());
        const auto counts = countPayloads(device.received);
        CHECK(counts.size() == 40);
        CHECK(counts.count("d" + std::to_string(d) + "-39") == 1);
        for (const Received& item : device.received)
            CHECK(item.from == relay->listenPort());
    }
    const RelayStats stats = relay->stats();
    CHECK(stats.upstreamDatagrams == 120);
    CHECK(stats.downstreamDatagrams == 120);
    CHECK(stats.dropped == 0);
    CHECK(stats.devices == 3);
    CHECK(stats.errors == 0);
}

TEST_CASE("total loss passes nothing in either direction", "[fault-relay]")
{
    UdpPeer server;
    UdpPeer device;
    auto relay = relayTo(server.port());
    device.sendTo(relay->listenPort(), "hello");
    REQUIRE(waitFor([&] { return server.poll() > 0 || !server.received.empty(); }));
    const std::uint16_t deviceAtServer = server.received.front().from;

    NetworkFaults faults;
    faults.lossPercent = 100;
    relay->setFaults(faults);
    CHECK(relay->faults() == faults);
    for (int i = 0; i < 20; ++i) {
        device.sendTo(relay->listenPort(), "up" + std::to_string(i));
        server.sendTo(deviceAtServer, "down" + std::to_string(i));
    }
    REQUIRE(waitFor([&] { return relay->stats().dropped == 40; }));
    spin(100ms);
    CHECK(server.poll() == 0);
    CHECK(device.poll() == 0);
    CHECK(relay->stats().upstreamDatagrams == 21);
    CHECK(relay->stats().downstreamDatagrams == 20);
}

TEST_CASE("20% loss drops a plausible share, and the same seed drops the same datagrams",
          "[fault-relay]")
{
    const auto first = deliveredWithLoss(7);
    CHECK(first.size() >= 700);
    CHECK(first.size() <= 900);
    CHECK(deliveredWithLoss(7) == first);
    CHECK(deliveredWithLoss(8) != first);
}

TEST_CASE("added latency and jitter show up in the round trip", "[fault-relay]")
{
    EchoServer server;
    UdpPeer device;
    auto relay = relayTo(server.port());
    const auto latency = GENERATE(100ms, 60ms);
    const auto jitter = latency == 60ms ? 40ms : 0ms;
    CAPTURE(latency.count(), jitter.count());
    NetworkFaults faults;
    faults.latency = latency;
    faults.jitter = jitter;
    relay->setFaults(faults);

    for (int round = 0; round < 3; ++round) {
        const auto sentAt = std::chrono::steady_clock::now();
        device.sendTo(relay->listenPort(), "ping" + std::to_string(round));
        REQUIRE(waitFor([&] {
            server.pump();
            return device.poll() > 0;
        }));
        const auto roundTrip = std::chrono::steady_clock::now() - sentAt;
        CHECK(roundTrip >= 2 * latency);
    }
    CHECK(relay->stats().delayed == 6);
    CHECK(relay->stats().dropped == 0);
}

TEST_CASE("duplicated datagrams arrive twice in each direction", "[fault-relay]")
{
    EchoServer server;
    UdpPeer device;
    auto relay = relayTo(server.port());
    NetworkFaults faults;
    faults.duplicatePercent = 100;
    relay->setFaults(faults);
    sendNumbered(device, *relay, 10);
    REQUIRE(waitFor([&] {
        server.pump();
        device.poll();
        return device.received.size() >= 40;
    }));
    spin(50ms);
    server.pump();
    device.poll();
    CHECK(server.received.size() == 20);
    for (const auto& [payload, count] : countPayloads(server.received))
        CHECK(count == 2);
    CHECK(device.received.size() == 40);
    for (const auto& [payload, count] : countPayloads(device.received))
        CHECK(count == 4);
    CHECK(relay->stats().duplicated == 30);
}

TEST_CASE("a partition drops everything inside its window and passes after it", "[fault-relay]")
{
    EchoServer server;
    UdpPeer device;
    auto relay = relayTo(server.port());
    NetworkFaults faults;
    faults.partitionStart = 300ms;
    faults.partitionEnd = 900ms;
    relay->setFaults(faults);
    const auto applied = std::chrono::steady_clock::now();

    device.sendTo(relay->listenPort(), "before");
    REQUIRE(waitFor([&] {
        server.pump();
        return device.poll() > 0;
    }));

    spinUntil(applied + 450ms);
    device.sendTo(relay->listenPort(), "inside");
    REQUIRE(waitFor([&] { return relay->stats().dropped == 1; }));
    CHECK(relay->stats().partitioned == 1);

    spinUntil(applied + 1000ms);
    device.sendTo(relay->listenPort(), "after");
    REQUIRE(waitFor([&] {
        server.pump();
        device.poll();
        return device.received.size() == 2;
    }));
    CHECK(device.received.back().payload == "after");
    CHECK(countPayloads(server.received).count("inside") == 0);
}

TEST_CASE("a per-device override beats the group's faults and can be removed while running",
          "[fault-relay]")
{
    UdpPeer server;
    UdpPeer favoured;
    UdpPeer other;
    auto relay = relayTo(server.port());
    NetworkFaults blackout;
    blackout.lossPercent = 100;
    relay->setFaults(blackout);
    relay->setDeviceFaults(favoured.port(), NetworkFaults{});

    favoured.sendTo(relay->listenPort(), "favoured-1");
    other.sendTo(relay->listenPort(), "other-1");
    REQUIRE(waitFor([&] { return relay->stats().upstreamDatagrams == 2; }));
    REQUIRE(waitFor([&] { return server.poll() > 0 || !server.received.empty(); }));
    spin(50ms);
    server.poll();
    REQUIRE(server.received.size() == 1);
    CHECK(server.received.front().payload == "favoured-1");

    relay->setDeviceFaults(favoured.port(), std::nullopt);
    relay->setDeviceFaults(other.port(), NetworkFaults{});
    favoured.sendTo(relay->listenPort(), "favoured-2");
    other.sendTo(relay->listenPort(), "other-2");
    REQUIRE(waitFor([&] { return relay->stats().upstreamDatagrams == 4; }));
    spin(50ms);
    server.poll();
    REQUIRE(server.received.size() == 2);
    CHECK(server.received.back().payload == "other-2");
}

TEST_CASE("only a repeated confirmable CoAP message from the same side counts as a retransmission",
          "[fault-relay]")
{
    UdpPeer server;
    UdpPeer device;
    auto relay = relayTo(server.port());
    // Version 1, token length 0, code 0.01 GET / 2.05, Message ID 0x1234.
    const std::string confirmable = datagram({0x40, 0x01, 0x12, 0x34});
    const std::string nonConfirmable = datagram({0x50, 0x01, 0x12, 0x35});
    const std::string acknowledgement = datagram({0x60, 0x45, 0x12, 0x36});
    // A DTLS 1.2 application-data record header: opaque to the relay.
    const std::string dtlsRecord = datagram(
        {0x17, 0xfe, 0xfd, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x02, 0xaa, 0xbb});
    for (const std::string& message : {nonConfirmable, acknowledgement, dtlsRecord, confirmable})
        for (int copy = 0; copy < 2; ++copy)
            device.sendTo(relay->listenPort(), message);
    REQUIRE(waitFor([&] {
        server.poll();
        return server.received.size() == 8;
    }));
    CHECK(relay->stats().retransmissions == 1);

    // The server's own confirmable message with the same Message ID is a new message; its
    // repeat is the server's retransmission.
    const std::uint16_t deviceAtServer = server.received.front().from;
    server.sendTo(deviceAtServer, datagram({0x40, 0x45, 0x12, 0x34}));
    server.sendTo(deviceAtServer, datagram({0x40, 0x45, 0x12, 0x34}));
    REQUIRE(waitFor([&] { return device.poll() > 0 && device.received.size() == 2; }));
    CHECK(relay->stats().retransmissions == 2);
}

TEST_CASE("forgetting a device closes its upstream socket and its next datagram opens a new one",
          "[fault-relay]")
{
    UdpPeer server;
    UdpPeer device;
    auto relay = relayTo(server.port());
    device.sendTo(relay->listenPort(), "first");
    REQUIRE(waitFor([&] { return server.poll() > 0; }));
    const std::uint16_t oldPort = server.received.back().from;
    CHECK(relay->upstreamPort(device.port()) == oldPort);

    relay->forgetDevice(device.port());
    CHECK(relay->stats().devices == 0);
    CHECK(relay->upstreamPort(device.port()) == 0);
    server.sendTo(oldPort, "to nobody");
    spin(100ms);
    CHECK(device.poll() == 0);

    device.sendTo(relay->listenPort(), "second");
    REQUIRE(waitFor([&] { return server.poll() > 0; }));
    CHECK(server.received.back().from != oldPort);
    CHECK(relay->stats().devices == 1);
}

TEST_CASE("a full delay queue drops further datagrams and counts them", "[fault-relay]")
{
    UdpPeer server;
    UdpPeer device;
    auto relay = relayTo(server.port());
    relay->setQueueLimits({5, 1024 * 1024});
    NetworkFaults faults;
    faults.latency = 100ms;
    relay->setFaults(faults);
    sendNumbered(device, *relay, 20);
    REQUIRE(waitFor([&] {
        server.poll();
        return server.received.size() >= 5;
    }));
    spin(150ms);
    server.poll();
    CHECK(server.received.size() == 5);
    CHECK(relay->stats().queueOverflows == 15);
    CHECK(relay->stats().dropped == 15);
    CHECK(relay->stats().delayed == 5);
}

TEST_CASE("a device whose upstream socket cannot be opened loses that datagram, not the relay",
          "[fault-relay]")
{
#if defined(__SANITIZE_ADDRESS__)
    // The sanitizer runtime opens descriptors of its own while checking calls; starved, it
    // reports false errors (UBSan: "invalid vptr" on the event loop). The ci preset runs it.
    SUCCEED("skipped in sanitizer builds");
    return;
#endif
    UdpPeer server;
    UdpPeer device;
    auto relay = relayTo(server.port());
    {
        // The expected warning stays quiet: while starved, a sanitizer build cannot even open
        // the pipe it uses to check memory inside the logging call.
        QLoggingCategory::setFilterRules(QStringLiteral("hangar.sim.relay.warning=false"));
        const DescriptorStarvation starved;
        device.sendTo(relay->listenPort(), "while starved");
        const bool read = waitFor([&] { return relay->stats().upstreamDatagrams == 1; });
        QLoggingCategory::setFilterRules(QString());
        REQUIRE(read);
    }
    CHECK(relay->stats().errors == 1);
    CHECK(relay->stats().dropped == 1);
    CHECK(relay->stats().devices == 0);

    device.sendTo(relay->listenPort(), "later");
    REQUIRE(waitFor([&] { return server.poll() > 0; }));
    CHECK(server.received.front().payload == "later");
}
