#pragma once

#include "fleet_spec.h"

#include "common/error.h"

#include <cstdint>

namespace hangar::devicesim {

/// File descriptors a fleet needs: one socket per device session, one more per device of a
/// relayed group (its upstream socket in the relay), a few per relay.
std::uint64_t descriptorsNeeded(const FleetSpec& spec);

/// Raises RLIMIT_NOFILE's soft limit to the hard limit, then checks that `needed` more
/// descriptors fit beside the ones already open. Fails with LimitExceeded saying how many are
/// needed, what the limit is, and how to raise it.
Expected<void> ensureDescriptors(std::uint64_t needed);

} // namespace hangar::devicesim
