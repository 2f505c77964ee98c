// hangard: the Hangar engine and REST API as a headless daemon.
#include "api/api_server.h"
#include "api/api_token.h"
#include "coap/file_limit.h"
#include "common/shutdown_signals.h"
#include "daemon_options.h"
#include "engine/local_engine.h"
#include "store/schema.h"
#include "log_filter.h"

#include <QCoreApplication>
#include <QDir>
#include <QHostAddress>

#include <cstdio>
#include <memory>

using namespace hangar;

namespace {

constexpr int kExitFailure = 1;

int failStartup(const std::string& message)
{
    std::fprintf(stderr, "hangard: %s\n", message.c_str());
    return kExitFailure;
}

std::optional<engine::ListenAddress> listenAddress(const std::optional<daemon::Endpoint>& endpoint)
{
    if (!endpoint)
        return std::nullopt;
    return engine::ListenAddress{endpoint->host.toStdString(), endpoint->port};
}

QString describe(const std::optional<daemon::Endpoint>& endpoint, std::uint16_t boundPort)
{
    if (!endpoint)
        return QStringLiteral("off");
    const QString host = endpoint->host.contains(u':') ? u'[' + endpoint->host + u']' : endpoint->host;
    return QStringLiteral("%1:%2").arg(host).arg(boundPort);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hangar"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HANGAR_VERSION));

    const daemon::ParsedCommandLine parsed = daemon::parseCommandLine(app.arguments());
    if (!parsed.options)
        return parsed.exitCode;
    const daemon::DaemonOptions& options = *parsed.options;
    daemon::installLogFilter(options.logLevel);

    if (!QDir().mkpath(options.dataDir))
        return failStartup("cannot create the data dir " + options.dataDir.toStdString() +
                           "; check the path and its permissions");
    const QString dataDir = QDir(options.dataDir).absolutePath();

    ShutdownSignals signals;
    if (!signals.ok())
        return failStartup("cannot install the SIGINT/SIGTERM handlers");
    QObject::connect(&signals, &ShutdownSignals::requested, &app,
                     [](int) { QCoreApplication::exit(0); });

    // Each plain endpoint shard is a socket, and so is every DTLS peer in libcoap.
    coap::raiseOpenFileLimit();
    engine::EngineConfig config;
    config.dataDir = dataDir.toStdString();
    config.coap = listenAddress(options.coap);
    config.coaps = listenAddress(options.coaps);
    config.allowInsecureCoap = options.allowInsecureCoap;
    config.eventRetention.maxAge = std::chrono::days(options.eventRetentionDays);
    config.eventRetention.maxEvents = options.eventMax;
    config.awakeWindow = options.awakeWindow;
    // Opening an older database migrates it first: say so, a large one can take minutes.
    if (const auto stored = store::storedSchemaVersion(engine::LocalEngine::storePath(config.dataDir));
        stored && *stored > 0 && *stored < store::kSchemaVersion) {
        std::fprintf(stderr, "hangard: upgrading the database from schema version %lld to %lld (once; a large "
                             "database can take minutes)\n",
                     static_cast<long long>(*stored), static_cast<long long>(store::kSchemaVersion));
    }
    auto started = engine::LocalEngine::start(config);
    if (!started)
        return failStartup(started.error().message);
    std::unique_ptr<engine::LocalEngine> engine = std::move(*started);

    std::unique_ptr<api::ApiServer> server;
    QString apiText = QStringLiteral("off");
    if (options.api) {
        const auto token = api::loadOrCreateApiToken(dataDir);
        if (!token)
            return failStartup(token.error().message);
        server = std::make_unique<api::ApiServer>(*engine, api::Authenticator(*token));
        const auto port = server->listenOn(QHostAddress(options.api->host), options.api->port);
        if (!port)
            return failStartup(port.error().message);
        apiText = QStringLiteral("http://%1 (token in %2)")
                      .arg(describe(options.api, *port), api::apiTokenPath(dataDir));
    }

    std::printf("hangard ready: coap %s, coaps %s, api %s\n",
                qPrintable(describe(options.coap, engine->coapPort())),
                qPrintable(describe(options.coaps, engine->coapsPort())), qPrintable(apiText));
    std::fflush(stdout);

    const int code = QCoreApplication::exec();
    server.reset(); // no new API work once we are stopping
    if (const auto flushed = engine->flushStore(); !flushed)
        qCritical("could not flush the store: %s", flushed.error().message.c_str());
    engine.reset();
    return code;
}
