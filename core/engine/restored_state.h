#pragma once

#include "common/error.h"
#include "engine/registration.h"
#include "store/store.h"

#include <vector>

namespace hangar::engine {

/// What a previous run of the engine left live in the store: its registrations (with the
/// device rows they showed) and the observations it held on them.
struct RestoredState
{
    std::vector<RestoredRegistration> registrations;
    std::vector<store::ObservationRecord> observations;
};

/// Reads the live registrations and observations back. Devices the store shows online that
/// have no live registration (left by a build before schema 7) are marked offline.
Expected<RestoredState> loadRestoredState(store::Store& store);

} // namespace hangar::engine
