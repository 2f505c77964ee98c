// hangar: the desktop application. Starts the engine, the REST API and the embedded simulator,
// then the main window; everything else lives in hangar_app.
#include "coap/file_limit.h"
#include "common/shutdown_signals.h"
#include "engine/local_engine.h"
#include "services/app_services.h"
#include "services/simulator_host.h"
#include "settings/app_settings.h"
#include "shell/api_host.h"
#include "shell/display_check.h"
#include "shell/language.h"
#include "shell/main_window.h"
#include "shell/startup_messages.h"
#include "shell/startup_options.h"
#include "shell/startup_sequence.h"
#include "shell/store_upgrade.h"
#include "simulator/first_run.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QIcon>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace hangar;
using namespace hangar::app;

namespace {

constexpr int kExitFailure = 1;
constexpr int kSimulatorStopLimitMs = 5000;

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

QStringList commandLine(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Hangar"));
    QCoreApplication::setApplicationName(QStringLiteral("hangar"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HANGAR_VERSION));

    // Flags first, before anything needs a display: --help, --version and bad flags work on a
    // server or over ssh.
    AppSettings settings;
    const ParsedStartup parsed = parseStartupOptions(commandLine(argc, argv), settings);
    if (!parsed.options)
        return parsed.exitCode;
    const StartupOptions& options = *parsed.options;
    if (const QString noDisplay = missingDisplayReason(options.qtPlatformGiven); !noDisplay.isEmpty()) {
        std::fprintf(stderr, "hangar: %s\n", qPrintable(noDisplay));
        return kExitFailure;
    }

    std::unique_ptr<QApplication> application;
    {
        const PlatformFailureGuard guard;
        application = std::make_unique<QApplication>(argc, argv);
    }
    QApplication& app = *application;
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Hangar"));
    QGuiApplication::setDesktopFileName(QStringLiteral("hangar"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/hangar.svg")));

    // SIGTERM (logout, systemd) and Ctrl+C close the window normally: settings saved, store flushed.
    ShutdownSignals signals;
    QObject::connect(&signals, &ShutdownSignals::requested, &app, [](int) { QApplication::closeAllWindows(); });

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

    // An older database is migrated before the engine starts, behind a progress dialog: a large
    // one takes minutes. A failure is reported by the engine's start below.
    if (const StoreUpgrade upgrade = upgradeStore(dataDir); upgrade.outcome == StoreUpgrade::Outcome::Cancelled) {
        std::fprintf(stderr, "hangar: %s\n", qPrintable(upgrade.error));
        return kExitFailure;
    }

    const StartupPrompts prompts;
    StartedEngine started = startEngine(options, dataDir, prompts);
    if (!started.engine)
        return kExitFailure;
    std::unique_ptr<engine::LocalEngine> engine = std::move(started.engine);
    auto apiStarted = startApi(*engine, options, dataDir, started.automaticPorts, prompts);
    if (!apiStarted)
        return kExitFailure;
    std::unique_ptr<ApiHost> api = std::move(*apiStarted);

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
