#include "live_api_fixture.h"

#include <QJsonArray>

using namespace hangar;
using namespace hangar::api;
using namespace hangar::api::test;
using namespace std::chrono_literals;
using lwm2m::LwM2mPath;
using lwm2m::Value;

TEST_CASE("telemetry with bucketMs answers min, max, mean, first, last and count per bucket", "[api]")
{
    LiveApi api;
    const auto probe = api.addProbe("dev-b", "</1/0>,</3303/0>");
    const LwM2mPath sensor(3303, 0, 5700);
    probe->actAsSensor({{sensor, Value::floating(20.0), std::nullopt}});
    REQUIRE(api.client->send("POST", QStringLiteral("/api/v1/devices/dev-b/resources/3303/0/5700/observe"))
                .status == 200);
    REQUIRE(probe->acceptedObservation().has_value());
    // 20 (the first read), then 26, 18, 23: a spike up and one down.
    for (const double value : {26.0, 18.0, 23.0}) {
        waitUntil([] { return false; }, 20ms); // distinct sample times
        REQUIRE(probe->notify(*probe->acceptedObservation(), lwm2m::ContentFormat::Tlv, sensor,
                              {{sensor, Value::floating(value), std::nullopt}}));
    }
    const QString url = QStringLiteral("/api/v1/devices/dev-b/telemetry/3303/0/5700");
    QJsonArray samples;
    REQUIRE(waitUntil([&] {
        samples = api.client->get(url).json()["items"].toArray();
        return samples.size() == 4;
    }));
    const qint64 firstTime = samples[0].toObject()["time"].toInteger();
    const qint64 lastTime = samples[3].toObject()["time"].toInteger();

    SECTION("one bucket wider than all samples sums them up")
    {
        // Whole minutes (read from the rollups) and not (read from the samples) agree.
        for (const qint64 width : {qint64{600'000'000'000'000}, qint64{1'000'000'000'000'001}}) {
            INFO("bucketMs=" << width);
            const HttpAnswer answer = api.client->get(url + QStringLiteral("?bucketMs=%1").arg(width));
            REQUIRE(answer.status == 200);
            const QJsonArray items = answer.json()["items"].toArray();
            REQUIRE(items.size() == 1);
            const QJsonObject bucket = items[0].toObject();
            CHECK(bucket["time"].toInteger() == 0);
            CHECK(bucket["min"].toDouble() == 18.0);
            CHECK(bucket["max"].toDouble() == 26.0);
            CHECK(bucket["mean"].toDouble() == Approx((20.0 + 26.0 + 18.0 + 23.0) / 4));
            CHECK(bucket["first"].toDouble() == 20.0);
            CHECK(bucket["last"].toDouble() == 23.0);
            CHECK(bucket["count"].toInteger() == 4);
            CHECK(bucket.keys().size() == 7);
        }
    }

    SECTION("one-second buckets hold each sample once, and limit and order apply to buckets")
    {
        const HttpAnswer answer = api.client->get(url + QStringLiteral("?bucketMs=1000&from=%1&to=%2")
                                                            .arg(firstTime)
                                                            .arg(lastTime));
        REQUIRE(answer.status == 200);
        const QJsonArray items = answer.json()["items"].toArray();
        REQUIRE(!items.isEmpty());
        qint64 count = 0;
        double highest = 0;
        for (const auto& item : items) {
            const QJsonObject bucket = item.toObject();
            CHECK(bucket["time"].toInteger() % 1000 == 0);
            CHECK(bucket["min"].toDouble() <= bucket["max"].toDouble());
            count += bucket["count"].toInteger();
            highest = std::max(highest, bucket["max"].toDouble());
        }
        CHECK(count == 4);
        CHECK(highest == 26.0);
        CHECK(items[0].toObject()["first"].toDouble() == 20.0);
        CHECK(items[items.size() - 1].toObject()["last"].toDouble() == 23.0);

        const QJsonArray newest =
            api.client->get(url + QStringLiteral("?bucketMs=1000&order=desc&limit=1")).json()["items"].toArray();
        REQUIRE(newest.size() == 1);
        CHECK(newest[0].toObject()["last"].toDouble() == 23.0);
        CHECK(newest[0].toObject()["time"].toInteger() == lastTime - lastTime % 1000);
    }

    SECTION("a bucket width that is not a whole number of at least 1000 ms is refused")
    {
        for (const char* bad : {"0", "999", "-60000", "abc", "1.5e3", ""}) {
            INFO("bucketMs=" << bad);
            const HttpAnswer answer = api.client->get(url + QStringLiteral("?bucketMs=") + QString::fromLatin1(bad));
            CHECK(answer.status == 400);
            CHECK(answer.body.contains("bucketMs"));
            CHECK(answer.body.contains("at least 1000"));
        }
        // Without bucketMs the answer is samples, as before.
        CHECK(api.client->get(url).json()["items"].toArray()[0].toObject().contains(QStringLiteral("value")));
        CHECK(api.client->get(QStringLiteral("/api/v1/devices/nobody/telemetry/3303/0/5700?bucketMs=60000")).status
              == 404);
    }
}
