#include "live_api_fixture.h"

#include <QJsonArray>

using namespace hangar;
using namespace hangar::api;
using namespace hangar::api::test;
using namespace std::chrono_literals;

namespace {

devicesim::DeviceConfig identifiedDevice(const std::string& endpoint, const std::string& model,
                                         const std::string& firmware)
{
    devicesim::DeviceConfig config;
    config.endpoint = endpoint;
    config.model = model;
    config.firmwareVersion = firmware;
    return config;
}

QJsonObject summaryOf(LiveApi& api)
{
    const HttpAnswer answer = api.client->get(QStringLiteral("/api/v1/fleet/summary"));
    REQUIRE(answer.status == 200);
    return answer.json();
}

QJsonObject entry(const QString& key, const QJsonValue& value, int count)
{
    return QJsonObject{{key, value}, {QStringLiteral("count"), count}};
}

} // namespace

TEST_CASE("the fleet summary counts devices per status, firmware and model, unknown as null", "[api]")
{
    LiveApi api;
    api.addDevice(identifiedDevice("ht-1", "HT-210", "2.1.0"));
    api.addDevice(identifiedDevice("ht-2", "HT-210", "2.1.0"));
    auto* pump = api.addDevice(identifiedDevice("pc-1", "PC-400", "1.0.0"));
    // Answers every read with 4.04: its identity stays unknown.
    const auto mystery = api.addProbe("mystery", "</1/0>,</3/0>");
    REQUIRE(api.online("ht-1"));
    REQUIRE(api.online("ht-2"));
    REQUIRE(api.online("pc-1"));
    REQUIRE(api.online("mystery"));

    const QString version = QStringLiteral("version");
    const QString model = QStringLiteral("model");
    const QJsonArray firmware{entry(version, QStringLiteral("2.1.0"), 2), entry(version, QJsonValue::Null, 1),
                              entry(version, QStringLiteral("1.0.0"), 1)};
    // The identity comes from the /3/0 read after registration.
    REQUIRE(waitUntil([&] { return summaryOf(api)["firmware"].toArray() == firmware; }, 15s));
    QJsonObject summary = summaryOf(api);
    CHECK(summary["devices"].toObject()
          == QJsonObject{{QStringLiteral("total"), 4}, {QStringLiteral("online"), 4},
                         {QStringLiteral("sleeping"), 0}, {QStringLiteral("offline"), 0}});
    CHECK(summary["models"].toArray()
          == QJsonArray{entry(model, QStringLiteral("HT-210"), 2), entry(model, QJsonValue::Null, 1),
                        entry(model, QStringLiteral("PC-400"), 1)});
    int makers = 0;
    for (const QJsonValue& maker : summary["manufacturers"].toArray())
        makers += maker.toObject()["count"].toInt();
    CHECK(makers == 4);

    pump->stop();
    REQUIRE(api.hasStatus("pc-1", QStringLiteral("offline")));
    summary = summaryOf(api);
    CHECK(summary["devices"].toObject()["online"].toInt() == 3);
    CHECK(summary["devices"].toObject()["offline"].toInt() == 1);

    REQUIRE(api.client->send("DELETE", LiveApi::devicePath("pc-1")).status == 204);
    summary = summaryOf(api);
    CHECK(summary["devices"].toObject()["total"].toInt() == 3);
    CHECK(summary["firmware"].toArray()
          == QJsonArray{entry(version, QStringLiteral("2.1.0"), 2), entry(version, QJsonValue::Null, 1)});

    CHECK(api.client->sendWith("GET", QStringLiteral("/api/v1/fleet/summary"), {}, {}, {}).status == 401);
    CHECK(api.client->send("POST", QStringLiteral("/api/v1/fleet/summary")).status == 405);
}
