#include "simulator/fleet_request.h"

#include "fleet_plan.h"
#include "scenario/server_uri.h"

namespace hangar::app {
namespace {

constexpr const char* kLoopback = "127.0.0.1";

std::string escapeBraces(const std::string& text)
{
    std::string escaped;
    for (const char c : text) {
        escaped += c;
        if (c == '{' || c == '}')
            escaped += c; // `{{` and `}}` are literal braces in an endpoint pattern
    }
    return escaped;
}

devicesim::ServerAddress loopbackServer(bool secure, std::uint16_t port)
{
    devicesim::ServerAddress server;
    server.secure = secure;
    server.host = kLoopback;
    server.address = kLoopback;
    server.port = port;
    return server;
}

Expected<void> targetEmbedded(devicesim::FleetSpec& spec, const FleetTarget& target)
{
    spec.server.reset();
    for (devicesim::GroupSpec& group : spec.groups) {
        const bool psk = group.security.mode == devicesim::DeviceSecurity::Psk;
        const std::uint16_t port = psk ? target.coapsPort : target.coapPort;
        if (port == 0)
            return fail(ErrorCode::InvalidArgument,
                        "group \"" + group.name + "\" needs the engine's " + (psk ? "DTLS (coaps)" : "plain CoAP") +
                            " endpoint, which is switched off; turn it on in the settings or change the security");
        group.server = loopbackServer(psk, port);
    }
    return {};
}

Expected<void> targetOther(devicesim::FleetSpec& spec, const FleetTarget& target)
{
    auto server = devicesim::parseServerUri(target.uri);
    if (!server)
        return std::unexpected(server.error());
    spec.server = *server;
    for (devicesim::GroupSpec& group : spec.groups) {
        if (!group.server)
            continue;
        if (group.server->secure == server->secure) {
            group.server = *server;
        } else {
            group.server->host = server->host;
            group.server->address.clear();
        }
    }
    return {};
}

} // namespace

devicesim::FleetSpec profileFleet(const ProfileFleetOptions& options)
{
    devicesim::GroupSpec group;
    group.name = options.endpointPrefix.empty() ? std::string("fleet") : options.endpointPrefix;
    group.profile = options.profile;
    group.count = options.count;
    group.endpointPattern = escapeBraces(options.endpointPrefix.empty() ? std::string("sim") : options.endpointPrefix) +
                            "-{n:04}";
    group.devicesPerSec = options.devicesPerSec;
    if (options.psk) {
        group.security.mode = devicesim::DeviceSecurity::Psk;
        group.security.keys = devicesim::KeySource::Derived;
    }
    group.relay = true;
    devicesim::FleetSpec spec;
    spec.seed = options.seed;
    spec.groups.push_back(std::move(group));
    return spec;
}

void enableLiveFaults(devicesim::FleetSpec& spec)
{
    for (devicesim::GroupSpec& group : spec.groups)
        group.relay = true;
}

Expected<void> applyTarget(devicesim::FleetSpec& spec, const FleetTarget& target)
{
    switch (target.kind) {
    case FleetTarget::Kind::EmbeddedEngine:
        return targetEmbedded(spec, target);
    case FleetTarget::Kind::OtherServer:
        return targetOther(spec, target);
    case FleetTarget::Kind::ScenarioServers:
        return {};
    }
    return fail(ErrorCode::InvalidArgument, "unknown fleet target");
}

Expected<std::vector<store::Credential>> engineCredentials(const devicesim::FleetSpec& spec)
{
    auto plan = devicesim::planFleet(spec);
    if (!plan)
        return std::unexpected(plan.error());
    std::vector<store::Credential> credentials;
    for (devicesim::DeviceCredential& device : devicesim::fleetCredentials(spec, *plan))
        credentials.push_back({std::move(device.endpoint), std::move(device.identity), std::move(device.key)});
    return credentials;
}

} // namespace hangar::app
