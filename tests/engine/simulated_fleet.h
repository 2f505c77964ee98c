#pragma once

#include "engine_test_support.h"

#include "device_fleet.h"
#include "lwm2m/ddf_loader.h"

namespace hangar::engine::test {

/// Simulated devices on this thread's event loop, on their own CoapContext.
class SimulatedFleet
{
public:
    SimulatedFleet() { lwm2m::DdfLoader(m_registry).loadBuiltin(); }

    devicesim::SimulatedDevice* start(TestEngine& engine, devicesim::DeviceConfig config,
                                      bool secure)
    {
        config.serverHost = "127.0.0.1";
        if (secure) {
            config.security = devicesim::DeviceSecurity::Psk;
            config.pskIdentity = "id-" + config.endpoint;
            config.pskKey = kKey;
            config.serverPort = engine->coapsPort();
            Outcome<void> set;
            engine->setCredential({config.endpoint, config.pskIdentity, kKey}, set.callback());
            REQUIRE(set.get().has_value());
        } else {
            config.serverPort = engine->coapPort();
        }
        auto added = m_fleet.addDevice(config);
        REQUIRE(added.has_value());
        devicesim::SimulatedDevice* device = *added;
        device->start();
        REQUIRE(
            waitFor([&] { return device->state() == devicesim::DeviceState::Registered; }, 8000ms));
        // The engine has the registration once the device got its answer; wait for its /3/0 read
        // too.
        REQUIRE(waitFor(
            [&] {
                auto stored = engine.storedDevice(config.endpoint);
                return stored && stored->manufacturer.has_value();
            },
            8000ms));
        return device;
    }

private:
    lwm2m::ObjectRegistry m_registry;
    coap::CoapContext m_context;
    devicesim::DeviceFleet m_fleet{m_context, m_registry};
};

} // namespace hangar::engine::test
