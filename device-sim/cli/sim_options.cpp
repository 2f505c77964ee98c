#include "sim_options.h"

#include "fleet_credentials.h"
#include "fleet_plan.h"
#include "lwm2m_version.h"
#include "profiles/device_profile.h"
#include "scenario/scenario_loader.h"
#include "scenario/server_uri.h"

#include <QCommandLineParser>

#include <cmath>
#include <cstdio>

namespace hangar::sim {
namespace {

using devicesim::DeviceSecurity;
using devicesim::FleetSpec;
using devicesim::GroupSpec;
using devicesim::KeySource;

constexpr const char* kDefaultPrefix = "hangar-sim-";
constexpr std::uint32_t kMaxCount = 100000;

struct Flags
{
    QCommandLineOption server{QStringLiteral("server"),
                              QStringLiteral("LwM2M server URI: coap://HOST[:PORT] or coaps://HOST[:PORT]."),
                              QStringLiteral("URI")};
    QCommandLineOption count{QStringLiteral("count"), QStringLiteral("Number of devices to simulate."),
                             QStringLiteral("N")};
    QCommandLineOption profile{QStringLiteral("profile"),
                               QStringLiteral("Device profile (see --list-profiles); default: mixed, a plant's mix."),
                               QStringLiteral("NAME"), QString::fromLatin1(devicesim::kMixedProfileName.data(),
                                                                           static_cast<qsizetype>(devicesim::kMixedProfileName.size()))};
    QCommandLineOption scenario{QStringLiteral("scenario"),
                                QStringLiteral("Scenario file (JSON) describing the fleet, instead of --count/--profile."),
                                QStringLiteral("FILE")};
    QCommandLineOption prefix{QStringLiteral("endpoint-prefix"),
                              QStringLiteral("Endpoint name prefix (default hangar-sim-); with --scenario it is put "
                                             "in front of every group's names."),
                              QStringLiteral("P")};
    QCommandLineOption pskKey{QStringLiteral("psk-key"),
                              QStringLiteral("DTLS-PSK with this key (hex) for every device; identity = endpoint."),
                              QStringLiteral("HEX")};
    QCommandLineOption credentialsOut{
        QStringLiteral("credentials-out"),
        QStringLiteral("DTLS-PSK with a generated key per device; writes identities and keys (mode 0600) in the "
                       "format POST /api/v1/credentials/import takes: CSV, or JSON lines for *.jsonl."),
        QStringLiteral("FILE")};
    QCommandLineOption duration{QStringLiteral("duration"), QStringLiteral("Stop cleanly after this many seconds."),
                                QStringLiteral("SEC")};
    QCommandLineOption seed{QStringLiteral("seed"),
                            QStringLiteral("Seed for values, keys and faults; the same seed repeats a run (default 1)."),
                            QStringLiteral("N")};
    QCommandLineOption loss{QStringLiteral("loss"), QStringLiteral("Drop this percentage of datagrams (both ways)."),
                            QStringLiteral("PCT")};
    QCommandLineOption latency{QStringLiteral("latency"), QStringLiteral("Add this one-way latency to every datagram."),
                               QStringLiteral("MS")};
    QCommandLineOption lwm2mVersion{QStringLiteral("lwm2m-version"),
                                    QStringLiteral("LwM2M version the devices register as: 1.0, 1.1 (default) or 1.2; "
                                                   "a server that refuses it makes them step down 1.2 -> 1.1 -> 1.0."),
                                    QStringLiteral("VERSION")};
    QCommandLineOption statsInterval{QStringLiteral("stats-interval"),
                                     QStringLiteral("Seconds between stats lines (default 5)."), QStringLiteral("SEC")};
    QCommandLineOption statsJson{QStringLiteral("stats-json"),
                                 QStringLiteral("Print stats as one JSON object per line.")};
    QCommandLineOption listProfiles{QStringLiteral("list-profiles"),
                                    QStringLiteral("List the built-in device profiles and exit.")};
};

ParsedCommandLine usageError(const QString& message)
{
    std::fprintf(stderr, "hangar-sim: %s\nRun hangar-sim --help for the usage.\n", qPrintable(message));
    return ParsedCommandLine{std::nullopt, kExitUsage};
}

ParsedCommandLine usageError(const std::string& message)
{
    return usageError(QString::fromStdString(message));
}

void listProfiles()
{
    std::size_t width = devicesim::kMixedProfileName.size();
    for (const devicesim::DeviceProfile* profile : devicesim::builtinProfiles())
        width = std::max(width, profile->name.size());
    for (const devicesim::DeviceProfile* profile : devicesim::builtinProfiles())
        std::printf("%-*s  %s\n", static_cast<int>(width), profile->name.c_str(), profile->description.c_str());
    std::printf("%-*s  %s\n", static_cast<int>(width), std::string(devicesim::kMixedProfileName).c_str(),
                "a plant's mix of all of the above, interleaved (the default)");
}

std::optional<double> number(const QString& text, double min, double max)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < min || value > max)
        return std::nullopt;
    return value;
}

std::string escapeBraces(const std::string& text)
{
    std::string escaped;
    for (const char c : text) {
        escaped += c;
        if (c == '{' || c == '}')
            escaped += c;
    }
    return escaped;
}

/// The fleet of --count/--profile: one group of numbered devices.
std::optional<FleetSpec> flagFleet(const QCommandLineParser& parser, const Flags& flags, std::string& error)
{
    if (!parser.isSet(flags.count)) {
        error = "give --count N (with --profile NAME) or --scenario FILE";
        return std::nullopt;
    }
    bool ok = false;
    const uint count = parser.value(flags.count).toUInt(&ok);
    if (!ok || count == 0 || count > kMaxCount) {
        error = "--count \"" + parser.value(flags.count).toStdString() + "\": give a whole number from 1 to " +
                std::to_string(kMaxCount);
        return std::nullopt;
    }
    const std::string profile = parser.value(flags.profile).toStdString();
    if (profile != devicesim::kMixedProfileName && devicesim::findProfile(profile) == nullptr) {
        error = "--profile \"" + profile + "\": no such profile; run hangar-sim --list-profiles";
        return std::nullopt;
    }
    GroupSpec group;
    group.name = profile;
    group.profile = profile;
    group.count = count;
    const std::size_t digits = std::max<std::size_t>(4, std::to_string(count).size());
    group.endpointPattern = "{n:0" + std::to_string(digits) + "}";
    FleetSpec spec;
    spec.groups.push_back(std::move(group));
    return spec;
}

} // namespace

ParsedCommandLine parseCommandLine(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Simulated LwM2M 1.0, 1.1 and 1.2 device fleets against any LwM2M server.\n"
        "  hangar-sim --server URI (--count N [--profile NAME] | --scenario FILE) [options]\n"
        "Ctrl-C (SIGINT) or SIGTERM de-registers every device and exits 0. Exit code 2: bad flags or scenario."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const Flags flags;
    parser.addOptions({flags.server, flags.count, flags.profile, flags.scenario, flags.prefix, flags.pskKey,
                       flags.credentialsOut, flags.duration, flags.seed, flags.loss, flags.latency,
                       flags.lwm2mVersion, flags.statsInterval, flags.statsJson, flags.listProfiles});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return {std::nullopt, kExitOk};
    }
    if (parser.isSet(version)) {
        std::printf("hangar-sim %s\n", HANGAR_VERSION);
        return {std::nullopt, kExitOk};
    }
    if (parser.isSet(flags.listProfiles)) {
        listProfiles();
        return {std::nullopt, kExitOk};
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError("unexpected argument \"" + parser.positionalArguments().front() + "\"");

    SimOptions options;
    FleetSpec& spec = options.spec;
    if (parser.isSet(flags.scenario)) {
        if (parser.isSet(flags.count) || parser.isSet(flags.profile))
            return usageError(QStringLiteral("--scenario describes the fleet: leave out --count and --profile"));
        auto loaded = devicesim::loadScenario(parser.value(flags.scenario));
        if (!loaded)
            return usageError(loaded.error().message);
        spec = std::move(*loaded);
    } else {
        std::string error;
        auto fleet = flagFleet(parser, flags, error);
        if (!fleet)
            return usageError(error);
        spec = std::move(*fleet);
    }

    if (parser.isSet(flags.server)) {
        auto server = devicesim::parseServerUri(parser.value(flags.server).toStdString());
        if (!server)
            return usageError("--server: " + server.error().message);
        spec.server = *server;
        // Pointing a scenario elsewhere changes the host; a group on the other scheme (PSK
        // meters on coaps:// in a coap:// fleet) keeps its scheme and port on the new host.
        for (GroupSpec& group : spec.groups) {
            if (group.server && group.server->secure != server->secure) {
                group.server->host = server->host;
                group.server->address = server->address;
            } else {
                group.server.reset();
            }
        }
    } else if (!spec.server && std::any_of(spec.groups.begin(), spec.groups.end(),
                                           [](const GroupSpec& group) { return !group.server; })) {
        return usageError(QStringLiteral("give the LwM2M server with --server URI (e.g. coap://127.0.0.1:5683)"));
    }

    const std::string prefix =
        parser.isSet(flags.prefix) ? parser.value(flags.prefix).toStdString() : (parser.isSet(flags.scenario) ? "" : kDefaultPrefix);
    for (GroupSpec& group : spec.groups)
        group.endpointPattern = escapeBraces(prefix) + group.endpointPattern;

    if (parser.isSet(flags.seed)) {
        bool ok = false;
        spec.seed = parser.value(flags.seed).toULongLong(&ok);
        if (!ok)
            return usageError("--seed \"" + parser.value(flags.seed) + "\": give a whole number");
    }
    if (parser.isSet(flags.duration)) {
        const auto seconds = number(parser.value(flags.duration), 1.0, 366.0 * 24 * 3600);
        if (!seconds)
            return usageError("--duration \"" + parser.value(flags.duration) + "\": give seconds, at least 1");
        spec.duration = std::chrono::seconds(static_cast<std::int64_t>(*seconds));
    }
    if (parser.isSet(flags.loss)) {
        const auto percent = number(parser.value(flags.loss), 0.0, 100.0);
        if (!percent)
            return usageError("--loss \"" + parser.value(flags.loss) + "\": give a percentage from 0 to 100");
        for (GroupSpec& group : spec.groups)
            group.faults.network.lossPercent = *percent;
    }
    if (parser.isSet(flags.latency)) {
        const auto ms = number(parser.value(flags.latency), 0.0, 600000.0);
        if (!ms)
            return usageError("--latency \"" + parser.value(flags.latency) + "\": give milliseconds from 0 to 600000");
        for (GroupSpec& group : spec.groups)
            group.faults.network.latency = std::chrono::milliseconds(static_cast<std::int64_t>(*ms));
    }
    if (parser.isSet(flags.lwm2mVersion)) {
        const std::string wanted = parser.value(flags.lwm2mVersion).toStdString();
        if (!devicesim::isSimulatedLwm2mVersion(wanted))
            return usageError("--lwm2m-version \"" + wanted + "\": give 1.0, 1.1 or 1.2");
        for (GroupSpec& group : spec.groups)
            group.lwm2mVersion = wanted;
    }
    if (parser.isSet(flags.statsInterval)) {
        const auto seconds = number(parser.value(flags.statsInterval), 0.05, 86400.0);
        if (!seconds)
            return usageError("--stats-interval \"" + parser.value(flags.statsInterval) +
                              "\": give seconds, at least 0.05");
        options.statsInterval = std::chrono::milliseconds(static_cast<std::int64_t>(*seconds * 1000.0));
    }
    options.statsJson = parser.isSet(flags.statsJson);

    if (parser.isSet(flags.pskKey) && parser.isSet(flags.credentialsOut))
        return usageError(QStringLiteral("--psk-key and --credentials-out exclude each other: one key for all "
                                         "devices, or a generated key per device"));
    if (parser.isSet(flags.pskKey)) {
        auto key = devicesim::parsePskHex(parser.value(flags.pskKey).toStdString());
        if (!key)
            return usageError("--psk-key: " + key.error().message);
        for (GroupSpec& group : spec.groups) {
            group.security.mode = DeviceSecurity::Psk;
            group.security.keys = KeySource::Shared;
            group.security.sharedKey = *key;
        }
    }
    if (parser.isSet(flags.credentialsOut)) {
        options.credentialsOut = parser.value(flags.credentialsOut).toStdString();
        for (GroupSpec& group : spec.groups) {
            if (group.security.mode != DeviceSecurity::Psk) {
                group.security.mode = DeviceSecurity::Psk;
                group.security.keys = KeySource::Derived;
            }
        }
    }
    const bool pskFlag = parser.isSet(flags.pskKey) || parser.isSet(flags.credentialsOut);
    for (const GroupSpec& group : spec.groups) {
        const devicesim::ServerAddress* server = group.server ? &*group.server : spec.server ? &*spec.server : nullptr;
        if (server == nullptr)
            continue;
        const bool psk = group.security.mode == DeviceSecurity::Psk;
        if (psk && !server->secure && (pskFlag || !parser.isSet(flags.scenario)))
            return usageError(std::string(parser.isSet(flags.pskKey) ? "--psk-key" : "--credentials-out") +
                              " makes the devices use DTLS-PSK, which needs a coaps:// server, but the server is " +
                              server->uri());
        if (!psk && server->secure && !parser.isSet(flags.scenario))
            return usageError("the coaps:// server " + server->uri() +
                              " needs DTLS-PSK devices: add --psk-key HEX or --credentials-out FILE");
    }
    if (auto valid = devicesim::validateFleet(spec, true); !valid)
        return usageError((spec.source.empty() ? std::string() : spec.source + ": ") + valid.error().message);
    return {std::move(options), kExitOk};
}

} // namespace hangar::sim
