#pragma once

#include "api/api_server.h"
#include "api/api_token.h"
#include "api_test_support.h"
#include "fake_engine.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>

namespace hangar::api::test {

/// An ApiServer on 127.0.0.1 (free port) over a FakeEngine, with a client holding the token.
struct FakeApi
{
    explicit FakeApi(ApiServerConfig config = {})
    {
        REQUIRE(dir.isValid());
        auto loaded = loadOrCreateApiToken(dir.path());
        REQUIRE(loaded.has_value());
        token = *loaded;
        server = std::make_unique<ApiServer>(engine, Authenticator(token), config);
        auto bound = server->listenOn(QHostAddress::LocalHost, 0);
        REQUIRE(bound.has_value());
        port = *bound;
        client = std::make_unique<ApiClient>(port, token);
    }

    static store::DeviceRecord device(std::string endpoint,
                                      store::DeviceStatus status = store::DeviceStatus::Registered)
    {
        store::DeviceRecord record;
        record.endpoint = std::move(endpoint);
        record.registrationId = "r1";
        record.lwm2mVersion = "1.1";
        record.lifetimeSec = 300;
        record.binding = "U";
        record.objectLinks = "</>;rt=\"oma.lwm2m\";ct=11542,</1/0>,</3/0>,</3303/0>,</3303/1>,</5>";
        record.status = status;
        record.registeredAtMs = 1'700'000'000'000;
        record.lastSeenMs = 1'700'000'060'000;
        return record;
    }

    QTemporaryDir dir;
    QByteArray token;
    FakeEngine engine;
    std::unique_ptr<ApiServer> server;
    quint16 port = 0;
    std::unique_ptr<ApiClient> client;
};

} // namespace hangar::api::test
