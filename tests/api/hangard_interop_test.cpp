// A Register sent by an independent CoAP implementation (Debian's libcoap coap-client) reaches
// the real daemon and the device shows up in the REST API.
#include "hangard_runner.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#ifdef HANGARD_BINARY

using namespace hangar::api::test;
using namespace std::chrono_literals;

TEST_CASE("a raw Register from coap-client creates a device visible in the API", "[api][hangard]")
{
    const QString coapClient = QStandardPaths::findExecutable(QStringLiteral("coap-client-openssl"));
    if (coapClient.isEmpty()) {
        WARN("coap-client-openssl (Debian package libcoap3-bin) is not installed; skipping");
        return;
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    HangardProcess daemon(dir.path());
    const bool started = daemon.start();
    INFO(daemon.output());
    REQUIRE(started);

    QProcess client;
    // -v 7 makes coap-client log the response PDU (code and options) to stderr; -B bounds it.
    client.start(coapClient, {QStringLiteral("-m"), QStringLiteral("post"), QStringLiteral("-t"),
                              QStringLiteral("40"), QStringLiteral("-e"), QStringLiteral("</3/0>,</3303/0>"),
                              QStringLiteral("-B"), QStringLiteral("5"), QStringLiteral("-v"), QStringLiteral("7"),
                              QStringLiteral("coap://127.0.0.1:%1/rd?ep=cli-1&lt=300&lwm2m=1.1")
                                  .arg(daemon.coapPort)});
    REQUIRE(client.waitForStarted(5000));
    REQUIRE(client.waitForFinished(15000));
    const QString printed = QString::fromUtf8(client.readAllStandardOutput() + client.readAllStandardError());
    INFO(printed.toStdString());
    CHECK(client.exitStatus() == QProcess::NormalExit);
    CHECK(client.exitCode() == 0);
    // The logged answer: "c:2.01" and a Location-Path below rd with the registration id.
    CHECK(printed.contains(QStringLiteral("c:2.01")));
    const auto location =
        QRegularExpression(QStringLiteral("Location-Path:rd,\\s*Location-Path:([0-9A-Za-z]+)")).match(printed);
    CHECK(location.hasMatch());

    HttpAnswer devices;
    QJsonObject device;
    const bool listed = waitUntil([&] {
        devices = daemon.client->get(QStringLiteral("/api/v1/devices?q=cli-1"));
        for (const auto item : devices.json()[QStringLiteral("items")].toArray())
            if (item.toObject()[QStringLiteral("endpoint")].toString() == u"cli-1")
                device = item.toObject();
        return !device.isEmpty();
    }, 10s);
    INFO(devices.body.toStdString());
    REQUIRE(listed);
    CHECK(device[QStringLiteral("status")].toString() == u"online");
    CHECK(device[QStringLiteral("lwm2mVersion")].toString() == u"1.1");
    CHECK(device[QStringLiteral("lifetime")].toInteger() == 300);
    CHECK(device[QStringLiteral("objects")].toArray() ==
          QJsonArray({QStringLiteral("/3/0"), QStringLiteral("/3303/0")}));

    const HttpAnswer one = daemon.client->get(QStringLiteral("/api/v1/devices/cli-1"));
    CHECK(one.status == 200);
    CHECK(one.json()[QStringLiteral("endpoint")].toString() == u"cli-1");

    REQUIRE(daemon.stop(SIGTERM));
    CHECK(daemon.process().exitCode() == 0);
}

#endif
