#pragma once

#include "coap/coap_context.h"
#include "lwm2m/content_format.h"
#include "lwm2m/object_registry.h"
#include "lwm2m/path_value.h"

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace hangar::api::test {

/// A hand-driven LwM2M client on its own CoapContext: it registers with a real engine, records
/// every request the engine sends and answers with whatever the test decides (any response
/// code, a deferred answer, or no answer at all). Use it where a SimulatedDevice would hide
/// what reached the device or could not answer the way a test needs.
class ProbeDevice
{
public:
    /// Decides the answer to one request; std::nullopt defers it (answer later with
    /// context().respond(request.exchange, ...), or never).
    using Handler = std::function<std::optional<coap::Answer>(const coap::IncomingRequest& request)>;

    explicit ProbeDevice(const lwm2m::ObjectRegistry& models);

    ProbeDevice(const ProbeDevice&) = delete;
    ProbeDevice& operator=(const ProbeDevice&) = delete;

    /// Registers `endpoint` (LwM2M 1.1, binding U) with the engine on 127.0.0.1:`port`,
    /// announcing `links`; true once the engine answered 2.01 (bounded wait).
    bool registerAt(std::uint16_t port, const std::string& endpoint, const std::string& links,
                    std::uint32_t lifetimeSec = 300);

    /// Replaces how requests are answered. The default answers GET with 4.04 and every other
    /// method with 2.04.
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    /// Answers reads with `values` and accepts every observation (acceptedObservation() then
    /// names the last one, to notify); other methods get 2.04 Changed.
    void actAsSensor(lwm2m::PathValues values);
    std::optional<coap::ObservationId> acceptedObservation() const { return m_accepted; }

    /// Every request the engine sent so far, in arrival order.
    const std::vector<coap::IncomingRequest>& received() const { return m_received; }
    /// The received requests with `method` on `path` ("/3/0/4").
    std::vector<coap::IncomingRequest> requestsTo(coap::Method method, const std::string& path) const;
    /// Waits (bounded) until `count` requests with `method` on `path` arrived.
    bool waitForRequests(coap::Method method, const std::string& path, std::size_t count,
                         std::chrono::milliseconds timeout = std::chrono::seconds(10));

    /// An answer carrying `values` in the format the request asked for (TLV when it did not).
    coap::Answer valuesAnswer(const coap::IncomingRequest& request, const lwm2m::PathValues& values) const;
    /// Sends `values` as a notification of an accepted observation in `format`.
    bool notify(coap::ObservationId observation, lwm2m::ContentFormat format,
                const lwm2m::LwM2mPath& path, const lwm2m::PathValues& values);

    /// An answer with only a response code.
    static coap::Answer code(coap::ResponseCode code);
    /// "/3/0/4" for a request on 3/0/4.
    static std::string pathOf(const coap::IncomingRequest& request);

    coap::CoapContext& context() { return m_context; }

private:
    const lwm2m::ObjectRegistry& m_models;
    coap::CoapContext m_context;
    coap::SessionId m_session = 0;
    Handler m_handler;
    std::vector<coap::IncomingRequest> m_received;
    std::optional<coap::ObservationId> m_accepted;
};

} // namespace hangar::api::test
