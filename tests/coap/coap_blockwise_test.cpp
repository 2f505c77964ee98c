#include "coap_test_support.h"

#include <catch2/catch.hpp>

#include <random>

using namespace hangar;
using namespace hangar::coap;
using namespace hangar::coap::test;

namespace {

std::vector<std::uint8_t> randomBody(std::size_t size, std::uint32_t seed)
{
    std::mt19937 random(seed);
    std::vector<std::uint8_t> body(size);
    for (auto& byte : body)
        byte = static_cast<std::uint8_t>(random());
    return body;
}

} // namespace

TEST_CASE("a 200 KB body crosses block-wise in both directions byte-identical", "[coap]")
{
    const SecurityMode mode = GENERATE(SecurityMode::NoSec, SecurityMode::Psk);
    CAPTURE(static_cast<int>(mode));
    const auto upload = randomBody(200 * 1024, 1);
    const auto download = randomBody(200 * 1024 + 17, 2);
    CoapContext server;
    CoapContext client;
    std::vector<std::uint8_t> receivedUpload;
    int handled = 0;
    server.setRequestHandler([&](const IncomingRequest& request) -> std::optional<Answer> {
        ++handled;
        Answer answer;
        if (request.method == Method::Put) {
            receivedUpload = request.payload;
            answer.response.code = ResponseCode::Changed;
        } else {
            answer.response.contentFormat = 42;
            answer.response.payload = download;
        }
        return answer;
    });
    auto port = server.listen("127.0.0.1", 0, mode == SecurityMode::Psk ? pskSecurity() : ServerSecurity{});
    REQUIRE(port.has_value());
    auto session = client.connect(clientOptions(*port, mode));
    REQUIRE(session.has_value());

    Request put;
    put.method = Method::Put;
    put.uriPath = {"5", "0", "0"};
    put.contentFormat = 42;
    put.payload = upload;
    put.timeout = 20000ms;
    auto stored = roundTrip(client, *session, put, 20000ms);
    REQUIRE(stored.has_value());
    CHECK(stored->code == ResponseCode::Changed);
    CHECK(handled == 1);
    CHECK(receivedUpload.size() == upload.size());
    CHECK(receivedUpload == upload);

    Request get;
    get.uriPath = {"5", "0", "0"};
    get.timeout = 20000ms;
    auto fetched = roundTrip(client, *session, get, 20000ms);
    REQUIRE(fetched.has_value());
    CHECK(fetched->code == ResponseCode::Content);
    CHECK(fetched->contentFormat == std::optional<std::uint16_t>(42));
    CHECK(fetched->payload.size() == download.size());
    CHECK(fetched->payload == download);
}
