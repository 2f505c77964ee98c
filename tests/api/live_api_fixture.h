#pragma once

#include "api/api_server.h"
#include "api/api_token.h"
#include "api_test_support.h"
#include "coap/coap_context.h"
#include "device_fleet.h"
#include "engine/local_engine.h"
#include "probe_device.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <chrono>
#include <functional>
#include <memory>
#include <string>

namespace hangar::api::test {

/// A test object (written to the engine's models/ folder and loaded by the devices) with one
/// writable resource of every LwM2M type: 0 String, 1 Integer, 2 Unsigned Integer, 3 Float,
/// 4 Boolean, 5 Opaque, 6 Time, 7 Objlnk, 8 multiple Integer.
inline constexpr std::uint16_t kTypesObject = 32769;

struct LiveOptions
{
    ApiServerConfig api;
    bool coaps = false; ///< also open a DTLS-PSK endpoint on 127.0.0.1
    /// How long a queue-mode device counts as awake after its Register/Update.
    std::chrono::milliseconds awakeWindow{500};
};

/// A real LocalEngine (temp data dir, CoAP on 127.0.0.1, free ports), the real ApiServer over it
/// on 127.0.0.1, a client holding the token, and a fleet of simulated devices. One per
/// test case: devices are added as the test needs them.
class LiveApi
{
public:
    explicit LiveApi(LiveOptions options = {});
    ~LiveApi();

    LiveApi(const LiveApi&) = delete;
    LiveApi& operator=(const LiveApi&) = delete;

    /// Stops the engine and the API as a shutdown would and starts them again on the same data
    /// dir and the same CoAP, CoAPs and API ports (the devices keep running); `offline` runs
    /// between the two, while nothing listens.
    void restartEngine(const std::function<void()>& offline = {});

    /// Adds and starts a simulated device of this endpoint with default settings.
    devicesim::SimulatedDevice* addDevice(const std::string& endpoint);
    /// Adds a simulated device; an unset serverPort becomes the engine's CoAP (or, for PSK,
    /// CoAPs) port. `start` false leaves it stopped, to change its objects first.
    devicesim::SimulatedDevice* addDevice(devicesim::DeviceConfig config, bool start = true);
    /// A probe device registered as `endpoint` announcing `links`.
    std::unique_ptr<ProbeDevice> addProbe(const std::string& endpoint, const std::string& links);

    /// Waits (bounded) until the API reports `endpoint` with this status ("online", ...).
    bool hasStatus(const std::string& endpoint, const QString& status,
                   std::chrono::milliseconds timeout = std::chrono::seconds(15));
    bool online(const std::string& endpoint) { return hasStatus(endpoint, QStringLiteral("online")); }

    /// "/api/v1/devices/<endpoint, percent-encoded>".
    static QString devicePath(const std::string& endpoint);

private:
    void startEngine(std::uint16_t coapPort, std::uint16_t coapsPort, quint16 apiPort);

    LiveOptions m_options;

public:
    QTemporaryDir dir;
    QByteArray token;
    std::unique_ptr<engine::LocalEngine> engine;
    std::unique_ptr<ApiServer> server;
    quint16 port = 0;
    std::unique_ptr<ApiClient> client;
    lwm2m::ObjectRegistry models;
    coap::CoapContext fleetContext;
    std::unique_ptr<devicesim::DeviceFleet> fleet;
};

} // namespace hangar::api::test
