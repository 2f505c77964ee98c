#pragma once

#include "common/error.h"

#include <QString>
#include <QStringList>

#include <chrono>
#include <cstdint>
#include <optional>

namespace hangar::daemon {

/// A HOST:PORT from the command line; nothing for "off".
struct Endpoint
{
    QString host;
    std::uint16_t port = 0;
};

enum class LogLevel : std::uint8_t { Error = 1, Warning, Info, Debug };

struct DaemonOptions
{
    QString dataDir;
    std::optional<Endpoint> coap;
    std::optional<Endpoint> coaps;
    std::optional<Endpoint> api;
    /// --allow-insecure-coap: plain CoAP (no authentication) may listen off loopback.
    bool allowInsecureCoap = false;
    LogLevel logLevel = LogLevel::Info;
    int eventRetentionDays = 30;       ///< events older than this are deleted; 0 keeps them
    std::int64_t eventMax = 1'000'000; ///< the newest this many events are kept; 0 keeps all
    /// --awake-window SEC: how long a queue-mode device counts as reachable after its
    /// Register/Update unless it has its own window (LwM2M 1.1 §6.5 default: 93 s).
    std::chrono::milliseconds awakeWindow{93'000};
};

/// What the command line asked for: run with options, or exit at once (help/version printed).
struct ParsedCommandLine
{
    std::optional<DaemonOptions> options; ///< empty: exit with exitCode
    int exitCode = 0;
};

/// Parses hangard's arguments (argv[0] first). Bad flags print a message and the usage to
/// stderr and give exit code 2, and so does a --coap address off loopback without
/// --allow-insecure-coap; --help / --version print and give 0.
ParsedCommandLine parseCommandLine(const QStringList& arguments);

/// "HOST:PORT", "[v6]:PORT" or "off"; InvalidArgument naming `flag` otherwise.
Expected<std::optional<Endpoint>> parseEndpoint(const QString& flag, const QString& text);

} // namespace hangar::daemon
