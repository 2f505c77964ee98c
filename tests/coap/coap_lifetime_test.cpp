#include "coap_test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace hangar;
using namespace hangar::coap;
using namespace hangar::coap::test;

namespace {

/// An LwM2M-like server: retains the session of every device that registers.
struct RegisteringServer
{
    CoapContext context;
    std::vector<SessionId> registered;
    std::vector<SessionId> deleted;
    std::vector<SessionId> closed;

    explicit RegisteringServer(ContextOptions options = {}) : context(options)
    {
        context.setRequestHandler([this](const IncomingRequest& request) -> std::optional<Answer> {
            if (request.uriPath == std::vector<std::string>{"rd"}) {
                context.retain(request.session);
                registered.push_back(request.session);
            }
            Answer answer;
            answer.response.code = ResponseCode::Created;
            return answer;
        });
        QObject::connect(&context, &CoapContext::sessionEvent, &context, [this](SessionId id, SessionEvent event) {
            if (event == SessionEvent::Deleted)
                deleted.push_back(id);
            if (event == SessionEvent::Closed)
                closed.push_back(id);
        });
    }

    bool isDeleted(SessionId id) const { return std::find(deleted.begin(), deleted.end(), id) != deleted.end(); }
};

Request registration()
{
    Request request;
    request.method = Method::Post;
    request.uriPath = {"rd"};
    request.uriQuery = {"ep=dev"};
    return request;
}

std::optional<Answer> deviceAnswers(const IncomingRequest&)
{
    Answer answer;
    answer.response.payload = bytes("alive");
    return answer;
}

} // namespace

TEST_CASE("a retained device stays reachable past the idle timeout while others are reaped", "[coap]")
{
    ContextOptions options;
    options.sessionIdleTimeout = 2s;
    RegisteringServer server(options);
    auto port = server.context.listen("127.0.0.1", 0, pskSecurity());
    REQUIRE(port.has_value());

    CoapContext device;
    device.setRequestHandler(deviceAnswers);
    auto session = device.connect(clientOptions(*port, SecurityMode::Psk));
    REQUIRE(session.has_value());
    REQUIRE(roundTrip(device, *session, registration()).has_value());
    REQUIRE(server.registered.size() == 1);
    const SessionId kept = server.registered.front();

    // A second device only says hello and is not retained.
    CoapContext passer;
    auto other = passer.connect(clientOptions(*port, SecurityMode::Psk));
    REQUIRE(other.has_value());
    Request hello;
    hello.uriPath = {"hello"};
    REQUIRE(roundTrip(passer, *other, hello).has_value());
    REQUIRE(server.context.sessionCount() == 2);

    REQUIRE(waitFor([&] { return server.context.sessionCount() == 1; }, 4000ms));
    CHECK_FALSE(server.isDeleted(kept));
    spin(500ms); // idle well past the 2 s timeout

    Request read;
    read.uriPath = {"3", "0", "0"};
    auto answer = roundTrip(server.context, kept, read);
    REQUIRE(answer.has_value());
    CHECK(text(answer->payload) == "alive");

    server.context.release(kept);
    REQUIRE(waitFor([&] { return server.isDeleted(kept); }, 4000ms));
}

TEST_CASE("a device that closes its DTLS session gets back in from the same port", "[coap]")
{
    RegisteringServer server;
    auto port = server.context.listen("127.0.0.1", 0, pskSecurity());
    REQUIRE(port.has_value());

    auto options = clientOptions(*port, SecurityMode::Psk);
    options.localAddress = "127.0.0.1";
    options.localPort = freeUdpPort();
    CoapContext device;
    device.setRequestHandler(deviceAnswers);
    auto first = device.connect(options);
    REQUIRE(first.has_value());
    REQUIRE(roundTrip(device, *first, registration()).has_value());
    REQUIRE(server.registered.size() == 1);
    const SessionId old = server.registered.front();

    device.close(*first);
    REQUIRE(waitFor([&] { return server.isDeleted(old); }));
    CHECK_FALSE(server.context.sessionInfo(old).has_value());

    auto second = device.connect(options);
    REQUIRE(second.has_value());
    REQUIRE(device.sessionInfo(*second)->localPort == options.localPort);
    auto again = roundTrip(device, *second, registration());
    REQUIRE(again.has_value());
    CHECK(again->code == ResponseCode::Created);
    REQUIRE(server.registered.size() == 2);
    CHECK(server.registered.back() != old);

    Request read;
    read.uriPath = {"3", "0", "0"};
    auto answer = roundTrip(server.context, server.registered.back(), read);
    REQUIRE(answer.has_value());
    CHECK(text(answer->payload) == "alive");
}

TEST_CASE("a second server cannot bind a port that is already in use", "[coap]")
{
    CoapContext first;
    auto port = first.listen("127.0.0.1", 0, {});
    REQUIRE(port.has_value());
    CoapContext second;
    auto clash = second.listen("127.0.0.1", *port, {});
    REQUIRE_FALSE(clash.has_value());
    CHECK(clash.error().code == ErrorCode::IoFailure);
    CHECK(clash.error().message.find("already in use") != std::string::npos);
}

TEST_CASE("a request sent while a DTLS handshake runs fails once when the handshake fails and the session is closed",
          "[coap]")
{
    // Nobody listens on the port: the handshake fails (ICMP port unreachable).
    CoapContext client;
    auto session = client.connect(clientOptions(freeUdpPort(), SecurityMode::Psk));
    REQUIRE(session.has_value());
    QObject::connect(&client, &CoapContext::sessionEvent, &client, [&](SessionId id, SessionEvent event) {
        if (event == SessionEvent::Failed || event == SessionEvent::Closed)
            client.close(id);
    });
    int calls = 0;
    std::optional<ErrorCode> code;
    Request request;
    request.method = Method::Post;
    request.uriPath = {"rd"};
    request.timeout = 3000ms;
    REQUIRE(client.send(*session, request, [&](Expected<Response> response) {
        ++calls;
        if (!response)
            code = response.error().code;
    }).has_value());
    REQUIRE(waitFor([&] { return calls > 0; }, 5000ms));
    spin(3000ms); // libcoap's handshake retransmissions would run out meanwhile
    CHECK(calls == 1);
    CHECK(code.has_value());
    // Under LeakSanitizer this also checks that nothing of the request stays behind in libcoap.
}
