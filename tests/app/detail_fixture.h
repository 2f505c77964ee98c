#pragma once

// A real engine on loopback with one simulated temperature-humidity device registered, the app
// services over it, and helpers to read the object browser's model: what the device detail
// tests start from.

#include "detail/device_detail_view.h"
#include "detail/object_browser.h"
#include "detail/object_tree_model.h"
#include "services/app_services.h"
#include "services/simulator_host.h"

#include "coap/coap_context.h"
#include "device_fleet.h"
#include "engine/local_engine.h"
#include "profiles/builtin_profiles.h"

#include "event_loop_wait.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <chrono>
#include <memory>
#include <string>

namespace hangar::app::test {

using hangar::test::waitFor;
using lwm2m::LwM2mPath;

/// A real engine on loopback, the app services over it, and one simulated
/// temperature-humidity device registered with it.
struct DetailFixture
{
    QTemporaryDir dir;
    std::unique_ptr<engine::LocalEngine> engine;
    std::unique_ptr<SimulatorHost> host;
    std::unique_ptr<AppServices> services;
    coap::CoapContext deviceContext;
    std::unique_ptr<devicesim::DeviceFleet> fleet;
    devicesim::SimulatedDevice* device = nullptr;
    const std::string endpoint = "detail-ht-1";

    /// `queueMode`: the device sleeps 300 ms after each exchange, the engine notices in 500 ms.
    explicit DetailFixture(bool queueMode = false)
    {
        engine::EngineConfig config;
        config.dataDir = dir.path().toStdString();
        config.coap = engine::ListenAddress{"127.0.0.1", 0};
        config.coaps = std::nullopt;
        config.transport.plainListenShards = 2;
        config.minimumLifetime = std::chrono::seconds(1);
        config.awakeWindow = std::chrono::milliseconds(500);
        engine = std::move(engine::LocalEngine::start(config).value());
        host = std::make_unique<SimulatorHost>(engine->models());
        services = std::make_unique<AppServices>(*engine, *host);
        fleet = std::make_unique<devicesim::DeviceFleet>(deviceContext, engine->models());

        devicesim::DeviceConfig device_config;
        device_config.endpoint = endpoint;
        device_config.serverPort = engine->coapPort();
        devicesim::applyProfile(device_config, devicesim::temperatureHumidityProfile());
        device_config.queueMode = queueMode;
        device_config.awakeTime = std::chrono::milliseconds(300);
        device_config.wakeInterval = std::chrono::milliseconds(0);
        device = fleet->addDevice(device_config).value();
        device->start();
        REQUIRE(waitFor([&] {
            auto known = engine->device(endpoint);
            return known && known->status == store::DeviceStatus::Registered;
        }, std::chrono::seconds(10)));
    }

    ~DetailFixture()
    {
        services->waitForQueries();
        fleet.reset();
        services.reset();
        host.reset();
        engine.reset();
    }

    const lwm2m::Value* deviceValue(const LwM2mPath& path) const { return device->objects().value(path); }
};

inline QString cell(const ObjectTreeModel& model, const LwM2mPath& path, ObjectColumn column)
{
    return model.indexOf(path, static_cast<int>(column)).data().toString();
}

inline RequestState stateOf(const ObjectTreeModel& model, const LwM2mPath& path)
{
    const ObjectNode* node = model.node(path);
    return node ? node->state : RequestState::Idle;
}

inline bool settled(const ObjectTreeModel& model, const LwM2mPath& path)
{
    const RequestState state = stateOf(model, path);
    return state == RequestState::Done || state == RequestState::Failed;
}

/// Waits until the view loaded the device and its first live reads are answered.
inline void waitUntilLoaded(DeviceDetailView& view)
{
    ObjectTreeModel& model = view.objectBrowser()->model();
    REQUIRE(waitFor([&] { return view.device().has_value(); }, std::chrono::seconds(5)));
    REQUIRE(waitFor([&] { return settled(model, LwM2mPath(3)) && settled(model, LwM2mPath(3303)); }, std::chrono::seconds(10)));
}

} // namespace hangar::app::test
