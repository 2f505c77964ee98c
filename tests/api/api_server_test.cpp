#include "live_api_fixture.h"

#include <QFileInfo>
#include <QJsonArray>

#include <sys/stat.h>

using namespace hangar;
using namespace hangar::api;
using namespace hangar::api::test;

TEST_CASE("requests without the bearer token are refused with 401 JSON", "[api]")
{
    LiveApi api;
    const QString path = QStringLiteral("/api/v1/health");

    const HttpAnswer none = api.client->sendWith("GET", path, {}, {}, {});
    CHECK(none.status == 401);
    CHECK(none.json()["error"].toObject()["status"].toInt() == 401);
    CHECK(none.errorMessage().contains(QStringLiteral("Authorization")));

    const HttpAnswer wrong = api.client->sendWith("GET", path, {}, {}, "Bearer " + QByteArray(64, 'a'));
    CHECK(wrong.status == 401);
    const HttpAnswer shorter = api.client->sendWith("GET", path, {}, {}, "Bearer " + api.token.left(63));
    CHECK(shorter.status == 401);
    const HttpAnswer basic = api.client->sendWith("GET", path, {}, {}, "Basic " + api.token);
    CHECK(basic.status == 401);
    // Unknown paths do not reveal themselves to unauthenticated clients either.
    CHECK(api.client->sendWith("GET", QStringLiteral("/nope"), {}, {}, {}).status == 401);

    CHECK(api.client->get(path).status == 200);
    CHECK(api.client->sendWith("GET", path, {}, {}, "bearer " + api.token).status == 200);
}

TEST_CASE("the API token file is created once with mode 0600 and 32 random bytes", "[api]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto first = loadOrCreateApiToken(dir.path());
    REQUIRE(first.has_value());
    CHECK(first->size() == 64);
    CHECK(!QByteArray::fromHex(*first).isEmpty());

    struct stat info{};
    REQUIRE(::stat(QFile::encodeName(apiTokenPath(dir.path())).constData(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);

    const auto again = loadOrCreateApiToken(dir.path());
    REQUIRE(again.has_value());
    CHECK(*again == *first);

    QTemporaryDir other;
    CHECK(*loadOrCreateApiToken(other.path()) != *first);

    const auto missingDir = loadOrCreateApiToken(dir.filePath(QStringLiteral("no/such/dir")));
    REQUIRE(!missingDir.has_value());
    CHECK(missingDir.error().message.find("api-token") != std::string::npos);
}

TEST_CASE("unknown paths are 404 and other methods on known paths 405, both as JSON", "[api]")
{
    LiveApi api;
    const HttpAnswer missing = api.client->get(QStringLiteral("/api/v1/nothing-here"));
    CHECK(missing.status == 404);
    CHECK(missing.contentType.startsWith("application/json"));
    CHECK(missing.json()["error"].toObject()["status"].toInt() == 404);

    const HttpAnswer wrongMethod = api.client->send("PATCH", QStringLiteral("/api/v1/devices"));
    CHECK(wrongMethod.status == 405);
    CHECK(wrongMethod.allow == "GET");
    CHECK(wrongMethod.json()["error"].toObject()["status"].toInt() == 405);

    const HttpAnswer noDelete =
        api.client->send("DELETE", QStringLiteral("/api/v1/devices/dev-1/resources/3/0/1"));
    CHECK(noDelete.status == 405);
    CHECK(noDelete.allow.contains("GET"));
    CHECK(noDelete.allow.contains("PUT"));
}

TEST_CASE("a declared body over the limit is answered 413 before it is sent", "[api]")
{
    LiveApi api;
    const QByteArray head = "PUT /api/v1/devices/dev-1/resources/3/0/14 HTTP/1.1\r\n"
                            "Host: 127.0.0.1\r\nAuthorization: Bearer " + api.token +
                            "\r\nContent-Type: application/json\r\n"
                            "Content-Length: 2097152\r\nExpect: 100-continue\r\n\r\n";
    const QByteArray answer = rawExchange(api.port, head, [](const QByteArray& got) {
        return got.contains("\r\n\r\n") && got.contains("}}");
    });
    CHECK(answer.startsWith("HTTP/1.1 413"));
    CHECK(!answer.contains("100 Continue"));
    CHECK(answer.contains("\"status\":413"));
}

TEST_CASE("a chunked body over the limit is answered 413 and never reaches the device", "[api]")
{
    LiveOptions options;
    options.api.maxBodyBytes = 1024;
    LiveApi api(options);
    const auto probe = api.addProbe("dev-1", "</1/0>,</3/0>");
    const QByteArray chunk(1500, 'x');
    const QByteArray request = "POST /api/v1/devices/dev-1/resources/3/0/4 HTTP/1.1\r\n"
                               "Host: 127.0.0.1\r\nAuthorization: Bearer " + api.token +
                               "\r\nTransfer-Encoding: chunked\r\n\r\n" +
                               QByteArray::number(chunk.size(), 16) + "\r\n" + chunk +
                               "\r\n0\r\n\r\n";
    const QByteArray answer = rawExchange(api.port, request, [](const QByteArray& got) {
        return got.contains("}}");
    });
    CHECK(answer.startsWith("HTTP/1.1 413"));

    // A later execute is the first one the device sees: the refused body never got through.
    REQUIRE(api.client->send("POST", QStringLiteral("/api/v1/devices/dev-1/resources/3/0/4"), "later",
                             "text/plain")
                .status == 204);
    const auto executes = probe->requestsTo(coap::Method::Post, "/3/0/4");
    REQUIRE(executes.size() == 1);
    CHECK(std::string(executes[0].payload.begin(), executes[0].payload.end()) == "later");
}

TEST_CASE("Expect: 100-continue gets the interim answer and then the real one", "[api]")
{
    LiveApi api;
    auto* device = api.addDevice("dev-1");
    REQUIRE(api.online("dev-1"));
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), api.port);
    REQUIRE(socket.waitForConnected(5000));
    const QByteArray body = R"({"/3/0/14":"+02:00"})";
    socket.write("PUT /api/v1/devices/dev-1/resources/3/0/14 HTTP/1.1\r\nHost: x\r\n"
                 "Authorization: Bearer " + api.token +
                 "\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: " +
                 QByteArray::number(body.size()) + "\r\n\r\n");
    QByteArray received;
    REQUIRE(waitUntil([&] {
        received += socket.readAll();
        return received.contains("100 Continue");
    }));
    socket.write(body);
    REQUIRE(waitUntil([&] {
        received += socket.readAll();
        return received.contains("204 No Content");
    }));
    const lwm2m::Value* written = device->objects().value(lwm2m::LwM2mPath(3, 0, 14));
    REQUIRE(written != nullptr);
    CHECK(*written == lwm2m::Value::string("+02:00"));
}

TEST_CASE("an answer arriving after the client left is dropped and the server keeps serving", "[api]")
{
    LiveApi api;
    const auto probe = api.addProbe("dev-1", "</1/0>,</3303/0>");
    const lwm2m::PathValues reading{{lwm2m::LwM2mPath(3303, 0, 5700), lwm2m::Value::floating(21.5), std::nullopt}};
    std::optional<coap::IncomingRequest> held;
    probe->setHandler([&](const coap::IncomingRequest& request) -> std::optional<coap::Answer> {
        if (!held) {
            held = request;
            return std::nullopt;
        }
        return probe->valuesAnswer(request, reading);
    });
    {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), api.port);
        REQUIRE(socket.waitForConnected(5000));
        socket.write("GET /api/v1/devices/dev-1/resources/3303/0/5700 HTTP/1.1\r\nHost: x\r\n"
                     "Authorization: Bearer " + api.token + "\r\n\r\n");
        REQUIRE(waitUntil([&] { return held.has_value(); }));
        socket.abort();
    }
    waitUntil([] { return false; }, std::chrono::milliseconds(100));
    REQUIRE(probe->context().respond(held->exchange, probe->valuesAnswer(*held, reading)).has_value());
    waitUntil([] { return false; }, std::chrono::milliseconds(100));

    CHECK(api.client->get(QStringLiteral("/api/v1/health")).status == 200);
    const HttpAnswer again = api.client->get(QStringLiteral("/api/v1/devices/dev-1/resources/3303/0/5700"));
    CHECK(again.status == 200);
    CHECK(again.json()["values"].toObject()["/3303/0/5700"].toDouble() == 21.5);
}
