// hangar: the desktop application. Starts the engine, the REST API and the embedded simulator,
// then the main window; everything else lives in hangar_app.
#include "coap/file_limit.h"
#include "common/shutdown_signals.h"
#include "engine/local_engine.h"
#include "services/app_services.h"
#include "services/simulator_host.h"
#include "settings/app_settings.h"
#include "settings/endpoint_text.h"
#include "shell/api_host.h"
#include "shell/language.h"
#include "shell/main_window.h"
#include "shell/startup_messages.h"
#include "shell/startup_options.h"
#include "simulator/first_run.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace hangar;
using namespace hangar::app;

namespace {

constexpr int kExitFailure = 1;
constexpr int kSimulatorStopLimitMs = 5000;

std::optional<engine::ListenAddress> listenAddress(const std::optional<EndpointText>& endpoint, bool anyPort)
{
    if (!endpoint)
        return std::nullopt;
    return engine::ListenAddress{endpoint->host.toStdString(), anyPort ? std::uint16_t{0} : endpoint->port};
}

/// Stops a running simulated fleet with a clean de-registration, bounded in time.
void stopSimulator(SimulatorHost& simulator)
{
    if (simulator.state() == devicesim::SimulatorState::Idle)
        return;
    QEventLoop loop;
    QObject::connect(&simulator, &SimulatorHost::stopped, &loop, &QEventLoop::quit);
    QTimer::singleShot(kSimulatorStopLimitMs, &loop, &QEventLoop::quit);
    simulator.stop();
    loop.exec();
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Hangar"));
    QCoreApplication::setApplicationName(QStringLiteral("hangar"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HANGAR_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Hangar"));
    QGuiApplication::setDesktopFileName(QStringLiteral("hangar"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/hangar.svg")));

    // SIGTERM (logout, systemd) and Ctrl+C close the window normally: settings saved, store flushed.
    ShutdownSignals signals;
    QObject::connect(&signals, &ShutdownSignals::requested, &app, [](int) { QApplication::closeAllWindows(); });

    AppSettings settings;
    const ParsedStartup parsed = parseStartupOptions(app.arguments(), settings);
    if (!parsed.options)
        return parsed.exitCode;
    const StartupOptions& options = *parsed.options;

    Language language(settings);
    if (options.language.isEmpty())
        language.applyForThisRun(settings.language());
    else
        language.applyForThisRun(options.language);

    if (!QDir().mkpath(options.dataDir)) {
        reportStartupFailure(StartupStep::DataDir,
                             options.dataDir.toStdString() + ": check the path and its permissions");
        return kExitFailure;
    }
    const QString dataDir = QDir(options.dataDir).absolutePath();

    // Every simulated device and every DTLS peer is a socket.
    coap::raiseOpenFileLimit();

    bool anyPort = false;
    std::unique_ptr<engine::LocalEngine> engine;
    while (!engine) {
        engine::EngineConfig config;
        config.dataDir = dataDir.toStdString();
        config.coap = listenAddress(options.coap, anyPort);
        config.coaps = listenAddress(options.coaps, anyPort);
        config.allowInsecureCoap = options.coapGivenByUser;
        auto started = engine::LocalEngine::start(config);
        if (started) {
            engine = std::move(*started);
            break;
        }
        if (anyPort || !offerAutomaticPorts(StartupStep::Engine, started.error().message)) {
            if (anyPort)
                reportStartupFailure(StartupStep::Engine, started.error().message);
            return kExitFailure;
        }
        anyPort = true;
    }

    std::unique_ptr<ApiHost> api;
    if (options.api) {
        api = std::make_unique<ApiHost>(*engine, dataDir);
        bool apiAnyPort = anyPort;
        while (true) {
            const auto listening = api->start(QHostAddress(options.api->host), apiAnyPort ? 0 : options.api->port);
            if (listening)
                break;
            if (apiAnyPort || !offerAutomaticPorts(StartupStep::Api, listening.error().message)) {
                if (apiAnyPort)
                    reportStartupFailure(StartupStep::Api, listening.error().message);
                return kExitFailure;
            }
            apiAnyPort = true;
        }
    }

    ShellContext context;
    context.settings = &settings;
    context.language = &language;
    context.api = api.get();
    context.dataDir = dataDir;
    if (options.coap)
        context.endpoints.coapHost = options.coap->host;
    context.endpoints.coapPort = engine->coapPort();
    if (options.coaps)
        context.endpoints.coapsHost = options.coaps->host;
    context.endpoints.coapsPort = engine->coapsPort();

    int code = 0;
    {
        SimulatorHost simulator(engine->models());
        AppServices services(*engine, simulator);
        {
            MainWindow window(services, context);
            window.show();
            if (options.startDemo) {
                settings.setDemoOffered(true);
                QTimer::singleShot(0, &window, [&services, &window, &context] {
                    startDemoFleet(services, context.endpoints.coapPort, context.endpoints.coapsPort, &window);
                });
            } else if (!options.noDemo && !settings.demoOffered()) {
                settings.setDemoOffered(true);
                QTimer::singleShot(0, &window, [&services, &window, &context] {
                    offerDemoFleet(services, context.endpoints.coapPort, context.endpoints.coapsPort, &window);
                });
            }
            code = QApplication::exec();
            stopSimulator(simulator);
        }
        services.waitForQueries();
    }
    api.reset();
    if (const auto flushed = engine->flushStore(); !flushed)
        std::fprintf(stderr, "hangar: could not flush the store: %s\n", flushed.error().message.c_str());
    engine.reset();
    return code;
}
