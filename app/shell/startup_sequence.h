#pragma once

#include "shell/startup_messages.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace hangar::engine {
class Engine;
class LocalEngine;
} // namespace hangar::engine

namespace hangar::app {

class ApiHost;
struct StartupOptions;

/// What the start asks and tells the user when a step fails: the message boxes of
/// startup_messages.h by default; tests pass their own or answer the real boxes.
struct StartupPrompts
{
    /// True: try once more with ports the system picks.
    std::function<bool(StartupStep, const std::string&)> offerAutomaticPorts = &app::offerAutomaticPorts;
    std::function<void(StartupStep, const std::string&)> reportFailure = &app::reportStartupFailure;
};

struct StartedEngine
{
    std::unique_ptr<engine::LocalEngine> engine; ///< null: the start gave up (exit 1)
    bool automaticPorts = false;                 ///< the user chose ports picked by the system
};

/// Starts the engine on the options' endpoints over `dataDir`. When that fails (a busy port),
/// `prompts` offers ports picked by the system, which are tried once; a failure then is
/// reported. A declined offer gives up without another message.
StartedEngine startEngine(const StartupOptions& options, const QString& dataDir, const StartupPrompts& prompts);

/// The REST API on the options' --api endpoint the same way; `automaticPorts` (chosen for the
/// engine already) skips straight to a port picked by the system. A null host inside means
/// the API is off; nullopt means the start gave up (exit 1).
std::optional<std::unique_ptr<ApiHost>> startApi(engine::Engine& engine, const StartupOptions& options,
                                                 const QString& dataDir, bool automaticPorts,
                                                 const StartupPrompts& prompts);

} // namespace hangar::app
