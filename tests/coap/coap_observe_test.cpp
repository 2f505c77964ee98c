#include "coap_test_support.h"

#include <catch2/catch.hpp>

using namespace hangar;
using namespace hangar::coap;
using namespace hangar::coap::test;

namespace {

/// A device that lets GET /3303/0/5700 be observed and counts cancellations.
struct ObservableDevice
{
    CoapContext context;
    ObservationId observation = 0;
    int ended = 0;
    int reads = 0;

    ObservableDevice()
    {
        context.setRequestHandler([this](const IncomingRequest& request) -> std::optional<Answer> {
            ++reads;
            Answer answer;
            answer.response.contentFormat = 0;
            answer.response.payload = bytes("20.5");
            if (request.observe == kObserveRegister) {
                answer.acceptObservation = true;
                observation = request.observation;
            }
            return answer;
        });
        QObject::connect(&context, &CoapContext::observationEnded, &context,
                         [this](ObservationId id) { ended += id == observation ? 1 : 0; });
    }
};

} // namespace

TEST_CASE("an observer receives notifications until it cancels", "[coap]")
{
    const SecurityMode mode = GENERATE(SecurityMode::NoSec, SecurityMode::Psk);
    CAPTURE(static_cast<int>(mode));
    // The LwM2M roles: the device serves the observation, the server observes.
    ObservableDevice device;
    CoapContext server;
    SessionId deviceOnServer = 0;
    server.setRequestHandler([&](const IncomingRequest& request) -> std::optional<Answer> {
        deviceOnServer = request.session;
        Answer answer;
        answer.response.code = ResponseCode::Created;
        return answer;
    });
    auto port = server.listen("127.0.0.1", 0, mode == SecurityMode::Psk ? pskSecurity() : ServerSecurity{});
    REQUIRE(port.has_value());
    auto session = device.context.connect(clientOptions(*port, mode));
    REQUIRE(session.has_value());
    Request registration;
    registration.method = Method::Post;
    registration.uriPath = {"rd"};
    REQUIRE(roundTrip(device.context, *session, registration).has_value());
    REQUIRE(deviceOnServer != 0);

    std::vector<Response> received;
    std::optional<Error> failure;
    Request observe;
    observe.uriPath = {"3303", "0", "5700"};
    observe.accept = 0;
    auto observation = server.observe(deviceOnServer, observe, [&](Expected<Response> notification) {
        if (notification)
            received.push_back(*notification);
        else
            failure = notification.error();
    });
    REQUIRE(observation.has_value());
    REQUIRE(waitFor([&] { return received.size() == 1; }));
    REQUIRE(device.observation != 0);
    CHECK(device.context.observationCount() == 1);

    Response value;
    value.contentFormat = 0;
    for (const auto& [reading, type] : {std::pair{"21.0", MessageType::NonConfirmable},
                                        std::pair{"21.5", MessageType::Confirmable},
                                        std::pair{"22.0", MessageType::NonConfirmable}}) {
        value.payload = bytes(reading);
        REQUIRE(device.context.notify(device.observation, value, type).has_value());
    }
    REQUIRE(waitFor([&] { return received.size() == 4; }));
    CHECK(text(received[0].payload) == "20.5");
    CHECK(text(received[3].payload) == "22.0");
    for (std::size_t i = 1; i < received.size(); ++i) {
        REQUIRE(received[i].observe.has_value());
        CHECK(*received[i].observe > *received[i - 1].observe);
    }

    server.cancelObservation(*observation);
    REQUIRE(waitFor([&] { return device.ended == 1; }));
    CHECK(device.context.observationCount() == 0);
    CHECK_FALSE(device.context.notify(device.observation, value).has_value());
    spin(100ms);
    CHECK(received.size() == 4);
    CHECK_FALSE(failure.has_value());
}

TEST_CASE("a confirmable notification to a forgotten observer ends the observation", "[coap]")
{
    ObservableDevice device;
    CoapContext server;
    SessionId deviceOnServer = 0;
    server.setRequestHandler([&](const IncomingRequest& request) -> std::optional<Answer> {
        deviceOnServer = request.session;
        return Answer{};
    });
    auto port = server.listen("127.0.0.1", 0, {});
    REQUIRE(port.has_value());
    auto session = device.context.connect(clientOptions(*port, SecurityMode::NoSec));
    REQUIRE(session.has_value());
    Request hello;
    hello.method = Method::Post;
    hello.uriPath = {"rd"};
    REQUIRE(roundTrip(device.context, *session, hello).has_value());

    int notifications = 0;
    Request observe;
    observe.uriPath = {"3303", "0", "5700"};
    auto observation = server.observe(deviceOnServer, observe, [&](Expected<Response>) { ++notifications; });
    REQUIRE(observation.has_value());
    REQUIRE(waitFor([&] { return notifications == 1; }));

    // Forget without telling the device: its next confirmable notification is reset.
    server.cancelObservation(*observation, false);
    Response value;
    value.payload = bytes("1");
    REQUIRE(device.context.notify(device.observation, value, MessageType::Confirmable).has_value());
    REQUIRE(waitFor([&] { return device.ended == 1; }));
    CHECK(notifications == 1);
}
