// Endpoint names and credentials get the same checks on every way in, and a changed credential
// makes a real simulated device authenticate again (issue 11, hostile input).
#include "fleet_support.h"
#include "live_api_fixture.h"

#include <QJsonArray>

using namespace hangar;
using namespace hangar::api;
using namespace hangar::api::test;
using namespace std::chrono_literals;

namespace {

/// The kinds of the device's events, oldest first.
QStringList eventKinds(LiveApi& api, const QString& endpoint)
{
    const HttpAnswer answer =
        api.client->get(QStringLiteral("/api/v1/events?endpoint=") + endpoint);
    QStringList kinds;
    for (const QJsonValue event : answer.json()[QStringLiteral("items")].toArray())
        kinds << event.toObject()[QStringLiteral("kind")].toString();
    return kinds;
}

} // namespace

TEST_CASE("an endpoint name that is not UTF-8 never registers; UTF-8 names are read and forgotten "
          "through the API",
          "[api][names]")
{
    LiveApi api;
    ProbeDevice invalid(api.models);
    CHECK_FALSE(invalid.registerAt(api.engine->coapPort(), "bad\xff", "</1/0>"));
    CHECK(api.client->get(QStringLiteral("/api/v1/devices?limit=10")).json()["total"].toInt() == 0);
    // A path that does not decode to UTF-8 names nothing: 400, not a lookup of U+FFFD.
    const HttpAnswer notUtf8 = api.client->get(QStringLiteral("/api/v1/devices/bad%FF"));
    CHECK(notUtf8.status == 400);
    CHECK(notUtf8.errorMessage().contains(QStringLiteral("UTF-8")));

    const std::string name = "Pumpe-S\xc3\xbc"
                             "d";
    const auto probe = api.addProbe(name, "</1/0>");
    REQUIRE(api.online(name));
    CHECK(api.client->get(LiveApi::devicePath(name)).json()["endpoint"].toString() ==
          QStringLiteral("Pumpe-Süd"));
    CHECK(api.client->send("DELETE", LiveApi::devicePath(name)).status == 204);
    CHECK(api.client->get(LiveApi::devicePath(name)).status == 404);
    // Control characters are refused on the API as at Register.
    CHECK(api.client->get(QStringLiteral("/api/v1/devices/a%01b")).status == 400);
}

TEST_CASE("credential endpoints and identities get the same checks in PUT, CSV and JSON lines",
          "[api][names]")
{
    LiveApi api;
    const QString url = QStringLiteral("/api/v1/credentials/import");
    const QByteArray longIdentity(129, 'i');
    const QByteArray fullIdentity(128, 'i');

    const auto put = [&](const QString& endpointPath, const QByteArray& identityJson) {
        return api.client->send("PUT", endpointPath + QStringLiteral("/credentials"),
                                "{\"pskIdentity\":" + identityJson + ",\"pskKey\":\"0102\"}");
    };
    CHECK(put(QStringLiteral("/api/v1/devices/dev-1"), "\"" + longIdentity + "\"").status == 400);
    CHECK(put(QStringLiteral("/api/v1/devices/dev-1"), R"("id\u0001")").status == 400);
    CHECK(put(QStringLiteral("/api/v1/devices/bad%FF"), R"("id-1")").status == 400);
    CHECK(put(QStringLiteral("/api/v1/devices/a%0Ab"), R"("id-1")").status == 400);
    CHECK(put(QStringLiteral("/api/v1/devices/dev-1"), "\"" + fullIdentity + "\"").status == 204);

    const auto import = [&](const QByteArray& body, const QByteArray& type) {
        return api.client->send("POST", url, body, type);
    };
    const HttpAnswer csvLong = import("dev-2," + longIdentity + ",0102\n", "text/csv");
    CHECK(csvLong.status == 400);
    CHECK(csvLong.errorMessage().contains(
        QStringLiteral("line 1: the PSK identity is longer than 128 bytes")));
    const HttpAnswer csvNotUtf8 = import("dev-2,id-2,0102\nbad\xff,id-3,0304\n", "text/csv");
    CHECK(csvNotUtf8.status == 400);
    CHECK(csvNotUtf8.errorMessage().contains(
        QStringLiteral("line 2: the endpoint name is not valid UTF-8")));
    const HttpAnswer jsonControl = import(R"({"endpoint":"a\u0007b","identity":"id-4","key":"01"})"
                                          "\n",
                                          "application/x-ndjson");
    CHECK(jsonControl.status == 400);
    CHECK(jsonControl.errorMessage().contains(QStringLiteral("control character")));
    const HttpAnswer jsonLong =
        import("{\"endpoint\":\"dev-5\",\"identity\":\"" + longIdentity + "\",\"key\":\"01\"}\n",
               "application/x-ndjson");
    CHECK(jsonLong.status == 400);
    // Nothing of the refused imports was stored: dev-2 has no credential to remove.
    CHECK(api.client->send("DELETE", QStringLiteral("/api/v1/devices/dev-2/credentials")).status ==
          404);
}

TEST_CASE("a CSV header is skipped only when the first line is exactly the header", "[api][names]")
{
    LiveApi api;
    const QString url = QStringLiteral("/api/v1/credentials/import");
    // A device whose name starts with "endpoint" is a device, not a header.
    const HttpAnswer devices =
        api.client->send("POST", url, "endpoint-7,id-7,0102\nendpoint-8,id-8,0304\n", "text/csv");
    REQUIRE(devices.status == 200);
    CHECK(devices.json()["imported"].toInt() == 2);
    CHECK(api.client->send("DELETE", QStringLiteral("/api/v1/devices/endpoint-7/credentials"))
              .status == 204);

    for (const QByteArray& header :
         {QByteArray("endpoint,identity,keyhex"), QByteArray(" Endpoint , Identity , Key ")}) {
        INFO(header.toStdString());
        const HttpAnswer withHeader =
            api.client->send("POST", url, header + "\ndev-9,id-9,0a0b\n", "text/csv");
        CHECK(withHeader.status == 200);
        CHECK(withHeader.json()["imported"].toInt() == 1);
    }
    // Anything else on the first line is a credential line and must be one.
    const HttpAnswer nearHeader =
        api.client->send("POST", url, "endpoints,identity,keyhex\ndev-10,id-10,01\n", "text/csv");
    CHECK(nearHeader.status == 400);
    CHECK(nearHeader.errorMessage().contains(QStringLiteral("line 1")));
}

TEST_CASE("a simulated device whose credential is replaced or removed through the API is dropped",
          "[api][credentials]")
{
    LiveOptions options;
    options.coaps = true;
    LiveApi api(options);
    const QString credentials = QStringLiteral("/api/v1/devices/sim-1/credentials");
    REQUIRE(
        api.client->send("PUT", credentials, R"({"pskIdentity":"id-sim-1","pskKey":"0a0b0c0d"})")
            .status == 204);
    api.addDevice(pskDevice("sim-1", "id-sim-1", {0x0a, 0x0b, 0x0c, 0x0d}));
    REQUIRE(api.online("sim-1"));

    // The same identity and key again changes nothing.
    REQUIRE(
        api.client->send("PUT", credentials, R"({"pskIdentity":"id-sim-1","pskKey":"0A0B0C0D"})")
            .status == 204);
    CHECK_FALSE(eventKinds(api, QStringLiteral("sim-1"))
                    .contains(QStringLiteral("authentication-revoked")));
    CHECK(api.online("sim-1"));

    // A new key: the device, which still has the old one, is out.
    REQUIRE(
        api.client->send("PUT", credentials, R"({"pskIdentity":"id-sim-1","pskKey":"01020304"})")
            .status == 204);
    CHECK(api.hasStatus("sim-1", QStringLiteral("offline"), 5s));
    CHECK(eventKinds(api, QStringLiteral("sim-1"))
              .contains(QStringLiteral("authentication-revoked")));

    CHECK(api.client->send("DELETE", credentials).status == 204);
    CHECK(api.client->send("DELETE", credentials).status == 404);
    CHECK(eventKinds(api, QStringLiteral("sim-1")).contains(QStringLiteral("credential-removed")));
}
