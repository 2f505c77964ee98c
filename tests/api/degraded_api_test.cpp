// The REST API over an engine whose disk fills up (a 2 MiB tmpfs filled during the test;
// skipped with a warning where the test cannot mount one).

#include "api/api_server.h"
#include "api/api_token.h"
#include "api_test_support.h"
#include "engine/local_engine.h"
#include "small_disk.h"

#include <catch2/catch.hpp>

using namespace hangar;
using namespace hangar::api;
using namespace hangar::api::test;
using hangar::test::SmallDisk;

namespace {

QByteArray credentialBody(const QString& identity)
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("pskIdentity"), identity},
                           {QStringLiteral("pskKey"), QStringLiteral("00112233445566778899")}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

TEST_CASE(
    "on a full disk /health says degraded with the reason, waiting calls get 507 at once, and both "
    "recover when space returns",
    "[api][disk]")
{
    SmallDisk disk;
    if (!disk.mounted()) {
        WARN("skipped: " << disk.problem());
        return;
    }
    engine::EngineConfig config;
    config.dataDir = disk.path().toStdString();
    config.coap = engine::ListenAddress{"127.0.0.1", 0};
    auto started = engine::LocalEngine::start(config);
    REQUIRE(started.has_value());
    std::unique_ptr<engine::LocalEngine> engine = std::move(*started);
    const auto token = loadOrCreateApiToken(disk.path());
    REQUIRE(token.has_value());
    ApiServer server(*engine, Authenticator(*token));
    const auto port = server.listenOn(QHostAddress::LocalHost, 0);
    REQUIRE(port.has_value());
    ApiClient client(*port, *token);

    const HttpAnswer healthy = client.get(QStringLiteral("/api/v1/health"));
    REQUIRE(healthy.status == 200);
    CHECK(healthy.json().value(QStringLiteral("status")).toString() == QStringLiteral("ok"));

    REQUIRE(disk.fill());
    // The WAL may still take a few commits; each answer comes at once either way.
    HttpAnswer refused;
    for (int i = 0; i < 500; ++i) {
        const QString endpoint = QStringLiteral("probe-%1").arg(i);
        refused =
            client.sendWith("PUT", QStringLiteral("/api/v1/devices/%1/credentials").arg(endpoint),
                            credentialBody(QStringLiteral("id-") + endpoint), "application/json",
                            "Bearer " + *token, std::chrono::seconds(5));
        if (refused.status != 204)
            break;
    }
    CHECK(refused.status == 507);
    CHECK(refused.errorMessage().contains(QStringLiteral("disk full")));

    REQUIRE(waitUntil([&] { return client.get(QStringLiteral("/api/v1/health")).status == 503; }));
    const HttpAnswer degraded = client.get(QStringLiteral("/api/v1/health"));
    CHECK(degraded.json().value(QStringLiteral("status")).toString() == QStringLiteral("degraded"));
    CHECK(degraded.json()
              .value(QStringLiteral("reason"))
              .toString()
              .contains(QStringLiteral("disk is full")));
    CHECK(degraded.json().value(QStringLiteral("diskFull")).toBool());
    // Further changes are refused at once, never with 429.
    const HttpAnswer again =
        client.sendWith("PUT", QStringLiteral("/api/v1/devices/late-1/credentials"),
                        credentialBody(QStringLiteral("id-late-1")), "application/json",
                        "Bearer " + *token, std::chrono::seconds(5));
    CHECK(again.status == 507);

    disk.freeSpace();
    REQUIRE(waitUntil([&] { return client.get(QStringLiteral("/api/v1/health")).status == 200; },
                      std::chrono::seconds(15)));
    CHECK(client.get(QStringLiteral("/api/v1/health"))
              .json()
              .value(QStringLiteral("status"))
              .toString() == QStringLiteral("ok"));
    const HttpAnswer accepted =
        client.send("PUT", QStringLiteral("/api/v1/devices/late-1/credentials"),
                    credentialBody(QStringLiteral("id-late-1")));
    CHECK(accepted.status == 204);
}
