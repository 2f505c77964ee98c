#pragma once

#include "common/error.h"

namespace hangar::store {

class Database;

/// The name of the SQL function contains(text, needle): 1 when needle occurs in text.
inline constexpr const char* kContainsFunction = "hangar_contains";

/// Registers kContainsFunction on the connection. It does what instr(text, needle) > 0 does,
/// about twice as fast (memmem instead of a compare at every offset): the device list's text
/// filter calls it once per device.
Expected<void> registerTextSearchFunction(Database& database);

} // namespace hangar::store
