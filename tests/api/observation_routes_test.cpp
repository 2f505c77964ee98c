#include "live_api_fixture.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <set>

using namespace hangar;
using namespace hangar::api;
using namespace hangar::api::test;
using namespace std::chrono_literals;
using lwm2m::LwM2mPath;

namespace {

QString observations(const char* endpoint)
{
    return QStringLiteral("/api/v1/devices/%1/observations").arg(QLatin1String(endpoint));
}

QString observe(const char* endpoint, const char* path)
{
    return QStringLiteral("/api/v1/devices/%1/resources/%2/observe").arg(QLatin1String(endpoint), QLatin1String(path));
}

/// The facade's list, waited for on this thread.
std::vector<engine::ObservationInfo> facadeList(engine::Engine& engine, const std::string& endpoint)
{
    std::optional<Expected<std::vector<engine::ObservationInfo>>> answer;
    std::mutex mutex;
    engine.observations(endpoint, [&](Expected<std::vector<engine::ObservationInfo>> result) {
        const std::lock_guard lock(mutex);
        answer = std::move(result);
    });
    REQUIRE(waitUntil([&] {
        const std::lock_guard lock(mutex);
        return answer.has_value();
    }));
    REQUIRE(answer->has_value());
    return **answer;
}

/// The endpoints observationsChanged named, collected on the test thread.
struct ChangeLog
{
    QObject context;
    std::set<std::string> endpoints;

    explicit ChangeLog(engine::Engine& engine)
    {
        QObject::connect(&engine, &engine::Engine::observationsChanged, &context,
                         [this](const std::vector<std::string>& changed) { endpoints.insert(changed.begin(), changed.end()); },
                         Qt::QueuedConnection);
    }
    bool named(const std::string& endpoint) const { return endpoints.contains(endpoint); }
};

} // namespace

TEST_CASE("the observation list shows observations started through REST or the facade until they end",
          "[api][observations]")
{
    LiveApi api;
    ChangeLog changed(*api.engine);
    auto* device = api.addDevice("sim-1");
    REQUIRE(api.online("sim-1"));

    CHECK(api.client->get(observations("nobody")).status == 404);
    HttpAnswer listed = api.client->get(observations("sim-1"));
    REQUIRE(listed.status == 200);
    CHECK(listed.json()["items"].toArray().isEmpty());

    // Started through REST, with attributes.
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    REQUIRE(api.client->send("POST", observe("sim-1", "3303/0/5700"), R"({"pmin":0,"pmax":1,"st":0.5})").status == 200);
    listed = api.client->get(observations("sim-1"));
    REQUIRE(listed.status == 200);
    QJsonArray items = listed.json()["items"].toArray();
    REQUIRE(items.size() == 1);
    const QJsonObject sensor = items[0].toObject();
    CHECK(sensor["path"].toString() == QStringLiteral("/3303/0/5700"));
    CHECK(sensor["attributes"].toObject() ==
          QJsonObject{{QStringLiteral("pmin"), 0}, {QStringLiteral("pmax"), 1}, {QStringLiteral("st"), 0.5}});
    CHECK(sensor["since"].toInteger() >= before);
    CHECK(sensor["lastNotification"].toInteger() >= sensor["since"].toInteger());
    REQUIRE(waitUntil([&] { return changed.named("sim-1"); }));

    // Started through the facade (as the app or the telemetry view do), without attributes.
    std::atomic<bool> started = false;
    api.engine->observe("sim-1", LwM2mPath(3, 0, 13), {}, [&](Expected<engine::ReadResult> result) {
        started = result.has_value();
    });
    REQUIRE(waitUntil([&] { return started.load(); }));
    std::vector<engine::ObservationInfo> held = facadeList(*api.engine, "sim-1");
    REQUIRE(held.size() == 2);
    CHECK(held[0].path == LwM2mPath(3, 0, 13));
    CHECK(held[0].attributes.empty());
    CHECK(held[1].path == LwM2mPath(3303, 0, 5700));
    CHECK(held[1].attributes.pmaxSec == 1);
    CHECK(device->observationCount() == 2);
    items = api.client->get(observations("sim-1")).json()["items"].toArray();
    REQUIRE(items.size() == 2);
    CHECK(items[0].toObject()["attributes"].toObject().isEmpty());

    // Notifications keep coming (pmax 1 s): the last notification time moves on.
    const std::int64_t first = held[1].lastNotificationMs;
    CHECK(waitUntil([&] { return facadeList(*api.engine, "sim-1")[1].lastNotificationMs > first; }, 10s));

    // Cancelled through REST: gone from the list, and the change is signalled.
    changed.endpoints.clear();
    REQUIRE(api.client->send("DELETE", observe("sim-1", "3303/0/5700")).status == 204);
    held = facadeList(*api.engine, "sim-1");
    REQUIRE(held.size() == 1);
    CHECK(held[0].path == LwM2mPath(3, 0, 13));
    CHECK(waitUntil([&] { return changed.named("sim-1"); }));

    // The device de-registers: its observations end with the registration.
    changed.endpoints.clear();
    device->stop();
    REQUIRE(api.hasStatus("sim-1", QStringLiteral("offline")));
    listed = api.client->get(observations("sim-1"));
    REQUIRE(listed.status == 200);
    CHECK(listed.json()["items"].toArray().isEmpty());
    CHECK(waitUntil([&] { return changed.named("sim-1"); }));
}
