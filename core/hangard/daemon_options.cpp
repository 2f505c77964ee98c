#include "daemon_options.h"

#include "api/listen_endpoint.h"
#include "engine/listen_policy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>

#include <cstdio>
#include <limits>

namespace hangar::daemon {
namespace {

std::optional<LogLevel> parseLogLevel(const QString& text)
{
    const QString lower = text.toLower();
    if (lower == u"error")
        return LogLevel::Error;
    if (lower == u"warning" || lower == u"warn")
        return LogLevel::Warning;
    if (lower == u"info")
        return LogLevel::Info;
    if (lower == u"debug")
        return LogLevel::Debug;
    return std::nullopt;
}

/// A whole number in [0, max], or nothing.
std::optional<std::int64_t> parseCount(const QString& text, std::int64_t max)
{
    bool ok = false;
    const qlonglong value = text.toLongLong(&ok);
    if (!ok || value < 0 || value > max)
        return std::nullopt;
    return value;
}

ParsedCommandLine usageError(const QCommandLineParser& parser, const QString& message)
{
    std::fprintf(stderr, "hangard: %s\n\n%s", qPrintable(message), qPrintable(parser.helpText()));
    return ParsedCommandLine{std::nullopt, 2};
}

} // namespace

Expected<std::optional<Endpoint>> parseEndpoint(const QString& flag, const QString& text)
{
    auto parsed = api::parseListenEndpoint(text);
    if (!parsed)
        return fail(parsed.error().code, "--" + flag.toStdString() + " " + parsed.error().message);
    if (!*parsed)
        return std::optional<Endpoint>();
    return std::optional<Endpoint>(Endpoint{(*parsed)->host, (*parsed)->port});
}

ParsedCommandLine parseCommandLine(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Hangar LwM2M server: the engine and the REST API without the GUI."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Where hangar.db and api-token live."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption coap(QStringLiteral("coap"),
                                  QStringLiteral("Plain CoAP endpoint HOST:PORT or off."),
                                  QStringLiteral("HOST:PORT|off"), QStringLiteral("127.0.0.1:5683"));
    const QCommandLineOption coaps(QStringLiteral("coaps"),
                                   QStringLiteral("DTLS-PSK endpoint HOST:PORT or off."),
                                   QStringLiteral("HOST:PORT|off"), QStringLiteral("0.0.0.0:5684"));
    const QCommandLineOption api(QStringLiteral("api"),
                                 QStringLiteral("REST API endpoint HOST:PORT or off."),
                                 QStringLiteral("HOST:PORT|off"), QStringLiteral("127.0.0.1:7780"));
    const QCommandLineOption logLevel(QStringLiteral("log-level"),
                                      QStringLiteral("error, warning, info or debug."),
                                      QStringLiteral("LEVEL"), QStringLiteral("info"));
    const QCommandLineOption allowInsecureCoap(
        QStringLiteral("allow-insecure-coap"),
        QStringLiteral("Let plain CoAP (no encryption, no authentication) listen off loopback."));
    const QCommandLineOption eventRetentionDays(
        QStringLiteral("event-retention-days"),
        QStringLiteral("Delete events older than DAYS days; 0 keeps them forever."),
        QStringLiteral("DAYS"), QStringLiteral("30"));
    const QCommandLineOption eventMax(
        QStringLiteral("event-max"),
        QStringLiteral("Keep at most the newest COUNT events; 0 for no limit."),
        QStringLiteral("COUNT"), QStringLiteral("1000000"));
    const QCommandLineOption awakeWindow(
        QStringLiteral("awake-window"),
        QStringLiteral(
            "Seconds a queue-mode device is reachable after its Register/Update, unless it has "
            "its own window (PUT /api/v1/devices/{endpoint}/awake-window)."),
        QStringLiteral("SEC"), QStringLiteral("93"));
    parser.addOptions({dataDir, coap, coaps, api, allowInsecureCoap, logLevel, eventRetentionDays, eventMax,
                       awakeWindow});

    if (!parser.parse(arguments))
        return usageError(parser, parser.errorText());
    if (parser.isSet(help)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ParsedCommandLine{std::nullopt, 0};
    }
    if (parser.isSet(version)) {
        std::printf("hangard %s\n", qPrintable(QCoreApplication::applicationVersion()));
        return ParsedCommandLine{std::nullopt, 0};
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(parser, QStringLiteral("unexpected argument \"%1\"")
                                      .arg(parser.positionalArguments().first()));

    DaemonOptions options;
    options.dataDir = parser.isSet(dataDir)
                          ? parser.value(dataDir)
                          : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (options.dataDir.isEmpty())
        return usageError(parser, QStringLiteral("no data dir: pass --data-dir DIR"));
    const std::pair<const QCommandLineOption*, std::optional<Endpoint>*> endpoints[] = {
        {&coap, &options.coap}, {&coaps, &options.coaps}, {&api, &options.api}};
    for (const auto& [option, target] : endpoints) {
        auto parsed = parseEndpoint(option->names().first(), parser.value(*option));
        if (!parsed)
            return usageError(parser, QString::fromStdString(parsed.error().message));
        *target = *parsed;
    }
    options.allowInsecureCoap = parser.isSet(allowInsecureCoap);
    if (options.coap)
        if (auto allowed = engine::checkPlainCoapAddress(options.coap->host.toStdString(),
                                                         options.allowInsecureCoap);
            !allowed)
            return usageError(
                parser,
                QStringLiteral("--coap %1").arg(QString::fromStdString(allowed.error().message)));
    const auto level = parseLogLevel(parser.value(logLevel));
    if (!level)
        return usageError(parser, QStringLiteral("--log-level \"%1\": use error, warning, info or "
                                                 "debug")
                                      .arg(parser.value(logLevel)));
    options.logLevel = *level;
    constexpr std::int64_t kMaxRetentionDays = 36'500;
    const auto days = parseCount(parser.value(eventRetentionDays), kMaxRetentionDays);
    if (!days)
        return usageError(
            parser, QStringLiteral("--event-retention-days \"%1\": use a whole number of days "
                                   "from 0 (keep forever) to %2")
                        .arg(parser.value(eventRetentionDays))
                        .arg(kMaxRetentionDays));
    options.eventRetentionDays = static_cast<int>(*days);
    const auto count = parseCount(parser.value(eventMax), std::numeric_limits<std::int64_t>::max());
    if (!count)
        return usageError(
            parser, QStringLiteral("--event-max \"%1\": use a whole number of events, 0 for no "
                                   "limit")
                        .arg(parser.value(eventMax)));
    options.eventMax = *count;
    bool numeric = false;
    const double awakeSec = parser.value(awakeWindow).toDouble(&numeric);
    if (!numeric || !(awakeSec >= 0.1 && awakeSec <= 86400))
        return usageError(
            parser, QStringLiteral("--awake-window \"%1\": give seconds between 0.1 and 86400")
                        .arg(parser.value(awakeWindow)));
    options.awakeWindow = std::chrono::milliseconds(static_cast<std::int64_t>(awakeSec * 1000.0));
    return ParsedCommandLine{options, 0};
}

} // namespace hangar::daemon
