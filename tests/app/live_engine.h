#pragma once

// A real engine on loopback (temp data dir, plain CoAP on a free port) and the app services the
// views use: what most GUI tests start from.

#include "services/app_services.h"
#include "services/simulator_host.h"

#include "engine/local_engine.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <chrono>
#include <memory>

namespace hangar::app::test {

/// An engine on `dataDir` (with whatever a test stored there before), plain CoAP on a free
/// loopback port, DTLS only with `coaps` and then on a free port too (never the default 5684:
/// test processes run side by side).
inline std::unique_ptr<engine::LocalEngine> startLoopbackEngine(const QString& dataDir, bool coaps = false)
{
    using namespace std::chrono_literals;
    engine::EngineConfig config;
    config.dataDir = dataDir.toStdString();
    config.coap = engine::ListenAddress{"127.0.0.1", 0};
    config.coaps = coaps ? std::optional(engine::ListenAddress{"127.0.0.1", 0}) : std::nullopt;
    config.transport.plainListenShards = 2;
    config.minimumLifetime = 1s;
    auto started = engine::LocalEngine::start(config);
    INFO((started ? std::string() : started.error().message));
    REQUIRE(started.has_value());
    return std::move(*started);
}

struct LiveEngine
{
    QTemporaryDir dir;
    std::unique_ptr<engine::LocalEngine> engine;
    std::unique_ptr<SimulatorHost> host;
    std::unique_ptr<AppServices> services;

    explicit LiveEngine(bool coaps = false)
    {
        engine = startLoopbackEngine(dir.path(), coaps);
        host = std::make_unique<SimulatorHost>(engine->models());
        services = std::make_unique<AppServices>(*engine, *host);
    }
};

} // namespace hangar::app::test
