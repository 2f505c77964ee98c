#include "coap_test_support.h"

#include <catch2/catch.hpp>

#include <map>
#include <memory>
#include <set>

using namespace hangar;
using namespace hangar::coap;
using namespace hangar::coap::test;

namespace {

constexpr int kDevices = 60;

/// A client context per device, so that each has its own source port.
struct Device
{
    std::unique_ptr<CoapContext> context = std::make_unique<CoapContext>();
    SessionId session = 0;
};

Request registerRequest()
{
    Request request;
    request.method = Method::Post;
    request.uriPath = {"rd"};
    return request;
}

} // namespace

TEST_CASE("a plain endpoint spread over shared sockets keeps every peer on one session and answers from its port",
          "[coap][shards]")
{
    ContextOptions options;
    options.plainListenShards = 8;
    CoapContext server(options);
    std::map<SessionId, int> requestsPerSession;
    server.setRequestHandler([&](const IncomingRequest& request) -> std::optional<Answer> {
        ++requestsPerSession[request.session];
        Answer answer;
        answer.response.code = ResponseCode::Created;
        answer.response.locationPath = {"rd", std::to_string(request.session)};
        return answer;
    });
    auto port = server.listen("127.0.0.1", 0, ServerSecurity{});
    REQUIRE(port.has_value());

    std::vector<Device> devices(kDevices);
    for (Device& device : devices) {
        device.context->setRequestHandler([](const IncomingRequest&) -> std::optional<Answer> {
            Answer answer;
            answer.response.contentFormat = 0;
            answer.response.payload = bytes("here");
            return answer;
        });
        auto session = device.context->connect(clientOptions(*port, SecurityMode::NoSec));
        REQUIRE(session.has_value());
        device.session = *session;
    }
    // Connected client sockets only accept datagrams from the address they sent to, so every
    // answer arriving proves it left from the listening port.
    std::set<std::string> locations;
    for (int round = 0; round < 3; ++round) {
        for (Device& device : devices) {
            auto answer = roundTrip(*device.context, device.session, registerRequest());
            REQUIRE(answer.has_value());
            REQUIRE(answer->code == ResponseCode::Created);
            locations.insert(answer->locationPath.at(1));
        }
    }
    CHECK(locations.size() == static_cast<std::size_t>(kDevices));
    CHECK(requestsPerSession.size() == static_cast<std::size_t>(kDevices));
    for (const auto& [session, count] : requestsPerSession)
        CHECK(count == 3);

    // The server reaches each device on its session (through the shard that owns it).
    for (const auto& [session, count] : requestsPerSession) {
        Request read;
        read.uriPath = {"3", "0", "0"};
        auto response = roundTrip(server, session, read);
        REQUIRE(response.has_value());
        CHECK(text(response->payload) == "here");
    }
}

TEST_CASE("a second server cannot join a sharded port", "[coap][shards]")
{
    ContextOptions options;
    options.plainListenShards = 4;
    CoapContext first(options);
    auto port = first.listen("127.0.0.1", 0, ServerSecurity{});
    REQUIRE(port.has_value());
    CoapContext second(options);
    auto again = second.listen("127.0.0.1", *port, ServerSecurity{});
    REQUIRE_FALSE(again.has_value());
    CHECK(again.error().message.find("already in use") != std::string::npos);
}
