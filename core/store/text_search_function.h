#pragma once

#include "common/error.h"

namespace hangar::store {

class Database;

/// The name of the SQL function contains(text, needle): 1 when needle occurs in text.
inline constexpr const char* kContainsFunction = "hangar_contains";

/// The name of the SQL function has_tag(search_text, folded_tag): 1 when the search text (see
/// searchTextOf) lists the tag, case folded.
inline constexpr const char* kHasTagFunction = "hangar_has_tag";

/// Registers kContainsFunction and kHasTagFunction on the connection. It does what instr(text, needle) > 0 does,
/// about twice as fast (memmem instead of a compare at every offset): the device list's text
/// filter calls it once per device.
Expected<void> registerTextSearchFunction(Database& database);

} // namespace hangar::store
