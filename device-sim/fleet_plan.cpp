#include "fleet_plan.h"
#include "lwm2m_version.h"

#include "profiles/device_profile.h"
#include "scenario/endpoint_pattern.h"

#include <set>
#include <unordered_map>

namespace hangar::devicesim {
namespace {

constexpr std::uint64_t kMaxFleetDevices = 1000000;

std::string groupPath(std::size_t group, const char* field)
{
    return "groups[" + std::to_string(group) + "]" + (field[0] != '\0' ? std::string(".") + field : std::string());
}

std::unexpected<Error> bad(std::size_t group, const char* field, const std::string& reason)
{
    return fail(ErrorCode::InvalidArgument, groupPath(group, field) + ": " + reason);
}

std::uint64_t fnv1a(std::string_view text)
{
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (const char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

std::uint64_t splitMix(std::uint64_t value)
{
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

Expected<void> checkGroup(const FleetSpec& spec, std::size_t index, bool requireServer)
{
    const GroupSpec& group = spec.groups[index];
    if (group.name.empty())
        return bad(index, "name", "a group needs a name");
    if (group.count == 0)
        return bad(index, "count", "a group needs at least one device");
    if (group.profile != kMixedProfileName && findProfile(group.profile) == nullptr) {
        std::string known;
        for (const DeviceProfile* profile : builtinProfiles())
            known += profile->name + ", ";
        return bad(index, "profile", "unknown profile \"" + group.profile + "\"; the built-in profiles are " +
                                         known + "and " + std::string(kMixedProfileName));
    }
    auto pattern = EndpointPattern::parse(group.endpointPattern);
    if (!pattern)
        return bad(index, "endpoint", pattern.error().message);
    if (group.count > 1 && !pattern->numbered())
        return bad(index, "endpoint", "the pattern \"" + group.endpointPattern +
                                          "\" gives every device the same name; put {n} in it");
    if (group.devicesPerSec < 0.0)
        return bad(index, "ramp", "the start rate cannot be negative");

    const ServerAddress* server = group.server ? &*group.server : spec.server ? &*spec.server : nullptr;
    if (server == nullptr) {
        if (requireServer)
            return bad(index, "server", "no server: name one for the fleet (\"server\" or --server) or for the group");
    } else {
        const bool psk = group.security.mode == DeviceSecurity::Psk;
        if (psk && !server->secure)
            return bad(index, "security", "PSK devices need a coaps:// server, but the server is " + server->uri());
        if (!psk && server->secure)
            return bad(index, "security", "the server " + server->uri() +
                                              " is coaps://, so the devices need PSK security (\"psk\")");
    }
    if (group.security.mode == DeviceSecurity::Psk) {
        if (group.security.keys == KeySource::Shared && group.security.sharedKey.empty())
            return bad(index, "security.key", "the shared key is empty");
        if (group.security.keys == KeySource::PerDevice) {
            std::set<std::string> names;
            for (std::uint32_t n = 1; n <= group.count; ++n) {
                const std::string endpoint = pattern->format(n);
                if (!group.security.deviceKeys.contains(endpoint))
                    return bad(index, "security.keys", "no key for device \"" + endpoint +
                                                           "\"; list a key for every device of the group");
                names.insert(endpoint);
            }
            for (const auto& [endpoint, key] : group.security.deviceKeys) {
                if (!names.contains(endpoint))
                    return bad(index, "security.keys", "\"" + endpoint + "\" is not a device of this group");
                if (key.empty())
                    return bad(index, "security.keys", "the key of \"" + endpoint + "\" is empty");
            }
        }
    }
    if (group.awakeTime && group.awakeTime->count() <= 0)
        return bad(index, "awakeSec", "the awake time must be positive");
    if (!group.lwm2mVersion.empty() && !isSimulatedLwm2mVersion(group.lwm2mVersion))
        return bad(index, "lwm2mVersion", "\"" + group.lwm2mVersion +
                                              "\" is not a version the devices speak; use \"1.0\", \"1.1\" or \"1.2\"");
    if (group.lifetimeSec && *group.lifetimeSec == 0)
        return bad(index, "lifetimeSec", "the lifetime must be at least 1 second");
    return {};
}

} // namespace

Expected<void> validateFleet(const FleetSpec& spec, bool requireServer)
{
    if (spec.groups.empty())
        return fail(ErrorCode::InvalidArgument, "groups: the fleet has no groups; add at least one");
    if (spec.deviceCount() > kMaxFleetDevices)
        return fail(ErrorCode::LimitExceeded, "groups: the fleet has " + std::to_string(spec.deviceCount()) +
                                                  " devices, more than the " + std::to_string(kMaxFleetDevices) +
                                                  " one simulator runs; split it over several");
    std::unordered_map<std::string, std::size_t> groupNames;
    for (std::size_t index = 0; index < spec.groups.size(); ++index) {
        if (auto checked = checkGroup(spec, index, requireServer); !checked)
            return checked;
        const auto [found, inserted] = groupNames.emplace(spec.groups[index].name, index);
        if (!inserted)
            return bad(index, "name", "\"" + spec.groups[index].name + "\" is also the name of " +
                                          groupPath(found->second, ""));
    }
    // Endpoint names must be unique across the fleet: a server would see two devices as one.
    std::unordered_map<std::string, std::size_t> owners;
    owners.reserve(static_cast<std::size_t>(spec.deviceCount()));
    for (std::size_t index = 0; index < spec.groups.size(); ++index) {
        const GroupSpec& group = spec.groups[index];
        const EndpointPattern pattern = EndpointPattern::parse(group.endpointPattern).value();
        for (std::uint32_t n = 1; n <= group.count; ++n) {
            const auto [found, inserted] = owners.emplace(pattern.format(n), index);
            if (!inserted && found->second != index)
                return bad(index, "endpoint", "device name \"" + found->first + "\" is also made by " +
                                                  groupPath(found->second, "endpoint") +
                                                  "; endpoint names must be unique across the fleet");
        }
    }
    return {};
}

Expected<std::vector<PlannedDevice>> planFleet(const FleetSpec& spec)
{
    if (auto valid = validateFleet(spec, true); !valid)
        return std::unexpected(valid.error());
    std::vector<PlannedDevice> devices;
    devices.reserve(static_cast<std::size_t>(spec.deviceCount()));
    for (std::size_t index = 0; index < spec.groups.size(); ++index) {
        const GroupSpec& group = spec.groups[index];
        const EndpointPattern pattern = EndpointPattern::parse(group.endpointPattern).value();
        for (std::uint32_t n = 1; n <= group.count; ++n) {
            PlannedDevice device;
            device.endpoint = pattern.format(n);
            device.group = static_cast<std::uint32_t>(index);
            device.index = n;
            if (group.security.mode == DeviceSecurity::Psk) {
                switch (group.security.keys) {
                case KeySource::Derived:
                    device.pskKey = derivePskKey(spec.seed, device.endpoint);
                    break;
                case KeySource::Shared:
                    device.pskKey = group.security.sharedKey;
                    break;
                case KeySource::PerDevice:
                    device.pskKey = group.security.deviceKeys.at(device.endpoint);
                    break;
                }
            }
            devices.push_back(std::move(device));
        }
    }
    return devices;
}

const ServerAddress& groupServer(const FleetSpec& spec, const GroupSpec& group)
{
    return group.server ? *group.server : *spec.server;
}

DeviceConfig deviceConfigFor(const FleetSpec& spec, const PlannedDevice& device, const std::string& host,
                             std::uint16_t port)
{
    const GroupSpec& group = spec.groups.at(device.group);
    DeviceConfig config;
    config.endpoint = device.endpoint;
    config.serverHost = host;
    config.serverPort = port;
    const DeviceProfile* profile =
        group.profile == kMixedProfileName ? &mixedPlantProfile(device.index - 1) : findProfile(group.profile);
    if (profile != nullptr)
        applyProfile(config, *profile);
    if (group.security.mode == DeviceSecurity::Psk) {
        config.security = DeviceSecurity::Psk;
        config.pskIdentity = device.endpoint;
        config.pskKey = device.pskKey;
    }
    if (group.lifetimeSec)
        config.lifetimeSec = *group.lifetimeSec;
    if (group.queueMode)
        config.queueMode = *group.queueMode;
    if (group.awakeTime)
        config.awakeTime = *group.awakeTime;
    if (!group.lwm2mVersion.empty())
        config.lwm2mVersion = group.lwm2mVersion;
    config.faults = group.faults.device;
    // Never 0 (that would fall back to the endpoint alone): the fleet seed must matter.
    config.seed = splitMix(spec.seed ^ fnv1a(device.endpoint)) | 1U;
    return config;
}

std::vector<DeviceCredential> fleetCredentials(const FleetSpec& spec, const std::vector<PlannedDevice>& devices)
{
    std::vector<DeviceCredential> credentials;
    for (const PlannedDevice& device : devices) {
        if (spec.groups.at(device.group).security.mode == DeviceSecurity::Psk)
            credentials.push_back({device.endpoint, device.endpoint, device.pskKey});
    }
    return credentials;
}

} // namespace hangar::devicesim
