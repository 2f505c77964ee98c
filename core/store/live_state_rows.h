#pragma once

// Internal to core/store: the rows of the live registrations and observations (schema 7), which
// let a restarted engine take its devices back without waiting for them to register again.

#include "common/error.h"
#include "store/sqlite_database.h"
#include "store/store_records.h"

#include <string>
#include <vector>

namespace hangar::store {

/// Inserts or replaces the registration row of `registration.endpoint`.
Expected<void> writeRegistrationRow(Database& database, const RegistrationRecord& registration);
/// Removes the registration row of `endpoint` and the device's observation rows.
Expected<void> deleteLiveState(Database& database, const std::string& endpoint);
/// Replaces the observation rows of `endpoint` by `observations`.
Expected<void> replaceObservationRows(Database& database, const std::string& endpoint,
                                      const std::vector<ObservationRecord>& observations);

Expected<std::vector<RegistrationRecord>> readRegistrationRows(Database& database);
Expected<std::vector<ObservationRecord>> readObservationRows(Database& database);

} // namespace hangar::store
