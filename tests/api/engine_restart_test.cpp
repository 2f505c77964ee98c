// An engine restart keeps the fleet: registrations and observations come back from the store,
// devices are reachable at once without registering again, and what a restart cannot keep (DTLS
// sessions, lifetimes that ran out meanwhile) ends the way a device expects.
#include "fleet_support.h"
#include "live_api_fixture.h"

#include <QJsonArray>
#include <QNetworkDatagram>
#include <QThread>
#include <QUdpSocket>

#include <catch2/catch.hpp>

using namespace hangar;
using namespace hangar::api::test;
using namespace std::chrono_literals;

namespace {

const lwm2m::LwM2mPath kTemperature(3303, 0, 5700);

lwm2m::PathValues temperature(double value)
{
    return {{kTemperature, lwm2m::Value::floating(value), std::nullopt}};
}

/// The values of `endpoint`'s telemetry of kTemperature, oldest first.
std::vector<double> storedTemperatures(ApiClient& client, const std::string& endpoint)
{
    const QJsonArray items = client
                                 .get(LiveApi::devicePath(endpoint) +
                                      QStringLiteral("/telemetry/3303/0/5700?limit=1000"))
                                 .json()["items"]
                                 .toArray();
    std::vector<double> values;
    for (const auto& item : items)
        values.push_back(item.toObject()["value"].toDouble());
    return values;
}

/// The kinds of `endpoint`'s events, oldest first.
std::vector<std::string> eventKinds(ApiClient& client, const std::string& endpoint)
{
    std::vector<std::string> kinds;
    const QJsonArray items =
        client.get(QStringLiteral("/api/v1/events?endpoint=") + QString::fromStdString(endpoint))
            .json()["items"]
            .toArray();
    for (const auto& item : items)
        kinds.push_back(item.toObject()["kind"].toString().toStdString());
    return kinds;
}

/// A CoAP message: NON 2.05 notification with `token` and Observe, or what came back.
QByteArray notificationBytes(std::uint16_t messageId, const QByteArray& token)
{
    QByteArray bytes;
    bytes.append(static_cast<char>(0x50 | token.size())); // version 1, NON, token length
    bytes.append(static_cast<char>(0x45));                // 2.05 Content
    bytes.append(static_cast<char>(messageId >> 8));
    bytes.append(static_cast<char>(messageId & 0xff));
    bytes.append(token);
    bytes.append(static_cast<char>(0x61)); // Observe (6), 1 byte
    bytes.append(static_cast<char>(0x07));
    bytes.append(static_cast<char>(0xff));
    bytes.append("21.5");
    return bytes;
}

} // namespace

TEST_CASE("after an engine restart a plain device is online and reads back at once without "
          "registering again",
          "[restart]")
{
    LiveApi api;
    devicesim::SimulatedDevice* device = api.addDevice("keep-1");
    REQUIRE(api.online("keep-1"));
    const QString registrationId =
        api.client->get(LiveApi::devicePath("keep-1")).json()["registrationId"].toString();

    api.restartEngine();

    // Online straight from the store, before the device sent anything.
    const HttpAnswer shown = api.client->get(LiveApi::devicePath("keep-1"));
    REQUIRE(shown.status == 200);
    CHECK(shown.json()["status"].toString() == QStringLiteral("online"));
    CHECK(shown.json()["registrationId"].toString() == registrationId);
    const HttpAnswer read =
        api.client->get(LiveApi::devicePath("keep-1") + QStringLiteral("/resources/3/0"));
    INFO(read.body.toStdString());
    REQUIRE(read.status == 200);
    CHECK_FALSE(read.json()["values"].toObject()["/3/0/0"].toString().isEmpty());
    CHECK(device->counters().registrations == 1);
    // Its next Update keeps the same registration.
    device->triggerUpdate();
    REQUIRE(waitUntil([&] { return device->counters().updates >= 1; }, 10s));
    CHECK(device->counters().registrations == 1);
    const std::vector<std::string> kinds = eventKinds(*api.client, "keep-1");
    CHECK(std::count(kinds.begin(), kinds.end(), "registered") == 1);
}

TEST_CASE("notifications of an observation started before a restart are stored after it; an "
          "unknown token is reset",
          "[restart]")
{
    LiveApi api;
    auto probe = api.addProbe("sensor-1", "</3303/0>");
    probe->actAsSensor(temperature(20.0));
    const QString observe =
        LiveApi::devicePath("sensor-1") + QStringLiteral("/resources/3303/0/5700/observe");
    REQUIRE(api.client->send("POST", observe).status == 200);
    REQUIRE(probe->acceptedObservation().has_value());
    const coap::ObservationId observation = *probe->acceptedObservation();
    REQUIRE(probe->notify(observation, lwm2m::ContentFormat::Tlv, kTemperature, temperature(20.5)));
    REQUIRE(waitUntil([&] { return storedTemperatures(*api.client, "sensor-1").size() == 2; }));

    api.restartEngine();

    // The engine still lists the observation, and the device's next notifications are stored.
    const QJsonArray listed =
        api.client->get(LiveApi::devicePath("sensor-1") + QStringLiteral("/observations"))
            .json()["items"]
            .toArray();
    REQUIRE(listed.size() == 1);
    CHECK(listed[0].toObject()["path"].toString() == QStringLiteral("/3303/0/5700"));
    for (const double value : {21.0, 21.5, 22.0})
        REQUIRE(probe->notify(observation, lwm2m::ContentFormat::Tlv, kTemperature,
                              temperature(value)));
    REQUIRE(waitUntil([&] { return storedTemperatures(*api.client, "sensor-1").size() == 5; }));
    CHECK(storedTemperatures(*api.client, "sensor-1").back() == 22.0);
    // Cancelling it after the restart works too.
    CHECK(api.client->send("DELETE", observe).status == 204);

    // A notification under a token nobody holds is answered with a Reset (RFC 7641 §3.6) and not
    // stored.
    QUdpSocket stranger;
    REQUIRE(stranger.bind(QHostAddress::LocalHost, 0));
    const QByteArray token = QByteArrayLiteral("\xde\xad\xbe\xef");
    stranger.writeDatagram(notificationBytes(0x1234, token), QHostAddress::LocalHost,
                           api.engine->coapPort());
    REQUIRE(waitUntil([&] { return stranger.hasPendingDatagrams(); }, 5s));
    const QByteArray reset = stranger.receiveDatagram().data();
    REQUIRE(reset.size() >= 4);
    CHECK((static_cast<unsigned char>(reset[0]) & 0x30) == 0x30); // type RST
    CHECK(static_cast<unsigned char>(reset[2]) == 0x12);
    CHECK(static_cast<unsigned char>(reset[3]) == 0x34);
}

TEST_CASE("a DTLS-PSK device gets back in right after a restart and keeps its registration",
          "[restart]")
{
    LiveOptions options;
    options.coaps = true;
    LiveApi api(options);
    REQUIRE(api.client
                ->send("PUT", QStringLiteral("/api/v1/devices/secure-1/credentials"),
                       R"({"pskIdentity":"secure-id","pskKey":"0011223344556677"})")
                .status == 204);
    devicesim::DeviceConfig config =
        pskDevice("secure-1", "secure-id", {0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77});
    config.requestTimeout = 3s;
    config.ackTimeout = 1s;
    config.maxRetransmit = 1;
    devicesim::SimulatedDevice* device = api.addDevice(config);
    REQUIRE(api.online("secure-1"));

    api.restartEngine();
    CHECK(api.client->get(LiveApi::devicePath("secure-1")).json()["status"].toString() ==
          QStringLiteral("online"));

    // Its session died with the engine: the Update over it goes unanswered, the device
    // handshakes again and the engine takes it at once, on the same registration.
    device->triggerUpdate();
    REQUIRE(waitUntil([&] { return device->counters().updates >= 1; }, 15s));
    CHECK(device->counters().registrations == 1);
    const HttpAnswer read =
        api.client->get(LiveApi::devicePath("secure-1") + QStringLiteral("/resources/3/0/0"));
    INFO(read.body.toStdString());
    CHECK(read.status == 200);
}

TEST_CASE("a registration whose lifetime ran out while the engine was stopped is expired after the "
          "restart",
          "[restart]")
{
    LiveApi api;
    auto probe = std::make_unique<ProbeDevice>(api.models);
    REQUIRE(probe->registerAt(api.engine->coapPort(), "brief-1", "</3/0>", 1));
    REQUIRE(api.online("brief-1"));

    // Lifetime 1 s plus the engine's 2 s grace run out while nothing listens.
    api.restartEngine([] { QThread::sleep(4); });

    CHECK(api.client->get(LiveApi::devicePath("brief-1")).json()["status"].toString() ==
          QStringLiteral("offline"));
    const std::vector<std::string> kinds = eventKinds(*api.client, "brief-1");
    REQUIRE_FALSE(kinds.empty());
    CHECK(kinds.back() == "expired");
    CHECK(
        api.client->get(LiveApi::devicePath("brief-1") + QStringLiteral("/resources/3/0")).status ==
        404);

    // Restarting again does not bring it back.
    api.restartEngine();
    CHECK(api.client->get(LiveApi::devicePath("brief-1")).json()["status"].toString() ==
          QStringLiteral("offline"));
}
