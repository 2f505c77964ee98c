#include "fault_relay_test_support.h"

using namespace hangar;
using namespace hangar::devicesim;
using namespace hangar::devicesim::relaytest;
using namespace std::chrono_literals;
using hangar::test::spin;
using hangar::test::waitFor;

TEST_CASE("CoAP and DTLS-PSK clients reach their server through the relay", "[fault-relay]")
{
    const auto mode = GENERATE(coap::SecurityMode::NoSec, coap::SecurityMode::Psk);
    CAPTURE(static_cast<int>(mode));
    coap::CoapContext server;
    std::vector<std::uint16_t> peerPorts;
    server.setRequestHandler(
        [&](const coap::IncomingRequest& request) -> std::optional<coap::Answer> {
            peerPorts.push_back(server.sessionInfo(request.session)->peerPort);
            coap::Answer answer;
            answer.response.code = coap::ResponseCode::Content;
            answer.response.payload = request.payload;
            return answer;
        });
    auto serverPort = server.listen("127.0.0.1", 0, serverSecurity(mode));
    REQUIRE(serverPort.has_value());
    auto relay = relayTo(*serverPort);
    NetworkFaults faults;
    faults.latency = 10ms;
    relay->setFaults(faults);

    coap::CoapContext client;
    auto session = client.connect(clientOptions(relay->listenPort(), mode));
    REQUIRE(session.has_value());
    coap::Request request;
    request.method = coap::Method::Post;
    request.uriPath = {"echo"};
    request.payload = {'h', 'i'};
    std::optional<Expected<coap::Response>> response;
    REQUIRE(client.send(*session, request,
                        [&](Expected<coap::Response> result) { response = std::move(result); }));
    REQUIRE(waitFor([&] { return response.has_value(); }, 10000ms));
    REQUIRE(response->has_value());
    CHECK((*response)->code == coap::ResponseCode::Content);
    CHECK((*response)->payload == request.payload);

    const std::uint16_t devicePort = client.sessionInfo(*session)->localPort;
    REQUIRE(peerPorts.size() == 1);
    CHECK(peerPorts.front() == relay->upstreamPort(devicePort));
    CHECK(relay->stats().devices == 1);
    CHECK(relay->stats().delayed >= 2);
}

TEST_CASE("CoAP exchanges complete through 20% loss by retransmission, which the relay counts",
          "[fault-relay]")
{
    coap::CoapContext server;
    int served = 0;
    server.setRequestHandler([&](const coap::IncomingRequest&) -> std::optional<coap::Answer> {
        ++served;
        coap::Answer answer;
        answer.response.code = coap::ResponseCode::Created;
        return answer;
    });
    auto serverPort = server.listen("127.0.0.1", 0, {});
    REQUIRE(serverPort.has_value());
    auto relay = relayTo(*serverPort);
    // A seed whose unlucky devices need at most two retransmissions keeps the test short.
    relay->setSeed(5);
    NetworkFaults faults;
    faults.lossPercent = 20;
    relay->setFaults(faults);

    coap::ContextOptions options;
    options.ackTimeout = 1000ms;
    options.maxRetransmit = 4;
    options.requestTimeout = 60000ms;
    coap::CoapContext client(options);
    constexpr int kDevices = 8;
    std::vector<std::optional<Expected<coap::Response>>> results(kDevices);
    for (int d = 0; d < kDevices; ++d) {
        auto session =
            client.connect(clientOptions(relay->listenPort(), coap::SecurityMode::NoSec));
        REQUIRE(session.has_value());
        coap::Request registration;
        registration.method = coap::Method::Post;
        registration.uriPath = {"rd"};
        registration.uriQuery = {"ep=lossy-" + std::to_string(d)};
        auto& slot = results[static_cast<std::size_t>(d)];
        REQUIRE(client.send(*session, registration, [&slot](Expected<coap::Response> result) {
            slot = std::move(result);
        }));
    }
    REQUIRE(waitFor(
        [&] {
            return std::all_of(results.begin(), results.end(),
                               [](const auto& r) { return r.has_value(); });
        },
        90000ms));
    for (const auto& result : results) {
        REQUIRE(result->has_value());
        CHECK((*result)->code == coap::ResponseCode::Created);
    }
    const RelayStats stats = relay->stats();
    CHECK(stats.dropped > 0);
    CHECK(stats.retransmissions > 0);
    // Each device sent one confirmable request (answered piggybacked): every further upstream
    // datagram was a retransmission of it.
    CHECK(stats.retransmissions == stats.upstreamDatagrams - kDevices);
    CHECK(served == kDevices);
    CHECK(stats.devices == kDevices);
}
