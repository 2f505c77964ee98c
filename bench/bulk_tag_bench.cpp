// bulk_tag_bench: what the Devices view's bulk Tags costs at N known devices through the real
// engine and the BulkActionRunner, as the view drives it: one setDeviceTags call per device (16
// in flight, the former way) versus batches of 1,000 devices per call (one at a time, the
// current way). Each run adds a new tag to every device, so every device changes.
// Usage: bulk_tag_bench [--devices N] (default 20,000)

#include "inventory/bulk_action_runner.h"
#include "services/gui_callback.h"

#include "engine/local_engine.h"
#include "store/sqlite_store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

using namespace hangar;

namespace {

[[noreturn]] void die(const std::string& message)
{
    std::fprintf(stderr, "bulk_tag_bench: %s\n", message.c_str());
    std::exit(1);
}

std::vector<std::string> seedDevices(const QString& dataDir, int count)
{
    auto opened = store::SqliteStore::open(
        {QDir(dataDir).filePath(QStringLiteral("hangar.db")).toStdString(), {}});
    if (!opened)
        die(opened.error().message);
    std::vector<std::string> endpoints;
    for (int i = 0; i < count; ++i) {
        store::DeviceRecord device;
        device.endpoint = "dev-" + std::to_string(100000 + i);
        device.status = store::DeviceStatus::Offline;
        device.lifetimeSec = 300;
        if (!(*opened)->enqueueDevice(device))
            die("device enqueue failed");
        endpoints.push_back(device.endpoint);
    }
    if (!(*opened)->flush())
        die("flush failed");
    return endpoints;
}

struct Run
{
    double ms = 0;
    int failed = 0;
};

Run timeRun(app::BulkActionRunner& runner, const std::function<void()>& start)
{
    QEventLoop loop;
    const auto connection =
        QObject::connect(&runner, &app::BulkActionRunner::finished, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    start();
    if (runner.running())
        loop.exec();
    QObject::disconnect(connection);
    return {static_cast<double>(clock.nsecsElapsed()) / 1e6, runner.failed()};
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    int devices = 20000;
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--devices") == 0)
            devices = std::atoi(argv[i + 1]);
    }
    QTemporaryDir dir;
    const std::vector<std::string> endpoints = seedDevices(dir.path(), devices);

    engine::EngineConfig config;
    config.dataDir = dir.path().toStdString();
    config.coap = engine::ListenAddress{"127.0.0.1", 0};
    auto started = engine::LocalEngine::start(config);
    if (!started)
        die(started.error().message);
    engine::Engine& engine = **started;
    app::BulkActionRunner runner;

    const auto tagWith = [&](std::size_t batchSize, const std::string& tag) {
        return timeRun(runner, [&] {
            const std::vector<std::string> add{tag};
            if (batchSize == 1) {
                runner.start(
                    endpoints, [&engine, &runner, add](const std::string& endpoint,
                                                       app::BulkActionRunner::Report report) {
                        engine.setDeviceTags(
                            {endpoint}, add, {},
                            app::onGui<std::size_t>(&runner, [report](Expected<std::size_t> r) {
                                report(r.has_value(), QString());
                            }));
                    });
            } else {
                runner.startBatches(
                    endpoints,
                    [&engine, &runner, add](const std::vector<std::string>& batch,
                                            app::BulkActionRunner::Report report) {
                        engine.setDeviceTags(
                            batch, add, {},
                            app::onGui<std::size_t>(&runner, [report](Expected<std::size_t> r) {
                                report(r.has_value(), QString());
                            }));
                    },
                    batchSize);
            }
        });
    };

    std::printf("bulk Tags on %d known devices (wall time until the last device's result)\n",
                devices);
    for (int round = 0; round < 2; ++round) {
        const Run single = tagWith(1, "one-" + std::to_string(round));
        const Run batched = tagWith(1000, "batch-" + std::to_string(round));
        std::printf("  round %d: one call per device, 16 in flight: %8.1f ms (%d failed)\n",
                    round + 1, single.ms, single.failed);
        std::printf("  round %d: 1,000 devices per call:           %8.1f ms (%d failed)\n",
                    round + 1, batched.ms, batched.failed);
    }
    return 0;
}
