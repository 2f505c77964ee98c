#include "live_api_fixture.h"

#include "profiles/builtin_profiles.h"
#include "profiles/device_profile.h"

using namespace hangar;
using namespace hangar::api;
using namespace hangar::api::test;
using namespace std::chrono_literals;

namespace {

/// A bundled asset tracker that sleeps after `awake` and wakes `asleep` later with an Update.
devicesim::DeviceConfig tracker(const std::string& endpoint, std::chrono::milliseconds awake,
                                std::chrono::milliseconds asleep)
{
    devicesim::DeviceConfig config;
    config.endpoint = endpoint;
    devicesim::applyProfile(config, devicesim::assetTrackerProfile());
    config.lifetimeSec = 300;
    config.awakeTime = awake;
    config.wakeInterval = asleep;
    return config;
}

QString resource(const std::string& endpoint, const char* pathAndQuery)
{
    return LiveApi::devicePath(endpoint) + QStringLiteral("/resources/") +
           QLatin1String(pathAndQuery);
}

QString awakeWindow(const std::string& endpoint)
{
    return LiveApi::devicePath(endpoint) + QStringLiteral("/awake-window");
}

} // namespace

TEST_CASE("a read for a sleeping device answers 504 naming its queue once ?wait runs out",
          "[api][queue]")
{
    LiveApi api;
    // Asleep until its lifetime Update, minutes away.
    api.addDevice(tracker("tracker-wait", 300ms, 0ms));
    REQUIRE(api.hasStatus("tracker-wait", QStringLiteral("sleeping")));

    const HttpAnswer waited = api.client->get(resource("tracker-wait", "6/0/0?wait=1"));
    CHECK(waited.status == 504);
    INFO(waited.errorMessage().toStdString());
    CHECK(waited.errorMessage().contains(
        u"queued for sleeping device 'tracker-wait': 1 request waiting"));
    CHECK(waited.errorMessage().contains(u"next wake-up expected"));

    const HttpAnswer write = api.client->send("PUT", resource("tracker-wait", "3/0/15?wait=1"),
                                              R"({"value":"Europe/Berlin"})");
    CHECK(write.status == 504);
    CHECK(write.errorMessage().contains(u"queued for sleeping device 'tracker-wait'"));
    CHECK(api.client->send("POST", resource("tracker-wait", "3/0/4?wait=1")).status == 504);

    CHECK(api.client->get(resource("tracker-wait", "6/0/0?wait=0")).status == 400);
    CHECK(api.client->get(resource("tracker-wait", "6/0/0?wait=3601")).status == 400);
    CHECK(api.client->get(resource("tracker-wait", "6/0/0?wait=soon")).status == 400);
}

TEST_CASE("a read and a write wait for a sleeping tracker's next wake-up", "[api][queue]")
{
    LiveApi api;
    auto* device = api.addDevice(tracker("tracker-wake", 300ms, 3s));
    REQUIRE(api.hasStatus("tracker-wake", QStringLiteral("sleeping")));

    const HttpAnswer written = api.client->send("PUT", resource("tracker-wake", "3/0/15?wait=20"),
                                                R"({"value":"Europe/Berlin"})");
    INFO(written.errorMessage().toStdString());
    REQUIRE(written.status == 204);
    CHECK(device->counters().updates >= 1);

    REQUIRE(api.hasStatus("tracker-wake", QStringLiteral("sleeping")));
    const HttpAnswer read = api.client->get(resource("tracker-wake", "3/0/15?wait=20"));
    INFO(read.errorMessage().toStdString());
    REQUIRE(read.status == 200);
    CHECK(read.body.contains("Europe/Berlin"));
}

TEST_CASE("a device's awake window is read, set and reset through the API", "[api][queue]")
{
    LiveApi api; // the engine's default window is 0.5 s here
    api.addDevice(tracker("tracker-window", 60s, 0ms));
    REQUIRE(waitUntil(
        [&] { return api.client->get(LiveApi::devicePath("tracker-window")).status == 200; }));

    const HttpAnswer initial = api.client->get(awakeWindow("tracker-window"));
    REQUIRE(initial.status == 200);
    CHECK(initial.json()["awakeWindowSec"].toDouble() == 0.5);
    CHECK(!initial.json()["custom"].toBool());

    const HttpAnswer set =
        api.client->send("PUT", awakeWindow("tracker-window"), R"({"awakeWindowSec":30})");
    REQUIRE(set.status == 200);
    CHECK(set.json()["awakeWindowSec"].toDouble() == 30.0);
    CHECK(set.json()["custom"].toBool());
    CHECK(api.client->get(awakeWindow("tracker-window")).json()["awakeWindowSec"].toDouble() ==
          30.0);

    CHECK(api.client->send("PUT", awakeWindow("tracker-window"), R"({"awakeWindowSec":0.01})")
              .status == 400);
    CHECK(api.client->send("PUT", awakeWindow("tracker-window"), R"({"awakeWindowSec":"long"})")
              .status == 400);
    CHECK(api.client->send("PUT", awakeWindow("tracker-window"), R"({})").status == 400);
    CHECK(api.client->send("PUT", awakeWindow("nobody"), R"({"awakeWindowSec":30})").status == 404);
    CHECK(api.client->get(awakeWindow("tracker-window")).json()["awakeWindowSec"].toDouble() ==
          30.0);

    const HttpAnswer reset =
        api.client->send("PUT", awakeWindow("tracker-window"), R"({"awakeWindowSec":null})");
    REQUIRE(reset.status == 200);
    CHECK(reset.json()["awakeWindowSec"].toDouble() == 0.5);
    CHECK(!reset.json()["custom"].toBool());
}
