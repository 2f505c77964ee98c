#pragma once

#include <QString>

#include <string>

namespace hangar::app {

/// What could fail at start, for the messages below.
enum class StartupStep {
    DataDir = 1, ///< creating the data directory
    Engine,      ///< opening the store and the CoAP endpoints
    Api,         ///< the REST API's port
};

/// Says that `step` failed with `message` and asks whether to continue with ports chosen
/// automatically; true to retry with port 0.
bool offerAutomaticPorts(StartupStep step, const std::string& message);

/// Says that `step` failed with `message` (on stderr too) when the app cannot go on.
void reportStartupFailure(StartupStep step, const std::string& message);

} // namespace hangar::app
