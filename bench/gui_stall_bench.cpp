// gui_stall_bench: the longest stall of the GUI thread while 10,000 simulated devices register
// at once with the embedded engine (a registration storm). The real main window runs on the
// offscreen platform with the Devices view shown; a 1 ms timer on the GUI thread records the gap
// between its ticks. Target: longest stall <= 100 ms. `--quick` uses 2,000 devices, `--devices N`
// any number that fits this process's open-file limit (one socket per simulated device).
#include "coap/file_limit.h"
#include "engine/local_engine.h"
#include "inventory/device_filter.h"
#include "inventory/device_table_model.h"
#include "inventory/devices_view.h"
#include "services/app_services.h"
#include "services/simulator_host.h"
#include "settings/app_settings.h"
#include "shell/language.h"
#include "shell/main_window.h"
#include "simulator/fleet_launcher.h"
#include "simulator/fleet_request.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

using namespace hangar;

namespace {

constexpr double kTargetStallMs = 100.0;
constexpr int kStormLimitMs = 180'000;
constexpr int kSettleMs = 3000;

/// Gaps between ticks of a 1 ms timer on the GUI thread: each gap beyond 1 ms is time the
/// event loop could not run.
class Heartbeat
{
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_gapsMs.push_back(static_cast<double>(now - m_lastNs) / 1e6);
            m_lastNs = now;
        });
    }
    void start()
    {
        m_gapsMs.clear();
        m_clock.start();
        m_lastNs = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double longestMs() const { return m_gapsMs.empty() ? 0 : *std::max_element(m_gapsMs.begin(), m_gapsMs.end()); }
    double percentileMs(double p) const
    {
        if (m_gapsMs.empty())
            return 0;
        std::vector<double> sorted = m_gapsMs;
        std::sort(sorted.begin(), sorted.end());
        const auto index = static_cast<std::size_t>(p * static_cast<double>(sorted.size() - 1));
        return sorted[index];
    }
    std::size_t ticks() const { return m_gapsMs.size(); }
    std::size_t gapsOver(double ms) const
    {
        return static_cast<std::size_t>(std::count_if(m_gapsMs.begin(), m_gapsMs.end(), [ms](double gap) { return gap > ms; }));
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    std::vector<double> m_gapsMs;
};

std::string format(const char* pattern, double a, double b = 0)
{
    char text[128];
    std::snprintf(text, sizeof(text), pattern, a, b);
    return text;
}

void row(const std::string& measure, const std::string& figure, const std::string& target = "",
         const char* verdict = "")
{
    std::printf("%-50s %-30s %-14s %s\n", measure.c_str(), figure.c_str(), target.c_str(), verdict);
}

/// Runs the event loop until `done()` or `limitMs`; true when done.
template <typename Predicate>
bool runUntil(Predicate done, int limitMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < limitMs) {
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return done();
}

} // namespace

int main(int argc, char* argv[])
{
    std::uint32_t devices = 10'000;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--quick") == 0) {
            devices = 2'000;
        } else if (std::strcmp(argv[i], "--devices") == 0 && i + 1 < argc) {
            devices = static_cast<std::uint32_t>(std::max(1L, std::strtol(argv[++i], nullptr, 10)));
        } else {
            std::fprintf(stderr, "usage: gui_stall_bench [--quick] [--devices N]\n");
            return 2;
        }
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    coap::raiseOpenFileLimit();

    QTemporaryDir dir;
    engine::EngineConfig config;
    config.dataDir = dir.filePath(QStringLiteral("data")).toStdString();
    config.coap = engine::ListenAddress{"127.0.0.1", 0};
    config.coaps = std::nullopt;
    auto started = engine::LocalEngine::start(config);
    if (!started) {
        std::fprintf(stderr, "gui_stall_bench: the engine did not start: %s\n", started.error().message.c_str());
        return 1;
    }
    std::unique_ptr<engine::LocalEngine> engine = std::move(*started);
    app::SimulatorHost simulator(engine->models());
    app::AppServices services(*engine, simulator);
    app::AppSettings settings(dir.filePath(QStringLiteral("hangar.ini")));
    app::Language language(settings);
    app::ShellContext context;
    context.settings = &settings;
    context.language = &language;
    context.dataDir = QString::fromStdString(config.dataDir);
    context.endpoints.coapHost = QStringLiteral("127.0.0.1");
    context.endpoints.coapPort = engine->coapPort();

    int code = 0;
    {
        app::MainWindow window(services, context);
        window.resize(1280, 800);
        window.show();
        window.showPage(app::PageId::Devices);
        runUntil([] { return false; }, 500); // let the first queries settle

        Heartbeat heartbeat;
        heartbeat.start();
        QElapsedTimer storm;
        storm.start();

        app::ProfileFleetOptions options;
        options.count = devices;
        options.endpointPrefix = "storm";
        options.devicesPerSec = 0.0; // every device at once
        devicesim::FleetSpec spec = app::profileFleet(options);
        for (devicesim::GroupSpec& group : spec.groups)
            group.relay = false; // no fault relay: the devices talk to the engine directly
        app::FleetTarget target;
        target.coapPort = engine->coapPort();
        app::FleetLauncher launcher(services);
        QString failure;
        QObject::connect(&launcher, &app::FleetLauncher::failed, &launcher,
                         [&failure](const QString& message) { failure = message; });
        launcher.launch(spec, target);

        std::int64_t online = 0;
        bool polling = false;
        QTimer poll;
        poll.setInterval(200);
        QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
            if (polling)
                return;
            polling = true;
            services.query<engine::EngineHealth>(
                &poll, [&engine] { return engine->health(); },
                [&](engine::EngineHealth health) {
                    polling = false;
                    online = health.devicesOnline;
                });
        });
        poll.start();
        runUntil([&] { return online >= devices || !failure.isEmpty(); }, kStormLimitMs);
        const bool all = online >= devices; // a fleet that failed to start is not "met"
        const double stormSec = static_cast<double>(storm.elapsed()) / 1000.0;
        auto* devicesView = window.findChild<app::DevicesView*>();
        const auto shown = [&] { return devicesView != nullptr && devicesView->model().totalCount() >= static_cast<int>(devices); };
        runUntil(shown, kStormLimitMs);
        const double shownSec = static_cast<double>(storm.elapsed()) / 1000.0;
        const bool allShown = shown();
        runUntil([] { return false; }, kSettleMs); // the inventory catches up with the last batch
        heartbeat.stop();
        // Filter and sort on the live model, with the view reacting (as inventory_bench does).
        std::vector<double> filterMs;
        std::vector<double> sortMs;
        if (devicesView != nullptr) {
            app::DeviceTableModel& model = devicesView->model();
            const auto timed = [](auto work) {
                QElapsedTimer clock;
                clock.start();
                work();
                QCoreApplication::processEvents();
                return static_cast<double>(clock.nsecsElapsed()) / 1e6;
            };
            const QString query = QStringLiteral("status:online storm-1");
            for (qsizetype length = 1; length <= query.size(); ++length)
                filterMs.push_back(timed([&] { model.setFilter(app::parseDeviceFilter(query.left(length))); }));
            filterMs.push_back(timed([&] { model.setFilter({}); }));
            for (int column = 0; column < app::kDeviceColumnCount; ++column)
                for (const auto order : {Qt::AscendingOrder, Qt::DescendingOrder})
                    sortMs.push_back(timed([&] { model.sort(column, order); }));
        }
        poll.stop();

        std::printf("gui_stall_bench: %u devices registering at once with the embedded engine, main window "
                    "offscreen on the Devices view\n",
                    devices);
        if (!failure.isEmpty())
            std::printf("note: the fleet did not start: %s\n", qPrintable(failure));
        std::printf("\n%-50s %-30s %-14s %s\n", "measure", "figure", "target", "");
        std::printf("%s\n", std::string(100, '-').c_str());
        const double longest = heartbeat.longestMs();
        row("GUI thread longest stall during the storm", format("%.1f ms", longest),
            format("<= %.0f ms", kTargetStallMs), longest <= kTargetStallMs ? "met" : "MISSED");
        row("GUI thread heartbeat gap p99", format("%.1f ms", heartbeat.percentileMs(0.99)));
        row("GUI thread heartbeat gap p50", format("%.2f ms", heartbeat.percentileMs(0.5)));
        row("heartbeat gaps over 50 ms", format("%.0f of %.0f ticks", static_cast<double>(heartbeat.gapsOver(50)),
                                                static_cast<double>(heartbeat.ticks())));
        row("devices online", format("%.0f of %.0f", static_cast<double>(online), devices),
            "all", all ? "met" : "MISSED");
        row("time until every device was online", format("%.1f s", stormSec));
        row("time until the inventory showed every device", format("%.1f s", shownSec), "all",
            allShown ? "met" : "MISSED");
        const auto largest = [](const std::vector<double>& values) {
            return values.empty() ? 0.0 : *std::max_element(values.begin(), values.end());
        };
        row("live model: filter per keystroke, max", format("%.1f ms", largest(filterMs)), format("<= %.0f ms", kTargetStallMs),
            largest(filterMs) <= kTargetStallMs ? "met" : "MISSED");
        row("live model: sort any column, max", format("%.1f ms", largest(sortMs)), format("<= %.0f ms", kTargetStallMs),
            largest(sortMs) <= kTargetStallMs ? "met" : "MISSED");
        std::fflush(stdout);
        code = all ? 0 : 1;

        if (simulator.state() != devicesim::SimulatorState::Idle) {
            QEventLoop stopLoop;
            QObject::connect(&simulator, &app::SimulatorHost::stopped, &stopLoop, &QEventLoop::quit);
            QTimer::singleShot(20'000, &stopLoop, &QEventLoop::quit);
            simulator.stop();
            stopLoop.exec();
        }
    }
    services.waitForQueries();
    return code;
}
