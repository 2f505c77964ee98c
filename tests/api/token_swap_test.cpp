// A new admin token goes into the running server: the port stays open, requests already
// accepted complete, and only the token decides what the next request gets.
#include "live_api_fixture.h"

#include <QRegularExpression>

using namespace hangar;
using namespace hangar::api;
using namespace hangar::api::test;

namespace {

constexpr char kReadPath[] = "/api/v1/devices/dev-1/resources/3303/0/5700";

QByteArray getRequest(const char* path, const QByteArray& token)
{
    return QByteArray("GET ") + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token + "\r\n\r\n";
}

} // namespace

TEST_CASE("a new authenticator takes over without closing the port or the requests in flight", "[api][token]")
{
    LiveApi api;
    const auto probe = api.addProbe("dev-1", "</1/0>,</3303/0>");
    const lwm2m::PathValues reading{{lwm2m::LwM2mPath(3303, 0, 5700), lwm2m::Value::floating(19.25), std::nullopt}};
    std::optional<coap::IncomingRequest> held;
    probe->setHandler([&](const coap::IncomingRequest& request) -> std::optional<coap::Answer> {
        if (!held) {
            held = request;
            return std::nullopt;
        }
        return probe->valuesAnswer(request, reading);
    });

    // A read that waits for the device (accepted with the old token) and an idle kept-alive
    // connection, both open before the token changes.
    QTcpSocket inFlight;
    inFlight.connectToHost(QStringLiteral("127.0.0.1"), api.port);
    REQUIRE(inFlight.waitForConnected(5000));
    inFlight.write(getRequest(kReadPath, api.token));
    REQUIRE(waitUntil([&] { return held.has_value(); }));
    QTcpSocket idle;
    idle.connectToHost(QStringLiteral("127.0.0.1"), api.port);
    REQUIRE(idle.waitForConnected(5000));

    const QByteArray oldToken = api.token;
    const QByteArray newToken(64, 'b');
    api.server->setAuthenticator(Authenticator(newToken));

    // The accepted read completes with the device's answer.
    REQUIRE(probe->context().respond(held->exchange, probe->valuesAnswer(*held, reading)).has_value());
    QByteArray inFlightBuffer;
    const QByteArray read = readKeptAliveAnswer(inFlight, inFlightBuffer);
    INFO(read.toStdString());
    CHECK(read.startsWith("HTTP/1.1 200"));
    CHECK(read.contains("19.25"));

    // The connection opened before the change is still served, by the new token only.
    QByteArray idleBuffer;
    idle.write(getRequest("/api/v1/health", newToken));
    CHECK(readKeptAliveAnswer(idle, idleBuffer).startsWith("HTTP/1.1 200"));
    idle.write(getRequest("/api/v1/health", oldToken));
    CHECK(readKeptAliveAnswer(idle, idleBuffer).startsWith("HTTP/1.1 401"));
    CHECK(idle.state() == QAbstractSocket::ConnectedState);

    // Same port, fresh connections: old token 401, new token 200.
    CHECK(api.server->serverPorts() == QList<quint16>{api.port});
    CHECK(api.client->get(QStringLiteral("/api/v1/health")).status == 401);
    ApiClient fresh(api.port, newToken);
    CHECK(fresh.get(QStringLiteral("/api/v1/health")).status == 200);
}
