#include "shell/startup_options.h"

#include "engine/listen_policy.h"
#include "settings/app_settings.h"
#include "shell/language.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>

namespace hangar::app {
namespace {

/// Qt's own GUI options, which QApplication takes out of argv after this parse: accepted here
/// (hidden) so that e.g. `hangar -platform offscreen` still works. Value: whether one follows.
constexpr std::pair<const char*, bool> kQtGuiOptions[] = {
    {"platform", true}, {"platformpluginpath", true}, {"platformtheme", true}, {"plugin", true},
    {"qwindowgeometry", true}, {"qwindowicon", true}, {"qwindowtitle", true}, {"session", true},
    {"display", true}, {"geometry", true}, {"style", true}, {"stylesheet", true},
    {"qmljsdebugger", true}, {"reverse", false}, {"widgetcount", false},
};

/// The usage text; the arguments are parsed before any QCoreApplication exists, when Qt cannot
/// name the program itself.
QString helpText(const QCommandLineParser& parser, const QStringList& arguments)
{
    QString text = parser.helpText();
    const QString program = arguments.isEmpty() ? QStringLiteral("hangar") : QFileInfo(arguments.first()).fileName();
    return text.replace(QStringLiteral("<executable_name>"), program);
}

ParsedStartup usageError(const QCommandLineParser& parser, const QStringList& arguments, const QString& message)
{
    std::fprintf(stderr, "hangar: %s\n\n%s", qPrintable(message), qPrintable(helpText(parser, arguments)));
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
    const QCommandLineOption allowInsecureCoap(
        QStringLiteral("allow-insecure-coap"),
        QStringLiteral("Let plain CoAP (no encryption, no authentication) listen off loopback."));
    parser.addOptions({dataDir, coap, coaps, api, allowInsecureCoap, noDemo, demo, language});
    // Qt's single-dash options (-platform NAME) must not be read as bundles of short options.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const auto& [name, takesValue] : kQtGuiOptions) {
        QCommandLineOption qtOption(QString::fromLatin1(name));
        if (takesValue)
            qtOption.setValueName(QStringLiteral("VALUE"));
        qtOption.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(qtOption);
    }

    if (!parser.parse(arguments))
        return usageError(parser, arguments, parser.errorText());
    if (parser.isSet(help)) {
        std::fputs(qPrintable(helpText(parser, arguments)), stdout);
        return ParsedStartup{std::nullopt, 0};
    }
    if (parser.isSet(version)) {
        std::printf("hangar %s\n", qPrintable(QCoreApplication::applicationVersion()));
        return ParsedStartup{std::nullopt, 0};
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(parser, arguments, QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));

    StartupOptions options;
    options.dataDir = parser.isSet(dataDir) ? parser.value(dataDir) : settings.dataDir();
    options.eventRetentionDays = std::max(settings.eventRetentionDays(), 0);
    options.eventMax = std::max(settings.eventMax(), 0);
    if (options.dataDir.isEmpty())
        options.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (options.dataDir.isEmpty())
        return usageError(parser, arguments, QStringLiteral("no data dir: pass --data-dir DIR"));

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
            return usageError(parser, arguments, QStringLiteral("--%1 %2").arg(endpoint.option->names().first(),
                                                                    QString::fromStdString(parsed.error().message)));
        *endpoint.target = *parsed;
    }
    options.allowInsecureCoap = parser.isSet(allowInsecureCoap);
    if (parser.isSet(coap) && options.coap)
        if (auto allowed = engine::checkPlainCoapAddress(options.coap->host.toStdString(),
                                                         options.allowInsecureCoap);
            !allowed)
            return usageError(
                parser, arguments,
                QStringLiteral("--coap %1").arg(QString::fromStdString(allowed.error().message)));
    options.qtPlatformGiven = parser.isSet(QStringLiteral("platform"));
    options.noDemo = parser.isSet(noDemo);
    options.startDemo = parser.isSet(demo) && !options.noDemo;
    if (parser.isSet(language)) {
        options.language = parser.value(language).toLower();
        if (!Language::available().contains(options.language))
            return usageError(parser, arguments, QStringLiteral("--language \"%1\": use %2")
                                          .arg(parser.value(language), Language::available().join(QStringLiteral(", "))));
    }
    return ParsedStartup{options, 0};
}

} // namespace hangar::app
