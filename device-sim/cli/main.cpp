// hangar-sim: simulated LwM2M device fleets against any LwM2M 1.0/1.1/1.2 server.
#include "common/shutdown_signals.h"
#include "sim_options.h"

#include "fleet_credentials.h"
#include "fleet_plan.h"
#include "lwm2m/ddf_loader.h"
#include "lwm2m/object_registry.h"
#include "scenario/server_uri.h"
#include "simulator.h"

#include <QCoreApplication>

#include <cstdio>

using namespace hangar;
using namespace std::chrono_literals;

namespace {

/// How long the devices get to de-register after SIGINT/SIGTERM or the end of --duration.
constexpr auto kStopLimit = 10s;
/// Version fallbacks told one by one; the stats count the rest.
constexpr int kFallbacksTold = 20;

int failStartup(const std::string& message)
{
    std::fprintf(stderr, "hangar-sim: %s\n", message.c_str());
    return sim::kExitFailure;
}

void printStats(const devicesim::SimulatorStats& stats, bool json, bool final)
{
    if (json)
        std::printf("%s\n", devicesim::statsJson(stats, final).constData());
    else
        std::printf("%s%s\n", devicesim::formatStatsLine(stats).c_str(), final ? " (final)" : "");
    std::fflush(stdout);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hangar-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HANGAR_VERSION));

    sim::ParsedCommandLine parsed = sim::parseCommandLine(app.arguments());
    if (!parsed.options)
        return parsed.exitCode;
    sim::SimOptions& options = *parsed.options;
    if (auto resolved = devicesim::resolveServers(options.spec); !resolved)
        return failStartup(resolved.error().message);

    if (options.credentialsOut) {
        auto plan = devicesim::planFleet(options.spec);
        if (!plan)
            return failStartup(plan.error().message);
        const auto credentials = devicesim::fleetCredentials(options.spec, *plan);
        auto written = devicesim::writeCredentialFile(*options.credentialsOut, credentials,
                                                      devicesim::credentialFormatFor(*options.credentialsOut));
        if (!written)
            return failStartup(written.error().message);
        std::fprintf(stderr, "hangar-sim: wrote %zu PSK credentials to %s\n", credentials.size(),
                     options.credentialsOut->c_str());
    }

    lwm2m::ObjectRegistry registry;
    lwm2m::DdfLoader(registry).loadBuiltin();

    ShutdownSignals signals;
    if (!signals.ok())
        return failStartup("cannot install the SIGINT/SIGTERM handlers");

    devicesim::Simulator simulator(registry);
    simulator.setStatsInterval(options.statsInterval);
    const bool json = options.statsJson;
    QObject::connect(&simulator, &devicesim::Simulator::statsChanged, &app,
                     [json](const devicesim::SimulatorStats& stats) { printStats(stats, json, false); });
    QObject::connect(&simulator, &devicesim::Simulator::stopped, &app,
                     [json](const devicesim::SimulatorStats& stats) {
                         printStats(stats, json, true);
                         QCoreApplication::exit(sim::kExitOk);
                     });
    QObject::connect(&simulator, &devicesim::Simulator::lwm2mVersionFellBack, &app,
                     [told = 0](const devicesim::VersionFallback& fallback) mutable {
                         if (told < kFallbacksTold)
                             std::fprintf(stderr, "hangar-sim: %s\n", fallback.describe().c_str());
                         else if (told == kFallbacksTold)
                             std::fprintf(stderr, "hangar-sim: more devices step down to an older LwM2M version; "
                                                  "the stats count them (version fallbacks)\n");
                         ++told;
                     });
    QObject::connect(&signals, &ShutdownSignals::requested, &app, [&simulator](int) {
        if (simulator.state() == devicesim::SimulatorState::Running) {
            std::fprintf(stderr, "hangar-sim: stopping, de-registering every device (Ctrl-C again to quit at once)\n");
            simulator.stop(kStopLimit);
        } else {
            QCoreApplication::exit(sim::kExitFailure);
        }
    });

    const devicesim::FleetSpec& spec = options.spec;
    std::string summary = std::to_string(spec.deviceCount()) + " devices in " + std::to_string(spec.groups.size()) +
                          (spec.groups.size() == 1 ? " group" : " groups") + " against " +
                          (spec.server ? spec.server->uri() : std::string("the groups' servers"));
    if (spec.duration)
        summary += " for " + std::to_string(spec.duration->count()) + " s";
    if (auto started = simulator.start(spec); !started)
        return failStartup(started.error().message);
    std::fprintf(stderr, "hangar-sim: %s\n", summary.c_str());
    return QCoreApplication::exec();
}
