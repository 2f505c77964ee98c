#include "shell/startup_options.h"

#include "settings/app_settings.h"
#include "shell/language.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>

#include <cstdio>

namespace hangar::app {
namespace {

ParsedStartup usageError(const QCommandLineParser& parser, const QString& message)
{
    std::fprintf(stderr, "hangar: %s\n\n%s", qPrintable(message), qPrintable(parser.helpText()));
    return ParsedStartup{std::nullopt, 2};
}

} // namespace

ParsedStartup parseStartupOptions(const QStringList& arguments, const AppSettings& settings)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Hangar: LwM2M device management on the desktop."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Where hangar.db and api-token live."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption coap(QStringLiteral("coap"),
                                  QStringLiteral("Plain CoAP endpoint HOST:PORT or off (default %1).")
                                      .arg(QLatin1StringView(kDefaultCoap)),
                                  QStringLiteral("HOST:PORT|off"));
    const QCommandLineOption coaps(QStringLiteral("coaps"),
                                   QStringLiteral("DTLS-PSK endpoint HOST:PORT or off (default %1).")
                                       .arg(QLatin1StringView(kDefaultCoaps)),
                                   QStringLiteral("HOST:PORT|off"));
    const QCommandLineOption api(QStringLiteral("api"),
                                 QStringLiteral("REST API endpoint HOST:PORT or off (default %1).")
                                     .arg(QLatin1StringView(kDefaultApi)),
                                 QStringLiteral("HOST:PORT|off"));
    const QCommandLineOption noDemo(QStringLiteral("no-demo"),
                                    QStringLiteral("Do not offer the demo fleet on the first run."));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Start the demo fleet of simulated devices at once, without asking."));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QStringLiteral("User interface language for this run: %1.")
                                          .arg(Language::available().join(QStringLiteral(", "))),
                                      QStringLiteral("CODE"));
    parser.addOptions({dataDir, coap, coaps, api, noDemo, demo, language});

    if (!parser.parse(arguments))
        return usageError(parser, parser.errorText());
    if (parser.isSet(help)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ParsedStartup{std::nullopt, 0};
    }
    if (parser.isSet(version)) {
        std::printf("hangar %s\n", qPrintable(QCoreApplication::applicationVersion()));
        return ParsedStartup{std::nullopt, 0};
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(parser, QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));

    StartupOptions options;
    options.dataDir = parser.isSet(dataDir) ? parser.value(dataDir) : settings.dataDir();
    if (options.dataDir.isEmpty())
        options.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (options.dataDir.isEmpty())
        return usageError(parser, QStringLiteral("no data dir: pass --data-dir DIR"));

    const struct
    {
        const QCommandLineOption* option;
        QString saved;
        const char* fallback;
        std::optional<EndpointText>* target;
    } endpoints[] = {{&coap, settings.coapEndpoint(), kDefaultCoap, &options.coap},
                     {&coaps, settings.coapsEndpoint(), kDefaultCoaps, &options.coaps},
                     {&api, settings.apiEndpoint(), kDefaultApi, &options.api}};
    for (const auto& endpoint : endpoints) {
        const bool flag = parser.isSet(*endpoint.option);
        const QString text = flag ? parser.value(*endpoint.option)
                                  : (endpoint.saved.isEmpty() ? QString::fromLatin1(endpoint.fallback) : endpoint.saved);
        auto parsed = parseEndpointText(text);
        if (!parsed)
            return usageError(parser, QStringLiteral("--%1 %2").arg(endpoint.option->names().first(),
                                                                    QString::fromStdString(parsed.error().message)));
        *endpoint.target = *parsed;
    }
    options.coapGivenByUser = parser.isSet(coap) || !settings.coapEndpoint().isEmpty();
    options.noDemo = parser.isSet(noDemo);
    options.startDemo = parser.isSet(demo) && !options.noDemo;
    if (parser.isSet(language)) {
        options.language = parser.value(language).toLower();
        if (!Language::available().contains(options.language))
            return usageError(parser, QStringLiteral("--language \"%1\": use %2")
                                          .arg(parser.value(language), Language::available().join(QStringLiteral(", "))));
    }
    return ParsedStartup{options, 0};
}

} // namespace hangar::app
