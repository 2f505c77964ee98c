#include "shell/startup_sequence.h"

#include "engine/local_engine.h"
#include "shell/api_host.h"
#include "shell/startup_options.h"

namespace hangar::app {
namespace {

std::optional<engine::ListenAddress> listenAddress(const std::optional<EndpointText>& endpoint, bool automaticPorts)
{
    if (!endpoint)
        return std::nullopt;
    return engine::ListenAddress{endpoint->host.toStdString(), automaticPorts ? std::uint16_t{0} : endpoint->port};
}

/// Runs `attempt` with the given ports and, if the user agrees after a failure, once more with
/// automatic ones. Returns whether a try succeeded; `automaticPorts` tells which.
bool tryWithPortFallback(StartupStep step, bool& automaticPorts,
                         const std::function<Expected<void>(bool automaticPorts)>& attempt,
                         const StartupPrompts& prompts)
{
    auto result = attempt(automaticPorts);
    if (result)
        return true;
    // Other ports would not help an address refused as insecure.
    if (automaticPorts || result.error().code == ErrorCode::SecurityFailure) {
        prompts.reportFailure(step, result.error().message);
        return false;
    }
    if (!prompts.offerAutomaticPorts(step, result.error().message))
        return false;
    automaticPorts = true;
    result = attempt(true);
    if (!result)
        prompts.reportFailure(step, result.error().message);
    return result.has_value();
}

} // namespace

StartedEngine startEngine(const StartupOptions& options, const QString& dataDir, const StartupPrompts& prompts)
{
    StartedEngine started;
    const auto attempt = [&](bool automaticPorts) -> Expected<void> {
        engine::EngineConfig config;
        config.dataDir = dataDir.toStdString();
        config.coap = listenAddress(options.coap, automaticPorts);
        config.coaps = listenAddress(options.coaps, automaticPorts);
        config.allowInsecureCoap = options.allowInsecureCoap;
        config.eventRetention.maxAge = std::chrono::days(options.eventRetentionDays);
        config.eventRetention.maxEvents = options.eventMax;
        auto engine = engine::LocalEngine::start(config);
        if (!engine)
            return std::unexpected(engine.error());
        started.engine = std::move(*engine);
        return {};
    };
    if (!tryWithPortFallback(StartupStep::Engine, started.automaticPorts, attempt, prompts))
        started.engine.reset();
    return started;
}

std::optional<std::unique_ptr<ApiHost>> startApi(engine::Engine& engine, const StartupOptions& options,
                                                 const QString& dataDir, bool automaticPorts,
                                                 const StartupPrompts& prompts)
{
    if (!options.api)
        return std::unique_ptr<ApiHost>();
    auto api = std::make_unique<ApiHost>(engine, dataDir);
    const auto attempt = [&](bool automatic) -> Expected<void> {
        return api->start(QHostAddress(options.api->host), automatic ? quint16{0} : options.api->port);
    };
    if (!tryWithPortFallback(StartupStep::Api, automaticPorts, attempt, prompts))
        return std::nullopt;
    return api;
}

} // namespace hangar::app
