#include "services/app_services.h"
#include "services/simulator_host.h"

#include "engine/local_engine.h"
#include "lwm2m/ddf_loader.h"

#include "event_loop_wait.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace hangar;
using namespace std::chrono_literals;

TEST_CASE("a query runs off the GUI thread and reports on it", "[app]")
{
    QTemporaryDir dir;
    engine::EngineConfig config;
    config.dataDir = dir.path().toStdString();
    config.coap = engine::ListenAddress{"127.0.0.1", 0};
    config.coaps = std::nullopt;
    config.transport.plainListenShards = 2;
    auto started = engine::LocalEngine::start(config);
    REQUIRE(started.has_value());
    app::SimulatorHost simulator((*started)->models());
    app::AppServices services(**started, simulator);
    QObject receiver;
    Qt::HANDLE workerThread = nullptr;
    std::optional<int> answer;
    services.query<int>(
        &receiver,
        [&workerThread] {
            workerThread = QThread::currentThreadId();
            return 42;
        },
        [&answer](int value) { answer = value; });
    REQUIRE(hangar::test::waitFor([&] { return answer.has_value(); }, 5000ms));
    CHECK(*answer == 42);
    CHECK(workerThread != QThread::currentThreadId());
}
