#include "simulator.h"

#include "faults/fault_relay.h"
#include "fleet_limits.h"
#include "fleet_session_tracker.h"
#include "scenario/server_uri.h"
#include "simulated_device.h"

#include <QLoggingCategory>

#include <algorithm>
#include <cmath>

namespace hangar::devicesim {

Q_LOGGING_CATEGORY(lcSimulator, "hangar.sim")

using namespace std::chrono_literals;

namespace {

/// Devices started in one event-loop turn: a large fleet without a ramp still lets the loop
/// breathe (answers, timers) between batches.
constexpr std::size_t kMaxStartsPerTick = 250;
constexpr auto kStopPollInterval = 20ms;
/// How long the devices get to de-register when the spec's duration is over.
constexpr auto kDurationStopLimit = 10s;

} // namespace

Simulator::Simulator(const lwm2m::ObjectRegistry& registry, QObject* parent)
    : QObject(parent), m_registry(registry), m_rampTimer(this), m_statsTimer(this), m_stopTimer(this),
      m_forgetTimer(this), m_durationTimer(this)
{
    // The timers are children so that moveToThread() takes them along.
    qRegisterMetaType<SimulatorStats>();
    qRegisterMetaType<SimulatorState>();
    qRegisterMetaType<VersionFallback>();
    m_rampTimer.setSingleShot(true);
    m_rampTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_rampTimer, &QTimer::timeout, this, &Simulator::rampTick);
    connect(&m_statsTimer, &QTimer::timeout, this, [this] { Q_EMIT statsChanged(stats()); });
    m_stopTimer.setInterval(kStopPollInterval);
    connect(&m_stopTimer, &QTimer::timeout, this, &Simulator::stopTick);
    m_forgetTimer.setSingleShot(true);
    connect(&m_forgetTimer, &QTimer::timeout, this, &Simulator::forgetTick);
    m_durationTimer.setSingleShot(true);
    connect(&m_durationTimer, &QTimer::timeout, this, [this] { stop(kDurationStopLimit); });
}

Simulator::~Simulator()
{
    teardown();
}

void Simulator::setState(SimulatorState state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

Expected<void> Simulator::start(FleetSpec spec)
{
    if (m_state != SimulatorState::Idle)
        return fail(ErrorCode::InvalidArgument, "a fleet is already running; stop it first");
    auto plan = planFleet(spec);
    if (!plan)
        return std::unexpected(plan.error());
    for (const GroupSpec& group : spec.groups) {
        const ServerAddress& server = groupServer(spec, group);
        if (server.address.empty() || !isNumericAddress(server.address))
            return fail(ErrorCode::InvalidArgument, "the server " + server.uri() +
                                                        " is not resolved; resolve it (resolveServers) before starting");
    }
    if (auto fits = ensureDescriptors(descriptorsNeeded(spec)); !fits)
        return fits;

    m_spec = std::move(spec);
    m_credentials = fleetCredentials(m_spec, *plan);
    coap::ContextOptions options;
    // Devices answer the server; nothing listens, so server-side settings stay at their defaults.
    m_context = std::make_unique<coap::CoapContext>(options);
    m_fleet = std::make_unique<FleetSessionTracker>(
        *m_context, m_registry,
        [this](coap::SessionId session, SimulatedDevice* device, bool bound) { onSession(session, device, bound); });
    m_groups.resize(m_spec.groups.size());
    if (auto relays = createRelays(); !relays) {
        teardown();
        return relays;
    }
    if (auto devices = createDevices(*plan); !devices) {
        teardown();
        return devices;
    }
    m_startedAt = Clock::now();
    setState(SimulatorState::Running);
    m_statsTimer.start(m_statsInterval);
    if (m_spec.duration)
        m_durationTimer.start(std::chrono::duration_cast<std::chrono::milliseconds>(*m_spec.duration));
    rampTick();
    Q_EMIT statsChanged(stats());
    return {};
}

Expected<void> Simulator::createRelays()
{
    for (std::size_t index = 0; index < m_spec.groups.size(); ++index) {
        const GroupSpec& group = m_spec.groups[index];
        if (!group.needsRelay())
            continue;
        const ServerAddress& server = groupServer(m_spec, group);
        const bool v6 = server.address.find(':') != std::string::npos;
        auto relay = FaultRelay::create(server.address, server.port, v6 ? "::1" : "127.0.0.1");
        if (!relay)
            return fail(relay.error().code, "group \"" + group.name + "\": cannot open its fault relay: " +
                                                relay.error().message);
        (*relay)->setSeed(m_spec.seed + index);
        (*relay)->setFaults(group.faults.network);
        m_groups[index].relay = std::move(*relay);
    }
    return {};
}

Expected<void> Simulator::createDevices(const std::vector<PlannedDevice>& plan)
{
    m_groupOf.reserve(plan.size());
    for (const PlannedDevice& planned : plan) {
        Group& group = m_groups[planned.group];
        const ServerAddress& server = groupServer(m_spec, m_spec.groups[planned.group]);
        const DeviceConfig config =
            group.relay ? deviceConfigFor(m_spec, planned, group.relay->listenHost(), group.relay->listenPort())
                        : deviceConfigFor(m_spec, planned, server.address, server.port);
        auto device = m_fleet->addDevice(config);
        if (!device)
            return std::unexpected(device.error());
        group.devices.push_back(*device);
        m_groupOf.emplace(*device, planned.group);
        connect(*device, &SimulatedDevice::lwm2mVersionFellBack, this, &Simulator::lwm2mVersionFellBack);
    }
    return {};
}

void Simulator::rampTick()
{
    if (m_state != SimulatorState::Running)
        return;
    const TimePoint now = Clock::now();
    const double elapsedSec = std::chrono::duration<double>(now - m_startedAt).count();
    std::size_t budget = kMaxStartsPerTick;
    std::optional<TimePoint> next;
    for (std::size_t index = 0; index < m_groups.size(); ++index) {
        Group& group = m_groups[index];
        const double rate = m_spec.groups[index].devicesPerSec;
        const std::size_t total = group.devices.size();
        // Device k (0-based) of a ramped group is due k / rate seconds after the start.
        const std::size_t due =
            rate <= 0.0 ? total
                        : std::min(total, static_cast<std::size_t>(std::floor(elapsedSec * rate)) + 1);
        while (group.started < due && budget > 0) {
            group.devices[group.started++]->start();
            --budget;
        }
        if (group.started < total) {
            const TimePoint when =
                group.started < due
                    ? now
                    : m_startedAt + std::chrono::duration_cast<Clock::duration>(
                                        std::chrono::duration<double>(static_cast<double>(group.started) / rate));
            next = next ? std::min(*next, when) : when;
        }
    }
    if (next)
        m_rampTimer.start(std::max(std::chrono::ceil<std::chrono::milliseconds>(*next - Clock::now()), 0ms));
}

void Simulator::stop(std::chrono::milliseconds limit)
{
    if (m_state != SimulatorState::Running)
        return;
    setState(SimulatorState::Stopping);
    m_rampTimer.stop();
    m_durationTimer.stop();
    m_stopDeadline = Clock::now() + limit;
    for (const Group& group : m_groups) {
        for (std::size_t i = 0; i < group.started; ++i)
            group.devices[i]->stop();
    }
    // Finish from a timer, never from inside a device's callback chain.
    m_stopTimer.start();
}

void Simulator::stopTick()
{
    const bool allStopped = std::all_of(m_groups.begin(), m_groups.end(), [](const Group& group) {
        return std::all_of(group.devices.begin(), group.devices.end(),
                           [](const SimulatedDevice* device) { return device->state() == DeviceState::Stopped; });
    });
    if (allStopped || Clock::now() >= m_stopDeadline)
        finishStop();
}

void Simulator::finishStop()
{
    m_stopTimer.stop();
    const SimulatorStats last = stats();
    if (last.total.online > 0)
        qCWarning(lcSimulator) << last.total.online << "devices did not finish de-registering in time; dropped";
    teardown();
    setState(SimulatorState::Idle);
    Q_EMIT stopped(last);
}

void Simulator::teardown()
{
    m_rampTimer.stop();
    m_statsTimer.stop();
    m_stopTimer.stop();
    m_forgetTimer.stop();
    m_durationTimer.stop();
    // Devices first (they use the context and send through the relays), then the context.
    m_groupOf.clear();
    m_deviceFaults.clear();
    m_sessions.clear();
    m_forgets.clear();
    m_livePorts.clear();
    m_fleet.reset();
    m_context.reset();
    m_groups.clear();
    m_credentials.clear();
    m_spec = FleetSpec{};
}

void Simulator::setStatsInterval(std::chrono::milliseconds interval)
{
    m_statsInterval = std::max(interval, std::chrono::milliseconds(50));
    if (m_statsTimer.isActive())
        m_statsTimer.start(m_statsInterval);
}

SimulatorStats Simulator::stats() const
{
    SimulatorStats result;
    if (m_state == SimulatorState::Idle)
        return result;
    result.elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - m_startedAt);
    for (std::size_t index = 0; index < m_groups.size(); ++index) {
        const Group& group = m_groups[index];
        GroupStats entry;
        entry.name = m_spec.groups[index].name;
        FleetCounts& counts = entry.counts;
        counts.devices = group.devices.size();
        counts.started = group.started;
        for (const SimulatedDevice* device : group.devices) {
            const DeviceCounters& seen = device->counters();
            if (seen.registrations > 0)
                ++counts.registered;
            if (device->state() == DeviceState::Registered || device->state() == DeviceState::Sleeping)
                ++counts.online;
            counts.requestsServed += seen.requestsServed;
            counts.notificationsSent += seen.notificationsSent;
            counts.deregistered += seen.deregistrations;
            counts.errors += seen.errors;
            counts.versionFallbacks += seen.versionFallbacks;
        }
        if (group.relay)
            counts.retransmissions = group.relay->stats().retransmissions;
        result.total += counts;
        result.groups.push_back(std::move(entry));
    }
    return result;
}

std::vector<DeviceCredential> Simulator::credentials() const
{
    return m_credentials;
}

DeviceFleet* Simulator::fleet() const
{
    return m_fleet.get();
}

} // namespace hangar::devicesim
