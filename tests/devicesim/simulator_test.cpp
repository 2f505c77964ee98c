#include "devicesim_test_support.h"

#include "fleet_limits.h"
#include "scenario/scenario_loader.h"
#include "scenario/server_uri.h"
#include "simulator.h"

#include <catch2/catch.hpp>

#include <QThread>

#include <algorithm>
#include <set>

using namespace hangar;
using namespace hangar::devicesim;
using namespace hangar::devicesim::test;

namespace {

ServerAddress serverAt(std::uint16_t port)
{
    return parseServerUri("coap://127.0.0.1:" + std::to_string(port)).value();
}

GroupSpec group(const std::string& name, const std::string& profile, std::uint32_t count)
{
    GroupSpec spec;
    spec.name = name;
    spec.profile = profile;
    spec.count = count;
    spec.endpointPattern = "sim-" + name + "-{n:03}";
    spec.lifetimeSec = 60;
    return spec;
}

FleetSpec fleetFor(const TestServer& server, std::vector<GroupSpec> groups)
{
    FleetSpec spec;
    spec.server = serverAt(server.port);
    spec.seed = 7;
    spec.groups = std::move(groups);
    return spec;
}

std::size_t liveRegistrations(const TestServer& server)
{
    return static_cast<std::size_t>(
        std::count_if(server.live.begin(), server.live.end(), [](const auto& entry) { return entry.second; }));
}

std::set<std::string> registeredEndpoints(const TestServer& server)
{
    std::set<std::string> endpoints;
    for (const SeenRegistration& seen : server.registers)
        endpoints.insert(server.queryValue(seen.query, "ep"));
    return endpoints;
}

/// Stops the simulator and waits for stopped().
bool stopAndWait(Simulator& simulator, std::chrono::milliseconds limit = 5000ms)
{
    bool stopped = false;
    const auto connection = QObject::connect(&simulator, &Simulator::stopped, &simulator,
                                             [&](const SimulatorStats&) { stopped = true; });
    simulator.stop(limit);
    const bool done = waitFor([&] { return stopped; }, limit + 2000ms);
    QObject::disconnect(connection);
    return done;
}

} // namespace

TEST_CASE("a mixed fleet registers with the server and the stats count it", "[simulator]")
{
    TestServer server;
    Simulator simulator(models());
    std::vector<SimulatorStats> seen;
    QObject::connect(&simulator, &Simulator::statsChanged, &simulator,
                     [&](const SimulatorStats& stats) { seen.push_back(stats); });
    simulator.setStatsInterval(100ms);

    FleetSpec spec = fleetFor(server, {group("plant", std::string(kMixedProfileName), 20),
                                       group("pumps", "pump-controller", 3)});
    REQUIRE(simulator.start(spec).has_value());
    CHECK(simulator.state() == SimulatorState::Running);
    REQUIRE(waitFor([&] { return simulator.stats().total.online == 23; }, 10000ms));

    CHECK(registeredEndpoints(server).size() == 23);
    CHECK(registeredEndpoints(server).contains("sim-plant-001"));
    CHECK(registeredEndpoints(server).contains("sim-pumps-003"));
    // A mixed fleet carries several kinds of device: their object lists differ.
    std::set<std::string> objectLists;
    for (const SeenRegistration& registration : server.registers)
        objectLists.insert(registration.payload);
    CHECK(objectLists.size() >= 3);

    const SimulatorStats stats = simulator.stats();
    CHECK(stats.total.devices == 23);
    CHECK(stats.total.started == 23);
    CHECK(stats.total.registered == 23);
    CHECK(stats.total.errors == 0);
    REQUIRE(stats.groups.size() == 2);
    CHECK(stats.groups[0].name == "plant");
    CHECK(stats.groups[0].counts.registered == 20);
    CHECK(stats.groups[1].counts.online == 3);

    // Served requests and periodic signals show up in the stats.
    REQUIRE(server.request([] {
                    coap::Request read;
                    read.uriPath = {"3", "0"};
                    return read;
                }())
                .has_value());
    REQUIRE(waitFor([&] { return !seen.empty() && seen.back().total.requestsServed >= 1; }, 3000ms));
    CHECK(seen.back().total.online == 23);
    CHECK(stopAndWait(simulator));
}

TEST_CASE("stop de-registers every device, then signals the final counts", "[simulator]")
{
    TestServer server;
    Simulator simulator(models());
    std::optional<SimulatorStats> last;
    QObject::connect(&simulator, &Simulator::stopped, &simulator, [&](const SimulatorStats& stats) { last = stats; });
    REQUIRE(simulator.start(fleetFor(server, {group("sensors", "temperature-humidity", 12)})).has_value());
    REQUIRE(waitFor([&] { return liveRegistrations(server) == 12; }, 10000ms));

    simulator.stop(5000ms);
    CHECK(simulator.state() == SimulatorState::Stopping);
    REQUIRE(waitFor([&] { return last.has_value(); }, 7000ms));
    CHECK(server.deregistrations == 12);
    CHECK(liveRegistrations(server) == 0);
    CHECK(last->total.deregistered == 12);
    CHECK(last->total.online == 0);
    CHECK(simulator.state() == SimulatorState::Idle);
    CHECK(simulator.fleet() == nullptr);

    // An idle simulator can run a new fleet.
    REQUIRE(simulator.start(fleetFor(server, {group("again", "gateway", 1)})).has_value());
    REQUIRE(waitFor([&] { return simulator.stats().total.online == 1; }, 5000ms));
    CHECK(stopAndWait(simulator));
}

TEST_CASE("stop gives up after its time limit when the server does not answer", "[simulator]")
{
    auto server = std::make_unique<TestServer>();
    Simulator simulator(models());
    REQUIRE(simulator.start(fleetFor(*server, {group("lonely", "energy-meter", 3)})).has_value());
    REQUIRE(waitFor([&] { return simulator.stats().total.online == 3; }, 5000ms));
    server.reset(); // the De-registers go nowhere

    const auto before = std::chrono::steady_clock::now();
    CHECK(stopAndWait(simulator, 800ms));
    CHECK(std::chrono::steady_clock::now() - before < 2500ms);
    CHECK(simulator.state() == SimulatorState::Idle);
}

TEST_CASE("a ramp starts the devices gradually", "[simulator]")
{
    TestServer server;
    Simulator simulator(models());
    GroupSpec ramped = group("ramped", "temperature-humidity", 8);
    ramped.devicesPerSec = 10.0; // 8 devices over 0.7 s
    REQUIRE(simulator.start(fleetFor(server, {ramped})).has_value());
    spin(150ms);
    const auto early = simulator.stats().total.started;
    CHECK(early >= 1);
    CHECK(early <= 3);
    REQUIRE(waitFor([&] { return server.registers.size() == 8; }, 5000ms));
    const auto spread = server.registers.back().at - server.registers.front().at;
    CHECK(spread >= 550ms);
    CHECK(simulator.stats().total.started == 8);
    CHECK(stopAndWait(simulator));
}

TEST_CASE("network faults changed while running take effect", "[simulator]")
{
    TestServer server;
    Simulator simulator(models());
    GroupSpec relayed = group("relayed", "temperature-humidity", 3);
    relayed.relay = true;
    REQUIRE(simulator.start(fleetFor(server, {relayed})).has_value());
    REQUIRE(waitFor([&] { return liveRegistrations(server) == 3; }, 5000ms));

    // A partition from now on: Updates the devices send do not arrive.
    FaultSettings cut;
    cut.network.partitionEnd = std::chrono::hours(1);
    REQUIRE(simulator.setGroupFaults("relayed", cut).has_value());
    const std::size_t updatesBefore = server.updates.size();
    for (SimulatedDevice* device : simulator.fleet()->devices())
        device->triggerUpdate();
    spin(600ms);
    CHECK(server.updates.size() == updatesBefore);

    // Healed: the retransmitted Updates get through, and the relay counted the retransmissions.
    REQUIRE(simulator.setGroupFaults("relayed", FaultSettings{}).has_value());
    REQUIRE(waitFor([&] { return server.updates.size() >= updatesBefore + 3; }, 8000ms));
    CHECK(simulator.stats().total.retransmissions >= 3);
    CHECK(simulator.stats().groups[0].counts.retransmissions >= 3);
    CHECK(stopAndWait(simulator));
}

TEST_CASE("one device's faults change without touching its group", "[simulator]")
{
    TestServer server;
    Simulator simulator(models());
    GroupSpec relayed = group("pair", "energy-meter", 2);
    relayed.relay = true;
    REQUIRE(simulator.start(fleetFor(server, {relayed})).has_value());
    REQUIRE(waitFor([&] { return liveRegistrations(server) == 2; }, 5000ms));

    FaultSettings cut;
    cut.network.partitionEnd = std::chrono::hours(1);
    REQUIRE(simulator.setDeviceFaults("sim-pair-001", cut).has_value());
    const std::size_t updatesBefore = server.updates.size();
    for (SimulatedDevice* device : simulator.fleet()->devices())
        device->triggerUpdate();
    REQUIRE(waitFor([&] { return server.updates.size() == updatesBefore + 1; }, 3000ms));
    spin(300ms);
    CHECK(server.updates.size() == updatesBefore + 1); // only sim-pair-002 got through

    REQUIRE(simulator.setDeviceFaults("sim-pair-001", std::nullopt).has_value());
    REQUIRE(waitFor([&] { return server.updates.size() == updatesBefore + 2; }, 8000ms));

    auto unknown = simulator.setDeviceFaults("sim-pair-404", cut);
    REQUIRE_FALSE(unknown.has_value());
    CHECK_THAT(unknown.error().message, Catch::Contains("sim-pair-404"));
    CHECK(stopAndWait(simulator));
}

TEST_CASE("device faults changed while running make the device answer with errors", "[simulator]")
{
    TestServer server;
    Simulator simulator(models());
    REQUIRE(simulator.start(fleetFor(server, {group("one", "temperature-humidity", 1)})).has_value());
    REQUIRE(waitFor([&] { return simulator.stats().total.online == 1; }, 5000ms));
    auto read = server.get("/3/0");
    REQUIRE(read.has_value());
    CHECK(coap::isSuccess(read->code));

    FaultSettings failing;
    failing.device.errorPercent = 100.0;
    REQUIRE(simulator.setGroupFaults("one", failing).has_value());
    read = server.get("/3/0");
    REQUIRE(read.has_value());
    CHECK_FALSE(coap::isSuccess(read->code));

    // Without a relay the group's network cannot be changed, and the error says what to do.
    FaultSettings lossy;
    lossy.network.lossPercent = 10;
    auto refused = simulator.setGroupFaults("one", lossy);
    REQUIRE_FALSE(refused.has_value());
    CHECK_THAT(refused.error().message, Catch::Contains("\"relay\": true"));
    CHECK_FALSE(simulator.setGroupFaults("nope", failing).has_value());
    CHECK(stopAndWait(simulator));
}

TEST_CASE("the example scenario runs against a server", "[simulator]")
{
    TestServer server;
    auto spec = loadScenario(QStringLiteral(HANGAR_SIM_EXAMPLES_DIR "/plant.json"));
    REQUIRE(spec.has_value());
    spec->server = serverAt(server.port);
    std::uint64_t expected = 0;
    for (GroupSpec& entry : spec->groups) {
        // The test server speaks plain CoAP only and the example's ramps and faults are long.
        entry.server.reset();
        entry.security = SecuritySpec{};
        entry.devicesPerSec = 0.0;
        entry.faults = FaultSettings{};
        entry.queueMode = false;
        entry.count = std::min<std::uint32_t>(entry.count, 4);
        expected += entry.count;
    }
    Simulator simulator(models());
    REQUIRE(simulator.start(*spec).has_value());
    REQUIRE(waitFor([&] { return simulator.stats().total.online == expected; }, 10000ms));
    CHECK(registeredEndpoints(server).contains("plant3-pump-0001"));
    CHECK(registeredEndpoints(server).contains("plant3-dev-4"));
    for (const SeenRegistration& seen : server.registers) {
        const std::string endpoint = server.queryValue(seen.query, "ep");
        CAPTURE(endpoint);
        CHECK(server.queryValue(seen.query, "lwm2m") == (endpoint.starts_with("plant3-tracker") ? "1.0" : "1.1"));
    }
    CHECK(stopAndWait(simulator));
    CHECK(static_cast<std::uint64_t>(server.deregistrations) == expected);
}

TEST_CASE("start refuses unresolved servers, a second fleet and fleets over the file limit", "[simulator]")
{
    TestServer server;
    Simulator simulator(models());
    FleetSpec named = fleetFor(server, {group("g", "gateway", 1)});
    named.server = parseServerUri("coap://localhost:" + std::to_string(server.port)).value();
    auto refused = simulator.start(named);
    REQUIRE_FALSE(refused.has_value());
    CHECK_THAT(refused.error().message, Catch::Contains("not resolved"));
    CHECK(simulator.state() == SimulatorState::Idle);

    REQUIRE(resolveServers(named).has_value());
    REQUIRE(simulator.start(named).has_value());
    auto second = simulator.start(named);
    REQUIRE_FALSE(second.has_value());
    CHECK_THAT(second.error().message, Catch::Contains("already running"));
    CHECK(stopAndWait(simulator));

    auto tooMany = ensureDescriptors(std::uint64_t{1} << 40);
    REQUIRE_FALSE(tooMany.has_value());
    CHECK_THAT(tooMany.error().message, Catch::Contains("open files"));
    CHECK_THAT(tooMany.error().message, Catch::Contains("ulimit -Hn"));
    CHECK(ensureDescriptors(100).has_value());
}

TEST_CASE("a simulator moved to a worker thread runs there and reports through queued signals", "[simulator]")
{
    TestServer server;
    QThread worker;
    auto* simulator = new Simulator(models());
    simulator->setStatsInterval(100ms);
    simulator->moveToThread(&worker);
    QObject::connect(&worker, &QThread::finished, simulator, &QObject::deleteLater);
    worker.start();

    QObject receiver;
    std::optional<SimulatorStats> latest;
    std::optional<SimulatorStats> final;
    Qt::HANDLE signalThread = nullptr;
    QObject::connect(simulator, &Simulator::statsChanged, &receiver, [&](const SimulatorStats& stats) {
        latest = stats;
        signalThread = QThread::currentThreadId();
    });
    QObject::connect(simulator, &Simulator::stopped, &receiver, [&](const SimulatorStats& stats) { final = stats; });

    const FleetSpec spec = fleetFor(server, {group("threaded", "temperature-humidity", 4)});
    QMetaObject::invokeMethod(simulator, [simulator, spec] { REQUIRE(simulator->start(spec).has_value()); });
    REQUIRE(waitFor([&] { return latest && latest->total.online == 4; }, 5000ms));
    CHECK(signalThread == QThread::currentThreadId());

    QMetaObject::invokeMethod(simulator, [simulator] { simulator->stop(); });
    REQUIRE(waitFor([&] { return final.has_value(); }, 7000ms));
    CHECK(server.deregistrations == 4);
    worker.quit();
    worker.wait();
}

TEST_CASE("a PSK group registers over DTLS, directly and through a fault relay", "[simulator]")
{
    const bool relayed = GENERATE(false, true);
    CAPTURE(relayed);
    TestServer server(coap::SecurityMode::Psk);
    GroupSpec secured = group("secured", "energy-meter", 1);
    secured.endpointPattern = kPskIdentity; // the one identity the test server knows
    secured.security.mode = DeviceSecurity::Psk;
    secured.security.keys = KeySource::Shared;
    secured.security.sharedKey = kPskKey;
    secured.relay = relayed;
    FleetSpec spec = fleetFor(server, {secured});
    spec.server = parseServerUri("coaps://127.0.0.1:" + std::to_string(server.port)).value();

    Simulator simulator(models());
    REQUIRE(simulator.start(spec).has_value());
    REQUIRE(waitFor([&] { return simulator.stats().total.online == 1; }, 8000ms));
    const auto session = server.context.sessionInfo(server.deviceSession);
    REQUIRE(session.has_value());
    CHECK(session->pskIdentity == kPskIdentity);
    REQUIRE(simulator.credentials().size() == 1);
    CHECK(simulator.credentials().front().key == kPskKey);
    CHECK(stopAndWait(simulator));
    CHECK(server.deregistrations == 1);
}
