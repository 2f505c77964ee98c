#include "daemon_options.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QStandardPaths>

#include <cstdio>

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

ParsedCommandLine usageError(const QCommandLineParser& parser, const QString& message)
{
    std::fprintf(stderr, "hangard: %s\n\n%s", qPrintable(message), qPrintable(parser.helpText()));
    return ParsedCommandLine{std::nullopt, 2};
}

} // namespace

Expected<std::optional<Endpoint>> parseEndpoint(const QString& flag, const QString& text)
{
    if (text.compare(u"off", Qt::CaseInsensitive) == 0)
        return std::optional<Endpoint>();
    const qsizetype colon = text.lastIndexOf(u':');
    const auto bad = [&](const std::string& why) {
        return fail(ErrorCode::InvalidArgument, "--" + flag.toStdString() + " \"" +
                                                    text.toStdString() + "\": " + why +
                                                    "; use HOST:PORT such as 127.0.0.1:5683, "
                                                    "[::1]:5683, or off");
    };
    if (colon <= 0)
        return bad("no HOST:PORT");
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return bad("the port must be a number from 0 to 65535");
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        host = QStringLiteral("127.0.0.1");
    if (QHostAddress(host).isNull())
        return bad("the host must be a numeric IPv4 or IPv6 address");
    return std::optional<Endpoint>(Endpoint{host, static_cast<std::uint16_t>(port)});
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
    parser.addOptions({dataDir, coap, coaps, api, logLevel});

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
    options.coapGivenByUser = parser.isSet(coap);
    const auto level = parseLogLevel(parser.value(logLevel));
    if (!level)
        return usageError(parser, QStringLiteral("--log-level \"%1\": use error, warning, info or "
                                                 "debug")
                                      .arg(parser.value(logLevel)));
    options.logLevel = *level;
    return ParsedCommandLine{options, 0};
}

} // namespace hangar::daemon
