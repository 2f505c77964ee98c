#pragma once

#include "engine/engine.h"

#include <QString>

#include <atomic>
#include <cstdint>
#include <map>
#include <vector>

namespace hangar::app {

/// A name and how many devices carry it (a firmware version, a model).
struct NamedCount
{
    QString name;
    std::int64_t count = 0;
    bool other = false; ///< the "everything else" bucket after the top entries

    friend bool operator==(const NamedCount&, const NamedCount&) = default;
};

/// Devices by status, from three counting queries (cheap at any fleet size).
struct StatusCounts
{
    std::int64_t online = 0;
    std::int64_t sleeping = 0;
    std::int64_t offline = 0;
    std::int64_t total = 0;
    bool ok = false;
};

/// Firmware versions and models over the whole fleet, from paging through the device list.
struct FleetDistribution
{
    std::map<QString, std::int64_t> firmware; ///< "" for devices that did not report one
    std::map<QString, std::int64_t> models;
    std::int64_t devices = 0;
    bool complete = false; ///< false when cancelled or a page failed
};

/// Counts devices per status. Blocks on the store: call it on a worker.
StatusCounts countStatuses(engine::Engine& engine);

/// Reads every device in pages of `pageSize` and tallies firmware and model. Blocks on the
/// store: call it on a worker; returns early (complete == false) once `cancelled` is true.
FleetDistribution tallyFleet(engine::Engine& engine, const std::atomic<bool>& cancelled, int pageSize = 5000);

/// The `top` largest entries (ties by name) and, when more exist, one `other` entry summing
/// the rest. Empty names are reported as `unknownName`.
std::vector<NamedCount> topCounts(const std::map<QString, std::int64_t>& counts, std::size_t top,
                                  const QString& unknownName, const QString& otherName);

} // namespace hangar::app
