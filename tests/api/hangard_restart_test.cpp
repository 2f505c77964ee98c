// kill -9 of the real hangard with a large observed simulated fleet, and a restart on the same
// data dir and port: the fleet stays reachable without registering again and its notifications
// keep reaching the store.
#include "fleet_support.h"
#include "hangard_runner.h"

#include "device_fleet.h"
#include "simulator.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>

#ifdef HANGARD_BINARY

using namespace hangar;
using namespace hangar::api::test;
using namespace std::chrono_literals;

namespace {

constexpr int kDevices = 1000;

QString devicePath(const std::string& endpoint)
{
    return QStringLiteral("/api/v1/devices/") + QString::fromStdString(endpoint);
}

std::int64_t onlineTotal(ApiClient& client)
{
    return client.get(QStringLiteral("/api/v1/devices?status=online&limit=1"))
        .json()["total"]
        .toInteger(-1);
}

std::uint64_t registrationsOf(devicesim::Simulator& simulator)
{
    std::uint64_t registrations = 0;
    for (devicesim::SimulatedDevice* device : simulator.fleet()->devices())
        registrations += device->counters().registrations;
    return registrations;
}

/// The time of `endpoint`'s newest stored temperature sample, 0 when there is none.
qint64 newestSampleMs(ApiClient& client, const std::string& endpoint)
{
    const QJsonArray items =
        client
            .get(devicePath(endpoint) + QStringLiteral("/telemetry/3303/0/5700?limit=1&order=desc"))
            .json()["items"]
            .toArray();
    return items.isEmpty() ? 0 : items.first().toObject()["time"].toInteger();
}

} // namespace

TEST_CASE("after kill -9 of hangard with 1,000 observed devices every device reads back at once "
          "and notifications "
          "keep arriving",
          "[restart][hangard]")
{
    QTemporaryDir dir;
    HangardProcess hangard(dir.path());
    REQUIRE(hangard.start());
    hangard.keepCoapPort = true;
    devicesim::Simulator simulator(builtinModels());
    REQUIRE(
        simulator
            .start(plainFleet(hangard.coapPort, "temperature-humidity", kDevices, "kept-{n:04}"))
            .has_value());
    REQUIRE(waitUntil([&] { return simulator.stats().total.registered == kDevices; }, 60s));
    REQUIRE(waitUntil([&] { return onlineTotal(*hangard.client) == kDevices; }, 30s));

    std::vector<std::string> endpoints;
    for (devicesim::SimulatedDevice* device : simulator.fleet()->devices())
        endpoints.push_back(device->endpoint());
    for (const std::string& endpoint : endpoints) {
        const HttpAnswer observed = hangard.client->send(
            "POST",
            devicePath(endpoint) + QStringLiteral("/resources/3303/0/5700/observe?pmin=1&pmax=2"));
        INFO(endpoint << ": " << observed.body.toStdString());
        REQUIRE(observed.status == 200);
    }
    // Everything the engine answered is committed within a write batch (~50 ms).
    QThread::msleep(500);
    const std::uint64_t registrationsBefore = registrationsOf(simulator);

    REQUIRE(hangard.stop(SIGKILL));
    const qint64 restartedAtMs = QDateTime::currentMSecsSinceEpoch();
    INFO(hangard.output());
    REQUIRE(hangard.start());

    // Online straight away, from the store.
    CHECK(onlineTotal(*hangard.client) == kDevices);
    // Every device answers a read at once: the engine reaches it on its old address.
    QElapsedTimer reading;
    reading.start();
    int readBack = 0;
    for (const std::string& endpoint : endpoints) {
        const HttpAnswer read =
            hangard.client->get(devicePath(endpoint) + QStringLiteral("/resources/3/0/0"));
        if (read.status == 200)
            ++readBack;
        else
            UNSCOPED_INFO(endpoint << ": " << read.status << " " << read.body.toStdString());
    }
    CHECK(readBack == kDevices);
    WARN("read back " << readBack << " devices after the restart in " << reading.elapsed()
                      << " ms");
    CHECK(registrationsOf(simulator) == registrationsBefore);

    // Each device's notifications reach the store again.
    std::size_t next = 0;
    CHECK(waitUntil(
        [&] {
            while (next < endpoints.size() &&
                   newestSampleMs(*hangard.client, endpoints[next]) > restartedAtMs)
                ++next;
            return next == endpoints.size();
        },
        30s));
    INFO("first device without a sample since the restart: "
         << (next < endpoints.size() ? endpoints[next] : ""));
    CHECK(next == endpoints.size());
    CHECK(registrationsOf(simulator) == registrationsBefore);

    bool stopped = false;
    QObject::connect(&simulator, &devicesim::Simulator::stopped, &simulator,
                     [&] { stopped = true; });
    simulator.stop(10s);
    CHECK(waitUntil([&] { return stopped; }, 15s));
}

#endif
