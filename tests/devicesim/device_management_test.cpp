#include "devicesim_test_support.h"

#include "lwm2m/discover_links.h"

#include <catch2/catch.hpp>

using namespace hangar;
using namespace hangar::devicesim;
using namespace hangar::devicesim::test;
using coap::Method;
using coap::ResponseCode;
using lwm2m::ContentFormat;
using lwm2m::LwM2mPath;

namespace {

constexpr std::uint16_t number(ContentFormat format) { return static_cast<std::uint16_t>(format); }

lwm2m::PathValues decoded(const coap::Response& response, const LwM2mPath& path)
{
    REQUIRE(response.contentFormat.has_value());
    auto values = lwm2m::decode(static_cast<ContentFormat>(*response.contentFormat), response.payload, path, models());
    REQUIRE(values.has_value());
    return *values;
}

lwm2m::PathValues withoutClock(lwm2m::PathValues values)
{
    std::erase_if(values, [](const lwm2m::PathValue& entry) { return entry.path == LwM2mPath(3, 0, 13); });
    for (auto& entry : values)
        entry.timeSec.reset();
    return values;
}

ResponseCode codeOf(const Expected<coap::Response>& response)
{
    REQUIRE(response.has_value());
    return response->code;
}

} // namespace

TEST_CASE("reading the Device object gives the same values in every content format", "[devicesim]")
{
    Bench bench;
    bench.startRegistered(bench.config("dm-node-1"));
    auto reference = bench.server.get("/3/0", number(ContentFormat::SenmlCbor));
    REQUIRE(reference.has_value());
    REQUIRE(reference->code == ResponseCode::Content);
    const auto expected = withoutClock(decoded(*reference, LwM2mPath(3, 0)));
    const auto find = [&](const LwM2mPath& path) {
        for (const auto& entry : expected)
            if (entry.path == path)
                return entry.value;
        return lwm2m::Value();
    };
    CHECK(find(LwM2mPath(3, 0, 0)) == lwm2m::Value::string("Hangar"));
    CHECK(find(LwM2mPath(3, 0, 2)) == lwm2m::Value::string("SN-dm-node-1"));
    CHECK(find(LwM2mPath(3, 0, 6, 1)) == lwm2m::Value::integer(5));

    const ContentFormat format =
        GENERATE(ContentFormat::Tlv, ContentFormat::SenmlJson, ContentFormat::SenmlCbor, ContentFormat::Lwm2mJson);
    CAPTURE(lwm2m::contentFormatName(format));
    auto answer = bench.server.get("/3/0", number(format));
    REQUIRE(answer.has_value());
    REQUIRE(answer->code == ResponseCode::Content);
    CHECK(answer->contentFormat == number(format));
    CHECK(withoutClock(decoded(*answer, LwM2mPath(3, 0))) == expected);
}

TEST_CASE("reads pick text/plain for single resources and SenML CBOR for more, and refuse what cannot be encoded",
          "[devicesim]")
{
    Bench bench;
    bench.startRegistered(bench.config("dm-node-2"));
    auto manufacturer = bench.server.get("/3/0/0");
    REQUIRE(manufacturer.has_value());
    CHECK(manufacturer->contentFormat == number(ContentFormat::Text));
    CHECK(text(manufacturer->payload) == "Hangar");

    auto clock = bench.server.get("/3/0/13");
    REQUIRE(clock.has_value());
    const auto now = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch());
    CHECK(std::abs(std::stoll(text(clock->payload)) - now.count()) <= 2);

    auto sources = bench.server.get("/3/0/6");
    REQUIRE(sources.has_value());
    CHECK(sources->contentFormat == number(ContentFormat::SenmlCbor));
    CHECK(decoded(*sources, LwM2mPath(3, 0, 6)).size() == 2);

    auto units = bench.server.get("/3303/0/5701", number(ContentFormat::SenmlJson));
    REQUIRE(units.has_value());
    CHECK(decoded(*units, LwM2mPath(3303, 0, 5701)).front().value == lwm2m::Value::string("Cel"));

    CHECK(codeOf(bench.server.get("/3/0", number(ContentFormat::Text))) == ResponseCode::NotAcceptable);
    CHECK(codeOf(bench.server.get("/3/0/0", 4711)) == ResponseCode::NotAcceptable);
    CHECK(codeOf(bench.server.get("/3/0/0", number(ContentFormat::Opaque))) == ResponseCode::NotAcceptable);
    CHECK(codeOf(bench.server.get("/3/0/4")) == ResponseCode::MethodNotAllowed); // executable
    CHECK(codeOf(bench.server.get("/3/0/18000")) == ResponseCode::NotFound);
    CHECK(codeOf(bench.server.get("/3304/0")) == ResponseCode::NotFound);
    CHECK(codeOf(bench.server.get("/0/0")) == ResponseCode::Unauthorized);
}

TEST_CASE("writes replace and partially update values that read back", "[devicesim]")
{
    Bench bench;
    SimulatedDevice& device = bench.startRegistered(bench.config("dm-node-3"));

    CHECK(codeOf(bench.server.send(Method::Put, "/3/0/14", number(ContentFormat::Text), "+02:00")) == ResponseCode::Changed);
    CHECK(text(bench.server.get("/3/0/14")->payload) == "+02:00");

    const std::string partial = R"([{"bn":"/3303/0/","n":"5750","vs":"outdoor"}])";
    CHECK(codeOf(bench.server.send(Method::Post, "/3303/0", number(ContentFormat::SenmlJson), partial)) ==
          ResponseCode::Changed);
    CHECK(text(bench.server.get("/3303/0/5750")->payload) == "outdoor");
    CHECK(text(bench.server.get("/3303/0/5701")->payload) == "Cel"); // untouched by the partial update

    lwm2m::PathValues replace{{LwM2mPath(3, 0, 15), lwm2m::Value::string("Europe/Berlin"), std::nullopt}};
    auto tlv = lwm2m::encode(ContentFormat::Tlv, LwM2mPath(3, 0), replace, models());
    REQUIRE(tlv.has_value());
    coap::Request put;
    put.method = Method::Put;
    put.uriPath = {"3", "0"};
    put.contentFormat = number(ContentFormat::Tlv);
    put.payload = *tlv;
    CHECK(codeOf(bench.server.request(put)) == ResponseCode::Changed);
    CHECK(text(bench.server.get("/3/0/15")->payload) == "Europe/Berlin");

    // A new lifetime in the Server object is announced with an Update carrying lt.
    const auto updatesBefore = bench.server.updates.size();
    CHECK(codeOf(bench.server.send(Method::Put, "/1/0/1", number(ContentFormat::Text), "45")) == ResponseCode::Changed);
    REQUIRE(waitFor([&] { return bench.server.updates.size() > updatesBefore; }));
    CHECK(bench.server.queryValue(bench.server.updates.back().query, "lt") == "45");
    CHECK(device.counters().requestsServed >= 8);
}

TEST_CASE("requests the models forbid get the LwM2M error codes", "[devicesim]")
{
    Bench bench;
    bench.startRegistered(bench.config("dm-node-4"));
    const auto text0 = number(ContentFormat::Text);
    CHECK(codeOf(bench.server.send(Method::Put, "/3/0/0", text0, "Acme")) == ResponseCode::MethodNotAllowed);
    CHECK(codeOf(bench.server.send(Method::Put, "/3303/0/5700", text0, "1.5")) == ResponseCode::MethodNotAllowed);
    CHECK(codeOf(bench.server.send(Method::Put, "/1/0/1", text0, "soon")) == ResponseCode::BadRequest);
    CHECK(codeOf(bench.server.send(Method::Put, "/3/0/14", 4711, "x")) == ResponseCode::UnsupportedContentFormat);
    CHECK(codeOf(bench.server.send(Method::Put, "/3/0/14", number(ContentFormat::SenmlJson), "[{")) ==
          ResponseCode::BadRequest);
    CHECK(codeOf(bench.server.send(Method::Put, "/3/7/14", text0, "x")) == ResponseCode::NotFound);
    CHECK(codeOf(bench.server.send(Method::Post, "/3/0/0", std::nullopt, "")) == ResponseCode::MethodNotAllowed);
    CHECK(codeOf(bench.server.send(Method::Delete, "/3/0", std::nullopt, "")) == ResponseCode::MethodNotAllowed);
    CHECK(codeOf(bench.server.send(Method::Delete, "/1/0", std::nullopt, "")) == ResponseCode::MethodNotAllowed);
    CHECK(codeOf(bench.server.send(Method::Delete, "/3303/9", std::nullopt, "")) == ResponseCode::NotFound);
    CHECK(codeOf(bench.server.send(Method::Post, "/3/0/12", std::nullopt, "")) == ResponseCode::Changed);
}

TEST_CASE("executing reboot takes the device offline and it registers again", "[devicesim]")
{
    Bench bench;
    SimulatedDevice& device = bench.startRegistered(bench.config("dm-node-5"));
    std::vector<DeviceState> states;
    QObject::connect(&device, &SimulatedDevice::stateChanged, &device, [&](DeviceState state) { states.push_back(state); });
    CHECK(codeOf(bench.server.send(Method::Post, "/3/0/4", std::nullopt, "")) == ResponseCode::Changed);
    REQUIRE(waitFor([&] { return bench.server.registers.size() == 2 && device.state() == DeviceState::Registered; }));
    CHECK(std::find(states.begin(), states.end(), DeviceState::Rebooting) != states.end());
    CHECK(device.counters().registrations == 2);
    CHECK(text(bench.server.get("/3/0/0")->payload) == "Hangar");
}

TEST_CASE("a Temperature instance can be created, read, discovered and deleted", "[devicesim]")
{
    Bench bench;
    SimulatedDevice& device = bench.startRegistered(bench.config("dm-node-6"));
    const std::string body = R"([{"bn":"/3303/4/","n":"5750","vs":"freezer"}])";
    auto created = bench.server.send(Method::Post, "/3303", number(ContentFormat::SenmlJson), body);
    REQUIRE(created.has_value());
    REQUIRE(created->code == ResponseCode::Created);
    CHECK(created->locationPath == std::vector<std::string>{"3303", "4"});
    CHECK(text(bench.server.get("/3303/4/5750")->payload) == "freezer");
    CHECK(std::stod(text(bench.server.get("/3303/4/5700")->payload)) > -40.0);
    REQUIRE(waitFor([&] { return !bench.server.updates.empty(); }));
    CHECK(bench.server.updates.back().payload.find("</3303/4>") != std::string::npos);

    // A second create without an id takes the lowest free one.
    auto another = bench.server.send(Method::Post, "/3303", std::nullopt, "");
    REQUIRE(another.has_value());
    CHECK(another->locationPath == std::vector<std::string>{"3303", "1"});
    CHECK(codeOf(bench.server.send(Method::Post, "/3303", number(ContentFormat::SenmlJson), body)) ==
          ResponseCode::BadRequest); // exists already

    auto discovered = bench.server.get("/3303/4", number(ContentFormat::LinkFormat));
    REQUIRE(discovered.has_value());
    auto links = lwm2m::parseDiscoverLinks(text(discovered->payload));
    REQUIRE(links.has_value());
    CHECK(links->front().path == LwM2mPath(3303, 4));
    CHECK(std::any_of(links->begin(), links->end(), [](const auto& link) { return link.path == LwM2mPath(3303, 4, 5605); }));

    CHECK(codeOf(bench.server.send(Method::Delete, "/3303/4", std::nullopt, "")) == ResponseCode::Deleted);
    CHECK(codeOf(bench.server.get("/3303/4/5700")) == ResponseCode::NotFound);
    CHECK(device.objects().instanceIds(3303) == std::vector<std::uint16_t>{0, 1});
}

TEST_CASE("a factory reset brings back the default values after the device registered again", "[devicesim]")
{
    Bench bench;
    SimulatedDevice& device = bench.startRegistered(bench.config("dm-node-7"));
    REQUIRE(codeOf(bench.server.send(Method::Put, "/3/0/14", number(ContentFormat::Text), "+05:00")) ==
            ResponseCode::Changed);
    REQUIRE(codeOf(bench.server.send(Method::Post, "/3303", std::nullopt, "")) == ResponseCode::Created);
    CHECK(codeOf(bench.server.send(Method::Post, "/3/0/5", std::nullopt, "")) == ResponseCode::Changed);
    REQUIRE(waitFor([&] { return bench.server.registers.size() == 2 && device.state() == DeviceState::Registered; }));
    CHECK(text(bench.server.get("/3/0/14")->payload) == "+00:00");
    CHECK(device.objects().instanceIds(3303) == std::vector<std::uint16_t>{0});
}
