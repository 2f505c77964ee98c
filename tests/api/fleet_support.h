#pragma once

#include "device_config.h"
#include "fleet_spec.h"
#include "lwm2m/ddf_loader.h"
#include "lwm2m/object_registry.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace hangar::api::test {

/// The built-in object models, loaded once.
inline const lwm2m::ObjectRegistry& builtinModels()
{
    static const lwm2m::ObjectRegistry registry = [] {
        lwm2m::ObjectRegistry loaded;
        lwm2m::DdfLoader(loaded).loadBuiltin();
        return loaded;
    }();
    return registry;
}

/// One group of `count` plain-CoAP devices of `profile` named by `pattern`, for
/// 127.0.0.1:`coapPort`.
inline devicesim::FleetSpec plainFleet(std::uint16_t coapPort, std::string profile,
                                       std::uint32_t count, std::string pattern)
{
    devicesim::ServerAddress server;
    server.host = "127.0.0.1";
    server.address = "127.0.0.1";
    server.port = coapPort;
    devicesim::GroupSpec group;
    group.name = "plant";
    group.profile = std::move(profile);
    group.count = count;
    group.endpointPattern = std::move(pattern);
    devicesim::FleetSpec spec;
    spec.server = server;
    spec.seed = 7;
    spec.groups.push_back(group);
    return spec;
}

/// A PSK device for the engine's coaps endpoint; one failed try is enough to see a refusal.
inline devicesim::DeviceConfig pskDevice(const std::string& endpoint, const std::string& identity,
                                         std::vector<std::uint8_t> key)
{
    devicesim::DeviceConfig config;
    config.endpoint = endpoint;
    config.security = devicesim::DeviceSecurity::Psk;
    config.pskIdentity = identity;
    config.pskKey = std::move(key);
    config.retryInitialDelay = std::chrono::seconds(5);
    return config;
}

} // namespace hangar::api::test
