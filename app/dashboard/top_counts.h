#pragma once

#include "store/fleet_summary.h"

#include <QString>

#include <cstdint>
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

/// The `top` largest entries (ties keep their order in `counts`) and, when more exist, one
/// `other` entry summing the rest. Unknown values are reported as `unknownName`.
std::vector<NamedCount> topCounts(const std::vector<store::ValueCount>& counts, std::size_t top,
                                  const QString& unknownName, const QString& otherName);

} // namespace hangar::app
