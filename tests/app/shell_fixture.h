#pragma once

// A running app without main(): a real engine on 127.0.0.1 (ports chosen by the system), the
// REST API, the embedded simulator host, settings in a temporary INI file and the language.
#include "engine/local_engine.h"
#include "services/app_services.h"
#include "services/simulator_host.h"
#include "settings/app_settings.h"
#include "shell/api_host.h"
#include "shell/language.h"
#include "shell/shell_context.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>

namespace hangar::test {

struct ShellFixture
{
    QTemporaryDir dir;
    std::unique_ptr<engine::LocalEngine> engine;
    std::unique_ptr<app::SimulatorHost> simulator;
    std::unique_ptr<app::AppServices> services;
    std::unique_ptr<app::AppSettings> settings;
    std::unique_ptr<app::Language> language;
    std::unique_ptr<app::ApiHost> api;
    app::ShellContext context;

    /// `dataDir` empty: a fresh one inside `dir`.
    explicit ShellFixture(const QString& dataDir = {})
    {
        engine::EngineConfig config;
        config.dataDir =
            (dataDir.isEmpty() ? dir.filePath(QStringLiteral("data")) : dataDir).toStdString();
        config.coap = engine::ListenAddress{"127.0.0.1", 0};
        config.coaps = std::nullopt;
        config.transport.plainListenShards = 2;
        config.minimumLifetime = std::chrono::seconds(1);
        auto started = engine::LocalEngine::start(config);
        REQUIRE(started.has_value());
        engine = std::move(*started);
        simulator = std::make_unique<app::SimulatorHost>(engine->models());
        services = std::make_unique<app::AppServices>(*engine, *simulator);
        settings = std::make_unique<app::AppSettings>(dir.filePath(QStringLiteral("hangar.ini")));
        language = std::make_unique<app::Language>(*settings);
        api = std::make_unique<app::ApiHost>(*engine, QString::fromStdString(config.dataDir));
        REQUIRE(api->start(QHostAddress::LocalHost, 0).has_value());

        context.settings = settings.get();
        context.language = language.get();
        context.api = api.get();
        context.dataDir = QString::fromStdString(config.dataDir);
        context.endpoints.coapHost = QStringLiteral("127.0.0.1");
        context.endpoints.coapPort = engine->coapPort();
    }

    ~ShellFixture()
    {
        language->applyForThisRun(QStringLiteral("en"));
        services->waitForQueries();
    }
};

} // namespace hangar::test
