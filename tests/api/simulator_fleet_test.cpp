// The simulator (device-sim's Simulator, as hangar-sim and the GUI run it) against the real
// engine: the real hangard process where the defaults do, the in-process engine where a test
// needs lifetimes shorter than hangard's 30 s minimum.
#include "fleet_support.h"
#include "hangard_runner.h"
#include "live_api_fixture.h"

#include "device_fleet.h"
#include "lwm2m/ddf_loader.h"
#include "profiles/device_profile.h"
#include "simulator.h"

#include <QJsonArray>
#include <QUrlQuery>

#include <map>

#ifdef HANGARD_BINARY

using namespace hangar;
using namespace hangar::api::test;
using namespace std::chrono_literals;

namespace {

std::int64_t onlineTotal(ApiClient& client)
{
    return client.get(QStringLiteral("/api/v1/devices?status=online&limit=1")).json()["total"].toInteger(-1);
}

/// Every numeric value the device returned lies inside its resource's range in the model.
void checkPlausible(const QJsonObject& values, const lwm2m::ObjectRegistry& models)
{
    REQUIRE_FALSE(values.isEmpty());
    for (auto it = values.begin(); it != values.end(); ++it) {
        const auto path = lwm2m::LwM2mPath::parse(it.key().toStdString());
        REQUIRE(path.has_value());
        const lwm2m::ResourceModel* model = models.resource(path->objectId(), path->resourceId());
        INFO(it.key().toStdString() << " = " << it.value().toVariant().toString().toStdString());
        REQUIRE(model != nullptr);
        if (!it.value().isDouble())
            continue;
        const QStringList range = QString::fromStdString(model->rangeEnumeration).split(QStringLiteral(".."));
        if (range.size() != 2)
            continue;
        bool lowOk = false;
        bool highOk = false;
        const double low = range[0].toDouble(&lowOk);
        const double high = range[1].toDouble(&highOk);
        if (lowOk)
            CHECK(it.value().toDouble() >= low);
        if (highOk)
            CHECK(it.value().toDouble() <= high);
    }
}

/// The first object a profile adds beyond 0, 1, 3, 4 and 5.
std::uint16_t mainObjectOf(const devicesim::DeviceProfile& profile)
{
    for (const auto& group : profile.instances)
        if (group.objectId > 5)
            return group.objectId;
    return 3;
}

} // namespace

TEST_CASE("a 500-device mixed plant fleet registers with hangard and every profile answers plausibly",
          "[fleet]")
{
    QTemporaryDir dir;
    HangardProcess hangard(dir.path());
    REQUIRE(hangard.start());
    devicesim::Simulator simulator(builtinModels());
    REQUIRE(simulator.start(plainFleet(hangard.coapPort, "mixed", 500, "plant-{n:03}")).has_value());
    REQUIRE(waitUntil([&] { return simulator.stats().total.registered == 500; }, 60s));
    REQUIRE(waitUntil([&] { return onlineTotal(*hangard.client) == 500; }, 20s));

    // One device of each profile, read through the REST API.
    std::map<std::string, devicesim::SimulatedDevice*> byProfile;
    for (devicesim::SimulatedDevice* device : simulator.fleet()->devices())
        byProfile.try_emplace(device->config().profile->name, device);
    REQUIRE(byProfile.size() == devicesim::builtinProfiles().size());
    for (const auto& [name, device] : byProfile) {
        INFO("profile " << name << ", device " << device->endpoint());
        const QString base = QStringLiteral("/api/v1/devices/%1/resources/").arg(QString::fromStdString(device->endpoint()));
        const HttpAnswer identity = hangard.client->get(base + QStringLiteral("3/0"));
        REQUIRE(identity.status == 200);
        const QJsonObject values = identity.json()["values"].toObject();
        CHECK(values["/3/0/1"].toString().toStdString() == device->config().profile->model);
        CHECK_FALSE(values["/3/0/0"].toString().isEmpty());
        checkPlausible(values, builtinModels());
        const std::uint16_t object = mainObjectOf(*device->config().profile);
        const HttpAnswer readings = hangard.client->get(base + QStringLiteral("%1/0").arg(object));
        REQUIRE(readings.status == 200);
        checkPlausible(readings.json()["values"].toObject(), builtinModels());
    }

    // An observed resource delivers samples between pmin and pmax.
    {
        const std::string endpoint = byProfile.at("temperature-humidity")->endpoint();
        const QString resource = QStringLiteral("/api/v1/devices/%1/%2/3303/0/5700").arg(QString::fromStdString(endpoint));
        REQUIRE(hangard.client->send("POST", resource.arg(QStringLiteral("resources")) + QStringLiteral("/observe?pmin=1&pmax=2"))
                    .status == 200);
        QJsonArray items;
        REQUIRE(waitUntil([&] {
            items = hangard.client->get(resource.arg(QStringLiteral("telemetry")) + QStringLiteral("?limit=100"))
                        .json()["items"]
                        .toArray();
            return items.size() >= 5;
        }, 20s));
        std::vector<qint64> times;
        for (const auto& item : items)
            times.push_back(item.toObject()["time"].toInteger());
        std::sort(times.begin(), times.end());
        for (std::size_t i = 1; i < times.size(); ++i) {
            INFO("gap " << i << ": " << times[i] - times[i - 1] << " ms");
            CHECK(times[i] - times[i - 1] >= 800);  // pmin 1 s, less scheduling slack
            CHECK(times[i] - times[i - 1] <= 2800); // pmax 2 s, plus scheduling slack
        }
    }

    // Executing reboot makes the device register again.
    {
        devicesim::SimulatedDevice* device = byProfile.at("pump-controller");
        const QString path = QStringLiteral("/api/v1/devices/%1/resources/3/0/4").arg(QString::fromStdString(device->endpoint()));
        REQUIRE(hangard.client->send("POST", path).status == 204);
        REQUIRE(waitUntil([&] { return device->counters().registrations >= 2; }, 20s));
        REQUIRE(waitUntil([&] { return onlineTotal(*hangard.client) == 500; }, 20s));
    }

    // Stopping the fleet de-registers every device.
    {
        bool stopped = false;
        QObject::connect(&simulator, &devicesim::Simulator::stopped, &simulator, [&] { stopped = true; });
        simulator.stop(10s);
        REQUIRE(waitUntil([&] { return stopped; }, 15s));
        CHECK(waitUntil([&] { return onlineTotal(*hangard.client) == 0; }, 10s));
    }
}

TEST_CASE("with 20 % packet loss every device of a fleet still registers", "[fleet]")
{
    QTemporaryDir dir;
    HangardProcess hangard(dir.path());
    REQUIRE(hangard.start());
    devicesim::FleetSpec spec = plainFleet(hangard.coapPort, "temperature-humidity", 100, "lossy-{n:03}");
    spec.groups.front().faults.network.lossPercent = 20.0;
    devicesim::Simulator simulator(builtinModels());
    REQUIRE(simulator.start(spec).has_value());
    REQUIRE(waitUntil([&] { return simulator.stats().total.registered == 100; }, 90s));
    CHECK(waitUntil([&] { return onlineTotal(*hangard.client) == 100; }, 20s));
    CHECK(simulator.stats().total.retransmissions > 0);
}

TEST_CASE("a partition takes devices offline at lifetime expiry and they come back after it", "[fleet]")
{
    LiveApi api; // in-process engine: lifetimes down to 1 s
    devicesim::FleetSpec spec = plainFleet(api.engine->coapPort(), "temperature-humidity", 20, "cut-{n:02}");
    devicesim::GroupSpec& group = spec.groups.front();
    group.lifetimeSec = 3;
    group.faults.network.partitionStart = 1500ms;
    group.faults.network.partitionEnd = 9000ms;
    devicesim::Simulator simulator(builtinModels());
    REQUIRE(simulator.start(spec).has_value());
    REQUIRE(waitUntil([&] { return onlineTotal(*api.client) == 20; }, 10s));
    // Updates are lost inside the window: the registrations run out.
    REQUIRE(waitUntil([&] { return onlineTotal(*api.client) == 0; }, 15s));
    // After the window the devices find out (their Update is refused or times out) and register again.
    CHECK(waitUntil([&] { return onlineTotal(*api.client) == 20; }, 60s));
}

#endif
