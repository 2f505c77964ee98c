#include "sim_fleet.h"

#include "event_wait.h"

#include "device_fleet.h"
#include "fleet_credentials.h"
#include "fleet_plan.h"

namespace hangar::bench {

namespace {

constexpr auto kStopMargin = std::chrono::seconds(5);

} // namespace

devicesim::FleetSpec benchFleet(const std::string& name, std::uint32_t count, devicesim::DeviceSecurity security,
                                std::uint16_t port)
{
    const bool secure = security == devicesim::DeviceSecurity::Psk;
    devicesim::FleetSpec spec;
    spec.server = devicesim::ServerAddress{secure, "127.0.0.1", "127.0.0.1", port};
    devicesim::GroupSpec group;
    group.name = name;
    group.profile = std::string(devicesim::kMixedProfileName);
    group.count = count;
    group.endpointPattern = name + "-{n:05}";
    group.security.mode = security;
    group.security.keys = devicesim::KeySource::Derived;
    spec.groups.push_back(std::move(group));
    return spec;
}

Expected<std::string> credentialCsv(const devicesim::FleetSpec& spec)
{
    auto plan = devicesim::planFleet(spec);
    if (!plan)
        return std::unexpected(plan.error());
    auto csv = devicesim::formatCredentials(devicesim::fleetCredentials(spec, *plan),
                                            devicesim::CredentialFileFormat::Csv);
    if (!csv)
        return std::unexpected(csv.error());
    return csv->toStdString();
}

RegistrationOutcome startAndRegister(devicesim::Simulator& simulator, devicesim::FleetSpec spec,
                                     std::chrono::milliseconds limit)
{
    RegistrationOutcome outcome;
    const std::uint64_t devices = spec.deviceCount();
    const auto begin = std::chrono::steady_clock::now();
    if (auto started = simulator.start(std::move(spec)); !started) {
        outcome.problem = started.error().message;
        return outcome;
    }
    outcome.allRegistered = runUntil(
        [&] {
            outcome.stats = simulator.stats();
            return outcome.stats.total.registered >= devices;
        },
        limit);
    outcome.took = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - begin);
    return outcome;
}

std::uint64_t stopFleet(devicesim::Simulator& simulator, std::chrono::milliseconds limit)
{
    std::uint64_t deregistered = 0;
    const QMetaObject::Connection connection = QObject::connect(
        &simulator, &devicesim::Simulator::stopped, &simulator,
        [&deregistered](const devicesim::SimulatorStats& last) { deregistered = last.total.deregistered; });
    simulator.stop(limit);
    runUntil([&] { return simulator.state() == devicesim::SimulatorState::Idle; }, limit + kStopMargin,
             std::chrono::milliseconds(20));
    QObject::disconnect(connection);
    return deregistered;
}

std::vector<std::string> alwaysOnlineEndpoints(const devicesim::Simulator& simulator)
{
    std::vector<std::string> endpoints;
    if (const devicesim::DeviceFleet* fleet = simulator.fleet())
        for (const devicesim::SimulatedDevice* device : fleet->devices())
            if (!device->config().queueMode)
                endpoints.push_back(device->endpoint());
    return endpoints;
}

} // namespace hangar::bench
