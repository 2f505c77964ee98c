#include "fake_api_fixture.h"

#include <QFileInfo>
#include <QJsonArray>

#include <sys/stat.h>

using namespace hangar;
using namespace hangar::api;
using namespace hangar::api::test;

TEST_CASE("requests without the bearer token are refused with 401 JSON", "[api]")
{
    FakeApi api;
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
    FakeApi api;
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
    FakeApi api;
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

TEST_CASE("a chunked body over the limit is answered 413", "[api]")
{
    ApiServerConfig config;
    config.maxBodyBytes = 1024;
    FakeApi api(config);
    api.engine.devices.push_back(FakeApi::device("dev-1"));
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
    CHECK(!api.engine.lastArguments.has_value());
}

TEST_CASE("Expect: 100-continue gets the interim answer and then the real one", "[api]")
{
    FakeApi api;
    api.engine.devices.push_back(FakeApi::device("dev-1"));
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
    REQUIRE(api.engine.lastWrittenValues.has_value());
    CHECK(api.engine.lastWrittenValues->at(0).value == lwm2m::Value::string("+02:00"));
}

TEST_CASE("an answer arriving after the client left is dropped and the server keeps serving", "[api]")
{
    FakeApi api;
    api.engine.devices.push_back(FakeApi::device("dev-1"));
    api.engine.holdCompletions = true;
    {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), api.port);
        REQUIRE(socket.waitForConnected(5000));
        socket.write("GET /api/v1/devices/dev-1/resources/3/0 HTTP/1.1\r\nHost: x\r\n"
                     "Authorization: Bearer " + api.token + "\r\n\r\n");
        REQUIRE(waitUntil([&] { return api.engine.lastReadOptions.has_value(); }));
        socket.abort();
    }
    waitUntil([] { return false; }, std::chrono::milliseconds(100));
    api.engine.holdCompletions = false;
    api.engine.releaseHeld();
    waitUntil([] { return false; }, std::chrono::milliseconds(100));
    CHECK(api.client->get(QStringLiteral("/api/v1/health")).status == 200);
}

TEST_CASE("device operation answers are written after the engine thread completes them", "[api]")
{
    FakeApi api;
    api.engine.devices.push_back(FakeApi::device("dev-1"));
    CHECK(api.client->get(QStringLiteral("/api/v1/devices/dev-1/resources/3/0")).status == 200);
    REQUIRE(!api.engine.completionThreads.empty());
    CHECK(api.engine.completionThreads.back() == api.engine.engineThread());
}
