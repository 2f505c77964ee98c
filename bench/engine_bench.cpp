// engine_bench: the real engine (LocalEngine: CoAP + DTLS-PSK endpoints, SQLite store) in this
// process, load generators on loopback, and one table of what it sustains:
//   (a) registrations/s, plain CoAP (raw sockets, hand-encoded Register) and DTLS-PSK
//       (libcoap client sessions, handshake included);
//   (b) Observe notifications persisted/s with p50/p99 latency from send to durable, NON and
//       CON, and the loss (sent versus samples read back through the facade);
//   (c) the raw UDP loopback round-trip ceiling measured in the same run, and the ratios;
//   (d) engine memory per registered device at 10k and N registrations;
//   (e) GET /api/v1/devices page latency at N devices through the real REST API.
//
// Usage: engine_bench [--quick] [--devices N] [--psk N] [--shards N] [--only
// registrations|notifications|memory|api]
//                     [--payload senml-cbor|text] [--seconds S] [--keep-data]
// Memory method: the generator closes each device's socket once its 2.01 arrived and keeps no
// per-device state, so the resident-memory growth of the process (smaps_rollup, after
// malloc_trim and a store flush) over the baseline taken just before the registrations is the
// engine's (registrations, sessions, store caches).

#include "engine_bench/api_load.h"
#include "engine_bench/loopback_sockets.h"
#include "engine_bench/notification_load.h"
#include "engine_bench/plain_registrar.h"
#include "engine_bench/process_memory.h"
#include "engine_bench/psk_registrar.h"
#include "engine_bench/udp_echo.h"

#include "api/api_server.h"
#include "coap/file_limit.h"
#include "api/api_token.h"
#include "engine/local_engine.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QTemporaryDir>

#include <atomic>
#include <cstdio>
#include <set>
#include <string>
#include <thread>

using namespace hangar;
using namespace hangar::bench;
using namespace std::chrono_literals;

namespace {

struct Options
{
    bool quick = false;
    std::uint64_t devices = 100'000;
    std::uint64_t firstMemoryPoint = 10'000;
    std::uint64_t pskDevices = 2'000;
    int notificationDevices = 200;
    std::chrono::milliseconds notificationTime{5000};
    std::chrono::milliseconds echoTime{2000};
    int apiRequests = 200;
    PayloadKind payload = PayloadKind::SenmlCbor;
    std::set<std::string> only;
    bool keepData = false;

    unsigned shards = 0; ///< plain endpoint sockets; 0 keeps the engine's default

    bool runs(const std::string& part) const { return only.empty() || only.contains(part); }
};

bool parseOptions(int argc, char** argv, Options& options)
{
    bool devicesGiven = false;
    bool pskGiven = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto next = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
        if (arg == "--quick") {
            options.quick = true;
        } else if (arg == "--devices") {
            options.devices = std::stoull(next());
            devicesGiven = true;
        } else if (arg == "--psk") {
            options.pskDevices = std::stoull(next());
            pskGiven = true;
        } else if (arg == "--seconds") {
            options.notificationTime =
                std::chrono::milliseconds(static_cast<long>(std::stod(next()) * 1000));
        } else if (arg == "--shards") {
            options.shards = static_cast<unsigned>(std::stoul(next()));
        } else if (arg == "--keep-data") {
            options.keepData = true;
        } else if (arg == "--payload") {
            const std::string kind = next();
            options.payload = kind == "text" ? PayloadKind::Text : PayloadKind::SenmlCbor;
        } else if (arg == "--only") {
            const std::string part = next();
            if (part != "registrations" && part != "notifications" && part != "memory" &&
                part != "api") {
                std::fprintf(stderr, "--only takes registrations, notifications, memory or api\n");
                return false;
            }
            options.only.insert(part);
        } else {
            std::fprintf(stderr,
                         "usage: engine_bench [--quick] [--devices N] [--psk N] [--seconds S] [--shards N]\n"
                         "       [--only registrations|notifications|memory|api]... "
                         "[--payload senml-cbor|text] [--keep-data]\n");
            return false;
        }
    }
    if (options.quick) {
        if (!devicesGiven)
            options.devices = 5'000;
        if (!pskGiven)
            options.pskDevices = 200;
        options.notificationDevices = 50;
        options.notificationTime = 1500ms;
        options.echoTime = 500ms;
        options.apiRequests = 30;
    }
    options.firstMemoryPoint =
        std::min<std::uint64_t>(10'000, std::max<std::uint64_t>(options.devices / 2, 1));
    return true;
}

/// Lines of the final table, collected as the parts run.
struct Table
{
    struct Row
    {
        std::string measure;
        std::string figure;
        std::string target;
        std::string verdict;
    };
    std::vector<Row> rows;
    std::vector<std::string> notes;

    void add(std::string measure, std::string figure, std::string target = "",
             std::optional<bool> met = {})
    {
        rows.push_back({std::move(measure), std::move(figure), std::move(target),
                        met ? (*met ? "met" : "MISSED") : ""});
    }
    void print() const
    {
        std::printf("\n%-50s %-34s %-16s %s\n", "measure", "figure", "target", "");
        std::printf("%s\n", std::string(108, '-').c_str());
        for (const Row& row : rows)
            std::printf("%-50s %-34s %-16s %s\n", row.measure.c_str(), row.figure.c_str(),
                        row.target.c_str(), row.verdict.c_str());
        for (const std::string& note : notes)
            std::printf("note: %s\n", note.c_str());
    }
};

std::string format(const char* pattern, double a, double b = 0, double c = 0)
{
    char text[128];
    std::snprintf(text, sizeof(text), pattern, a, b, c);
    return text;
}

void progress(const std::string& text)
{
    std::fprintf(stderr, "[engine_bench] %s\n", text.c_str());
}

RegisterOutcome registerPlain(const sockaddr_in& server, SourcePool& sources, std::uint64_t first,
                              std::uint64_t count, std::chrono::milliseconds limit)
{
    PlainRegisterSettings settings;
    settings.server = server;
    settings.endpointPrefix = "plain-";
    settings.firstIndex = first;
    settings.count = count;
    settings.timeLimit = limit;
    return registerPlainDevices(settings, sources);
}

void addRegistrationRow(Table& table, const std::string& what, const RegisterOutcome& outcome,
                        double target, double echoRate)
{
    table.add(what,
              format("%.0f/s (%.0f ok, %.0f failed)", outcome.perSecond(),
                     static_cast<double>(outcome.registered), static_cast<double>(outcome.failed)),
              format(">= %.0f/s", target), outcome.perSecond() >= target && outcome.failed == 0);
    table.add("  latency p50 / p99, retransmits",
              format("%.2f / %.2f ms, %.0f", outcome.latency.p50Ms, outcome.latency.p99Ms,
                     static_cast<double>(outcome.retransmits)));
    if (echoRate > 0)
        table.add("  ratio to UDP echo ceiling (window 256)",
                  format("%.3f", outcome.perSecond() / echoRate));
    if (!outcome.firstFailure.empty())
        table.notes.push_back(what + ": " + outcome.firstFailure);
}

void addMemoryRow(Table& table, std::uint64_t devices, const ResidentMemory& base,
                  const ResidentMemory& now)
{
    const double perDevice =
        static_cast<double>(now.rssBytes - std::min(now.rssBytes, base.rssBytes)) /
        static_cast<double>(devices);
    const double anonPerDevice =
        static_cast<double>(now.anonymousBytes -
                            std::min(now.anonymousBytes, base.anonymousBytes)) /
        static_cast<double>(devices);
    table.add("engine memory per device at " + std::to_string(devices) + " plain",
              format("%.0f B RSS (%.0f B anon)", perDevice, anonPerDevice), "<= 4096 B",
              perDevice <= 4096);
}

void addNotificationRows(Table& table, const std::string& kind, const NotificationOutcome& outcome,
                         double target, double echoRate)
{
    if (!outcome.problem.empty())
        table.notes.push_back(kind + ": " + outcome.problem);
    const bool met =
        outcome.persistedPerSecond() >= target && outcome.lossPercent() < 1.0 && outcome.allDurable;
    table.add(
        kind + " notifications persisted",
        format("%.0f/s (%.0f devices)", outcome.persistedPerSecond(), outcome.devicesObserved),
        format(">= %.0f/s", target), met);
    table.add("  sent / persisted / loss",
              format("%.0f / %.0f / %.3f%%", static_cast<double>(outcome.sent),
                     static_cast<double>(outcome.persisted), outcome.lossPercent()),
              "< 1%", outcome.lossPercent() < 1.0);
    table.add("  offered rate (sent / send time)",
              format("%.0f/s over %.2f s",
                     outcome.sendSeconds > 0
                         ? static_cast<double>(outcome.sent) / outcome.sendSeconds
                         : 0,
                     outcome.sendSeconds));
    table.add("  send -> durable p50 / p99 / max",
              format("%.1f / %.1f / %.1f ms", outcome.toDurable.p50Ms, outcome.toDurable.p99Ms,
                     outcome.toDurable.maxMs),
              outcome.allDurable ? "" : "not all durable");
    if (kind == "CON")
        table.add("  acked / ack timeouts / resets, ack p50 / p99",
                  format("%.0f / %.0f / ", static_cast<double>(outcome.acked),
                         static_cast<double>(outcome.ackTimeouts)) +
                      format("%.0f, %.2f / %.2f ms", static_cast<double>(outcome.resets),
                             outcome.toAck.p50Ms, outcome.toAck.p99Ms));
    else if (outcome.resets > 0 || outcome.markerTimeouts > 0)
        table.add("  notifications answered with RST, unacked tick markers",
                  format("%.0f, %.0f", static_cast<double>(outcome.resets),
                         static_cast<double>(outcome.markerTimeouts)));
    if (echoRate > 0)
        table.add("  ratio to UDP echo ceiling (window 256)",
                  format("%.3f", outcome.persistedPerSecond() / echoRate));
}

NotificationOutcome runNotificationPart(engine::LocalEngine& engine, const sockaddr_in& server,
                                        SourcePool& sources, const Options& options,
                                        bool confirmable)
{
    NotificationSettings settings;
    settings.engine = &engine;
    settings.server = server;
    settings.endpointPrefix = confirmable ? "con-" : "non-";
    settings.devices = options.notificationDevices;
    settings.confirmable = confirmable;
    settings.payload = options.payload;
    settings.duration = options.notificationTime;
    return runNotifications(settings, sources);
}

void runApiPart(Table& table, engine::LocalEngine& engine, const std::string& dataDir,
                std::uint64_t devices, const Options& options)
{
    auto token = api::loadOrCreateApiToken(QString::fromStdString(dataDir));
    if (!token) {
        table.notes.push_back("api: " + token.error().message);
        return;
    }
    api::ApiServer server(engine, api::Authenticator(*token));
    auto port = server.listenOn(QHostAddress::LocalHost, 0);
    if (!port) {
        table.notes.push_back("api: " + port.error().message);
        return;
    }
    const std::string bearer = token->toStdString();
    // A rare filter (100 matches) from the first page, and one matching every device at the
    // deepest page: the worst case for a substring filter with OFFSET paging.
    const std::string rare = "plain-0000";
    const std::string every = "plain-";
    const PageResult all = fetchOnce(*port, bearer, {"all", "/api/v1/devices?limit=1"});
    const PageResult matching =
        fetchOnce(*port, bearer, {"every", "/api/v1/devices?limit=1&q=" + every});
    const std::int64_t total = std::max<std::int64_t>(all.total, 50);
    const std::int64_t matches = std::max<std::int64_t>(matching.total, 50);
    const std::vector<PageProbe> probes = {
        {"offset 0", "/api/v1/devices?limit=50&offset=0"},
        {"offset " + std::to_string(total - 50),
         "/api/v1/devices?limit=50&offset=" + std::to_string(total - 50)},
        {"q=" + rare + ", offset 0", "/api/v1/devices?limit=50&offset=0&q=" + rare},
        {"q=" + every + ", offset " + std::to_string(matches - 50),
         "/api/v1/devices?limit=50&offset=" + std::to_string(matches - 50) + "&q=" + every},
    };
    progress("API: " + std::to_string(options.apiRequests) + " requests per page kind at " +
             std::to_string(total) + " devices");
    for (const PageResult& result : measurePages(*port, bearer, probes, options.apiRequests)) {
        table.add("GET /devices limit 50, " + result.label,
                  format("p50 %.2f / p99 %.2f ms", result.latency.p50Ms, result.latency.p99Ms) +
                      " (total " + std::to_string(result.total) + ")",
                  "<= 20 ms", result.failures == 0 && result.latency.p99Ms <= 20.0);
        if (!result.firstFailure.empty())
            table.notes.push_back("api " + result.label + ": " + result.firstFailure);
    }
    (void)devices;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    Options options;
    if (!parseOptions(argc, argv, options))
        return 2;
    const std::uint64_t fileLimit = coap::raiseOpenFileLimit();
    QTemporaryDir dataDir;
    if (!dataDir.isValid()) {
        std::fprintf(stderr, "cannot create a temporary data dir\n");
        return 1;
    }
    dataDir.setAutoRemove(!options.keepData);
    engine::EngineConfig config;
    config.dataDir = dataDir.path().toStdString();
    config.coap = engine::ListenAddress{"127.0.0.1", 0};
    config.coaps = engine::ListenAddress{"127.0.0.1", 0};
    if (options.shards > 0)
        config.transport.plainListenShards = options.shards;
    auto started = engine::LocalEngine::start(config);
    if (!started) {
        std::fprintf(stderr, "the engine did not start: %s\n", started.error().message.c_str());
        return 1;
    }
    engine::LocalEngine& engine = **started;
    const sockaddr_in server = loopbackAddress(0x7F000001, engine.coapPort());
    std::printf("engine_bench: engine on coap 127.0.0.1:%u, coaps 127.0.0.1:%u, data %s; open file "
                "limit %llu; %s\n",
                engine.coapPort(), engine.coapsPort(), config.dataDir.c_str(),
                static_cast<unsigned long long>(fileLimit),
                options.quick ? "quick run" : "full run");
    std::fflush(stdout);

    Table table;
    SourcePool sources;

    // (c) The ceiling, measured in this run on this machine.
    progress("UDP echo ceiling");
    const double echo1 = udpEchoRoundTripsPerSecond(1, 64, options.echoTime);
    const double echo256 = udpEchoRoundTripsPerSecond(256, 64, options.echoTime);
    table.add("raw UDP loopback echo, window 1", format("%.0f round trips/s", echo1));
    table.add("raw UDP loopback echo, window 256", format("%.0f round trips/s", echo256));

    // (a) and (d): plain registrations, memory at the first point and at N.
    const bool needFleet = options.runs("memory") || options.runs("api");
    const bool registerPlainFirst = options.runs("registrations") || needFleet;
    std::uint64_t registered = 0;
    if (registerPlainFirst) {
        (void)engine.flushStore();
        const ResidentMemory base = residentMemory();
        progress("plain registrations: " + std::to_string(options.firstMemoryPoint));
        const RegisterOutcome first =
            registerPlain(server, sources, 0, options.firstMemoryPoint, 120s);
        registered = first.registered;
        addRegistrationRow(
            table, "plain CoAP registrations (" + std::to_string(options.firstMemoryPoint) + ")",
            first, 20'000, echo256);
        (void)engine.flushStore();
        const ResidentMemory atFirst = residentMemory();
        if (options.runs("memory"))
            addMemoryRow(table, registered, base, atFirst);
        if (needFleet && options.devices > options.firstMemoryPoint) {
            progress("plain registrations up to " + std::to_string(options.devices));
            const RegisterOutcome rest =
                registerPlain(server, sources, options.firstMemoryPoint,
                              options.devices - options.firstMemoryPoint, 600s);
            registered += rest.registered;
            addRegistrationRow(table,
                               "plain CoAP registrations (" +
                                   std::to_string(options.firstMemoryPoint) + " -> " +
                                   std::to_string(options.devices) + ")",
                               rest, 20'000, echo256);
            (void)engine.flushStore();
            const ResidentMemory atAll = residentMemory();
            if (options.runs("memory")) {
                addMemoryRow(table, registered, base, atAll);
                const double marginal =
                    static_cast<double>(atAll.rssBytes -
                                        std::min(atAll.rssBytes, atFirst.rssBytes)) /
                    static_cast<double>(std::max<std::uint64_t>(rest.registered, 1));
                table.add("  marginal memory per device, first -> N",
                          format("%.0f B RSS", marginal));
            }
            table.notes.push_back(
                "source addresses used for " + std::to_string(sources.handedOut()) +
                " device sockets: " + std::to_string(sources.hostsUsed()) + " (127.0.0.2 up)");
        }
    }

    // (e) the device list at N devices.
    if (options.runs("api"))
        runApiPart(table, engine, config.dataDir, registered, options);

    // (a) DTLS-PSK, credentials imported through the facade first.
    if (options.runs("registrations") && options.pskDevices > 0) {
        std::vector<store::Credential> credentials;
        for (std::uint64_t i = 0; i < options.pskDevices; ++i)
            credentials.push_back(pskCredential("psk-", i));
        std::atomic<int> imported{0};
        engine.importCredentials(std::move(credentials), [&imported](Expected<std::size_t> result) {
            imported.store(result ? 1 : -1);
        });
        while (imported.load() == 0)
            std::this_thread::sleep_for(1ms);
        if (imported.load() < 0) {
            table.notes.push_back("PSK credential import failed");
        } else {
            progress("DTLS-PSK registrations: " + std::to_string(options.pskDevices));
            PskRegisterSettings settings;
            settings.port = engine.coapsPort();
            settings.endpointPrefix = "psk-";
            settings.count = options.pskDevices;
            settings.timeLimit = 180s;
            const RegisterOutcome psk = registerPskDevices(settings);
            addRegistrationRow(table,
                               "DTLS-PSK registrations, handshake included (" +
                                   std::to_string(options.pskDevices) + ")",
                               psk, 2'000, 0);
        }
    }

    // (b) notifications, NON then CON.
    if (options.runs("notifications")) {
        const std::string fleet = std::to_string(engine.health().devicesOnline);
        progress("NON notifications with " + fleet + " devices registered");
        const NotificationOutcome non =
            runNotificationPart(engine, server, sources, options, false);
        addNotificationRows(table, "NON", non, 100'000, echo256);
        progress("CON notifications");
        const NotificationOutcome con = runNotificationPart(engine, server, sources, options, true);
        addNotificationRows(table, "CON", con, 50'000, echo256);
        table.notes.push_back("notifications ran with " + fleet +
                              " other devices registered; payload " +
                              (options.payload == PayloadKind::Text ? "text/plain" : "SenML CBOR"));
    }

    const engine::EngineHealth health = engine.health();
    table.notes.push_back("engine at the end: " + std::to_string(health.devicesOnline) +
                          " online, " + std::to_string(health.devicesKnown) +
                          " known, store writes " + std::to_string(health.storeDurable) + "/" +
                          std::to_string(health.storeEnqueued) + " durable");
    table.print();
    return 0;
}
