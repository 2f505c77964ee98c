#include "simulator.h"

#include "faults/fault_relay.h"
#include "fleet_session_tracker.h"
#include "simulated_device.h"

namespace hangar::devicesim {

using namespace std::chrono_literals;

namespace {

/// A closed session's relay socket is kept this long, so its last datagrams (a DTLS
/// close_notify) still reach the server through it rather than opening a new one.
constexpr auto kForgetDelay = 2s;

std::uint64_t portKey(std::uint32_t group, std::uint16_t port)
{
    return (std::uint64_t{group} << 16) | port;
}

Error noRelay(const std::string& group)
{
    return Error(ErrorCode::Unsupported,
                 "group \"" + group + "\" runs without a fault relay, so its network faults cannot change "
                 "while running; start it with network faults or with \"relay\": true");
}

/// `faults` as they look `elapsed` after they were set, for a relay that counts the partition
/// window from now: what is left of the window, or none once it is over.
NetworkFaults remainingFaults(NetworkFaults faults, std::chrono::milliseconds elapsed)
{
    if (!faults.hasPartition())
        return faults;
    faults.partitionStart = std::max(faults.partitionStart - elapsed, 0ms);
    faults.partitionEnd = std::max(faults.partitionEnd - elapsed, 0ms);
    return faults;
}

} // namespace

std::optional<std::uint32_t> Simulator::groupIndex(std::string_view name) const
{
    for (std::size_t index = 0; index < m_spec.groups.size(); ++index) {
        if (m_spec.groups[index].name == name)
            return static_cast<std::uint32_t>(index);
    }
    return std::nullopt;
}

Expected<void> Simulator::setGroupFaults(std::string_view name, const FaultSettings& faults)
{
    if (m_state != SimulatorState::Running)
        return fail(ErrorCode::InvalidArgument, "no fleet is running");
    const auto index = groupIndex(name);
    if (!index)
        return fail(ErrorCode::NotFound, "no group \"" + std::string(name) + "\" in the running fleet");
    Group& group = m_groups[*index];
    GroupSpec& spec = m_spec.groups[*index];
    if (!group.relay && faults.network.any())
        return std::unexpected(noRelay(spec.name));
    spec.faults = faults;
    if (group.relay)
        group.relay->setFaults(faults.network);
    for (SimulatedDevice* device : group.devices) {
        if (!m_deviceFaults.contains(device))
            device->setFaults(faults.device);
    }
    return {};
}

Expected<void> Simulator::setDeviceFaults(std::string_view endpoint, const std::optional<FaultSettings>& faults)
{
    if (m_state != SimulatorState::Running)
        return fail(ErrorCode::InvalidArgument, "no fleet is running");
    SimulatedDevice* device = m_fleet->device(endpoint);
    if (device == nullptr)
        return fail(ErrorCode::NotFound, "no device \"" + std::string(endpoint) + "\" in the running fleet");
    const std::uint32_t index = m_groupOf.at(device);
    Group& group = m_groups[index];
    if (faults && faults->network.any() && !group.relay)
        return std::unexpected(noRelay(m_spec.groups[index].name));
    if (faults)
        m_deviceFaults[device] = {*faults, Clock::now()};
    else
        m_deviceFaults.erase(device);
    device->setFaults(faults ? faults->device : m_spec.groups[index].faults.device);
    if (group.relay && device->session() != 0) {
        if (const auto info = m_context->sessionInfo(device->session()); info && info->localPort != 0)
            group.relay->setDeviceFaults(info->localPort,
                                         faults ? std::optional<NetworkFaults>(faults->network) : std::nullopt);
    }
    return {};
}

void Simulator::onSession(coap::SessionId session, SimulatedDevice* device, bool bound)
{
    if (!bound) {
        const auto found = m_sessions.find(session);
        if (found == m_sessions.end())
            return;
        m_forgets.push_back({Clock::now() + kForgetDelay, found->second.group, found->second.port});
        m_livePorts.erase(portKey(found->second.group, found->second.port));
        m_sessions.erase(found);
        if (!m_forgetTimer.isActive())
            m_forgetTimer.start(kForgetDelay);
        return;
    }
    const auto group = m_groupOf.find(device);
    if (group == m_groupOf.end() || !m_groups[group->second].relay)
        return;
    const auto info = m_context->sessionInfo(session);
    if (!info || info->localPort == 0)
        return;
    m_sessions[session] = {group->second, info->localPort};
    m_livePorts.insert(portKey(group->second, info->localPort));
    // A new session has a new local port: carry the device's own network faults over to it.
    if (const auto own = m_deviceFaults.find(device); own != m_deviceFaults.end()) {
        const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - own->second.since);
        m_groups[group->second].relay->setDeviceFaults(info->localPort,
                                                       remainingFaults(own->second.faults.network, elapsed));
    }
}

void Simulator::forgetTick()
{
    const TimePoint now = Clock::now();
    std::erase_if(m_forgets, [&](const PendingForget& pending) {
        if (pending.due > now)
            return false;
        // The port may already belong to a newer session (the kernel reused it): keep that one.
        if (m_livePorts.contains(portKey(pending.group, pending.port)))
            return true;
        if (FaultRelay* relay = m_groups[pending.group].relay.get()) {
            relay->setDeviceFaults(pending.port, std::nullopt);
            relay->forgetDevice(pending.port);
        }
        return true;
    });
    if (!m_forgets.empty()) {
        const auto next = std::min_element(m_forgets.begin(), m_forgets.end(),
                                           [](const PendingForget& a, const PendingForget& b) { return a.due < b.due; });
        m_forgetTimer.start(std::max(std::chrono::ceil<std::chrono::milliseconds>(next->due - now), 1ms));
    }
}

} // namespace hangar::devicesim
