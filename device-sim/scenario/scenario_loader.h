#pragma once

#include "fleet_spec.h"

#include "common/error.h"

#include <QByteArray>
#include <QString>

namespace hangar::devicesim {

/// Reads a scenario file (format: device-sim/scenario/README.md). A malformed file fails with
/// InvalidArgument "<file>: <json path>: <reason>" (e.g. `plant.json: groups[2].count: expected
/// a whole number from 1 to 100000, found -3`), also for unknown fields; an unreadable one with
/// IoFailure. Server names stay unresolved (see resolveServers) and a missing "server" is
/// allowed, for a command line to supply.
Expected<FleetSpec> loadScenario(const QString& path);

/// The same for scenario text; `fileName` only names it in messages and in FleetSpec::source.
Expected<FleetSpec> parseScenario(const QByteArray& json, const std::string& fileName);

} // namespace hangar::devicesim
