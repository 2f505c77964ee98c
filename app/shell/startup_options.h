#pragma once

#include "settings/endpoint_text.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace hangar::app {

class AppSettings;

/// How the app starts: command-line flags over the saved settings over hangard's defaults.
struct StartupOptions
{
    QString dataDir;
    std::optional<EndpointText> coap;
    std::optional<EndpointText> coaps;
    std::optional<EndpointText> api;
    /// --allow-insecure-coap: plain CoAP (no authentication) may listen off loopback.
    bool allowInsecureCoap = false;
    int eventRetentionDays = 30; ///< from the settings; 0 keeps events of any age
    int eventMax = 1'000'000;    ///< from the settings; 0 keeps any number
    bool noDemo = false;
    bool startDemo = false; ///< --demo: start the demo fleet without asking
    QString language; ///< --language for this run; empty: the saved choice
    bool qtPlatformGiven = false; ///< Qt's own -platform NAME was passed (QApplication reads it)
};

struct ParsedStartup
{
    std::optional<StartupOptions> options; ///< empty: exit with exitCode (help, version, bad flag)
    int exitCode = 0;
};

/// Parses hangar's arguments (argv[0] first): --data-dir DIR, --coap/--coaps/--api HOST:PORT|off,
/// --allow-insecure-coap, --no-demo, --demo, --language de|ja|en, and accepts Qt's own GUI
/// options (-platform, -style…). --help and --version print to stdout (exit 0); bad flags, and a
/// --coap address off loopback without --allow-insecure-coap, print a message and the usage to
/// stderr (exit 2). A saved off-loopback address without the flag is left to the engine, whose
/// refusal the app shows. Needs no QCoreApplication, so that main can run it before any display
/// exists.
ParsedStartup parseStartupOptions(const QStringList& arguments, const AppSettings& settings);

} // namespace hangar::app
