#pragma once

#include "common/error.h"
#include "store/fleet_summary.h"

namespace hangar::store {

class Database;

/// Counts the devices per status, firmware version, model and manufacturer with GROUP BY
/// queries in one read transaction on `database` (a reader's connection), so the numbers agree
/// with each other even while the writer commits.
Expected<FleetSummary> queryFleetSummary(Database& database);

} // namespace hangar::store
