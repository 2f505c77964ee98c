#pragma once

#include "device_fleet.h"

#include "coap/coap_context.h"
#include "lwm2m/codec.h"
#include "lwm2m/ddf_loader.h"
#include "lwm2m/link_format.h"

#include "event_loop_wait.h"

#include <algorithm>
#include <chrono>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace hangar::devicesim::test {

using namespace std::chrono_literals;

using hangar::test::spin;
using hangar::test::waitFor;

inline std::vector<std::uint8_t> bytes(const std::string& text) { return {text.begin(), text.end()}; }
inline std::string text(const std::vector<std::uint8_t>& data) { return {data.begin(), data.end()}; }

/// The built-in object models, loaded once for all tests.
inline const lwm2m::ObjectRegistry& models()
{
    static const lwm2m::ObjectRegistry registry = [] {
        lwm2m::ObjectRegistry loaded;
        lwm2m::DdfLoader(loaded).loadBuiltin();
        return loaded;
    }();
    return registry;
}

inline const std::string kPskIdentity = "sim-psk-device";
inline const std::vector<std::uint8_t> kPskKey = {0x10, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88};

/// One Register or Update as the test server saw it.
struct SeenRegistration
{
    std::string location;
    std::vector<std::string> query;
    std::string payload;
    std::chrono::steady_clock::time_point at;
};

/// The value of query item `name=` in `query`, empty when absent.
inline std::string queryValue(const std::vector<std::string>& query, const std::string& name)
{
    for (const auto& item : query)
        if (item.rfind(name + "=", 0) == 0)
            return item.substr(name.size() + 1);
    return {};
}

/// Decides the answer to a Register before the server takes it: a code refuses it.
using RegisterGate = std::function<std::optional<coap::ResponseCode>(const SeenRegistration&)>;

/// What a strict LwM2M 1.1 server takes, and 4.00 for the rest: lwm2m=1.0 or 1.1, worded as
/// that version. The root link's ct holds one Content-Format (a list is the 1.2 form); a 1.0
/// Register has no ct at all and no separate Q (1.0 writes queue mode into b, as UQ).
inline std::optional<coap::ResponseCode> strictLwm2m11(const SeenRegistration& seen)
{
    const std::string version = queryValue(seen.query, "lwm2m");
    if (version != "1.0" && version != "1.1")
        return coap::ResponseCode::BadRequest;
    if (version == "1.0" && std::find(seen.query.begin(), seen.query.end(), "Q") != seen.query.end())
        return coap::ResponseCode::BadRequest;
    const auto links = lwm2m::parseLinkFormat(seen.payload);
    if (!links)
        return coap::ResponseCode::BadRequest;
    for (const lwm2m::Link& link : *links) {
        const lwm2m::LinkAttribute* ct = link.attribute("ct");
        if (ct != nullptr && (version == "1.0" || !ct->value || ct->value->find(' ') != std::string::npos))
            return coap::ResponseCode::BadRequest;
    }
    return std::nullopt;
}

/// A minimal LwM2M server on CoapContext: answers Register with 2.01 rd/<n> (or what `gate`
/// says), Update with 2.04, De-register with 2.02 (4.04 for unknown locations), keeps what it
/// saw, and sends Device Management requests to the device's session.
class TestServer
{
public:
    explicit TestServer(coap::SecurityMode mode = coap::SecurityMode::NoSec)
    {
        context.setRequestHandler([this](const coap::IncomingRequest& request) { return handle(request); });
        coap::ServerSecurity security;
        security.mode = mode;
        security.pskLookup = [](std::string_view identity) -> std::optional<std::vector<std::uint8_t>> {
            if (identity == kPskIdentity)
                return kPskKey;
            return std::nullopt;
        };
        port = context.listen("127.0.0.1", 0, security).value();
    }

    std::string queryValue(const std::vector<std::string>& query, const std::string& name) const
    {
        return test::queryValue(query, name);
    }

    /// Sends a request to the device and waits for its answer.
    Expected<coap::Response> request(coap::Request request, std::chrono::milliseconds limit = 5000ms)
    {
        std::optional<Expected<coap::Response>> result;
        if (request.timeout == 0ms)
            request.timeout = limit;
        auto sent = context.send(deviceSession, std::move(request),
                                 [&](Expected<coap::Response> response) { result = std::move(response); });
        if (!sent)
            return std::unexpected(sent.error());
        if (!waitFor([&] { return result.has_value(); }, limit + 1000ms))
            return fail(ErrorCode::Timeout, "test gave up waiting");
        return *result;
    }

    Expected<coap::Response> get(const std::string& path, std::optional<std::uint16_t> accept = std::nullopt)
    {
        coap::Request request;
        request.uriPath = segments(path);
        request.accept = accept;
        return this->request(request);
    }

    Expected<coap::Response> send(coap::Method method, const std::string& path, std::optional<std::uint16_t> format,
                                  const std::string& payload, std::vector<std::string> query = {})
    {
        coap::Request request;
        request.method = method;
        request.uriPath = segments(path);
        request.contentFormat = format;
        request.payload = bytes(payload);
        request.uriQuery = std::move(query);
        return this->request(request);
    }

    static std::vector<std::string> segments(const std::string& path)
    {
        std::vector<std::string> result;
        std::size_t start = 1;
        while (start < path.size()) {
            const auto end = path.find('/', start);
            result.push_back(path.substr(start, end - start));
            if (end == std::string::npos)
                break;
            start = end + 1;
        }
        return result;
    }

    coap::CoapContext context;
    std::uint16_t port = 0;
    coap::SessionId deviceSession = 0;
    RegisterGate gate;                      ///< empty: every Register is taken
    std::vector<SeenRegistration> refused;  ///< Registers the gate refused
    std::vector<SeenRegistration> registers;
    std::vector<SeenRegistration> updates;
    int deregistrations = 0;
    std::map<std::string, bool> live; ///< location -> registered

private:
    std::optional<coap::Answer> handle(const coap::IncomingRequest& request)
    {
        coap::Answer answer;
        const auto now = std::chrono::steady_clock::now();
        if (request.uriPath.empty() || request.uriPath[0] != "rd") {
            answer.response.code = coap::ResponseCode::NotFound;
            return answer;
        }
        if (request.uriPath.size() == 1 && request.method == coap::Method::Post) {
            const std::string location = std::to_string(registers.size() + 1);
            SeenRegistration seen{location, request.uriQuery, text(request.payload), now};
            if (const auto refusal = gate ? gate(seen) : std::nullopt) {
                refused.push_back(std::move(seen));
                answer.response.code = *refusal;
                return answer;
            }
            registers.push_back(std::move(seen));
            live[location] = true;
            if (deviceSession != request.session) {
                deviceSession = request.session;
                context.retain(deviceSession);
            }
            answer.response.code = coap::ResponseCode::Created;
            answer.response.locationPath = {"rd", location};
            return answer;
        }
        const std::string location = request.uriPath.size() == 2 ? request.uriPath[1] : "";
        if (!live[location]) {
            answer.response.code = coap::ResponseCode::NotFound;
            return answer;
        }
        deviceSession = request.session;
        if (request.method == coap::Method::Post) {
            updates.push_back({location, request.uriQuery, text(request.payload), now});
            answer.response.code = coap::ResponseCode::Changed;
        } else if (request.method == coap::Method::Delete) {
            live[location] = false;
            ++deregistrations;
            answer.response.code = coap::ResponseCode::Deleted;
        } else {
            answer.response.code = coap::ResponseCode::MethodNotAllowed;
        }
        return answer;
    }
};

/// A device context and fleet next to a TestServer.
struct Bench
{
    explicit Bench(coap::SecurityMode mode = coap::SecurityMode::NoSec) : server(mode) {}

    DeviceConfig config(const std::string& endpoint) const
    {
        DeviceConfig result;
        result.endpoint = endpoint;
        result.serverHost = "127.0.0.1";
        result.serverPort = server.port;
        result.lifetimeSec = 60;
        result.requestTimeout = 3000ms;
        result.rebootDelay = 200ms;
        return result;
    }

    SimulatedDevice& startRegistered(DeviceConfig config)
    {
        SimulatedDevice* device = fleet.addDevice(std::move(config)).value();
        device->start();
        if (!waitFor([&] { return device->state() == DeviceState::Registered && server.deviceSession != 0; }))
            throw std::runtime_error("the device did not register");
        return *device;
    }

    TestServer server;
    coap::CoapContext deviceContext;
    DeviceFleet fleet{deviceContext, models()};
};

} // namespace hangar::devicesim::test
