#pragma once

#include "store/store_records.h"

#include <string>
#include <string_view>

namespace hangar::store {

class Statement;

/// The devices columns readDevice expects, in order, for "SELECT <kDeviceColumns> FROM devices".
inline constexpr const char* kDeviceColumns =
    "endpoint, registration_id, lwm2m_version, lifetime_sec, binding, queue_mode, object_links, "
    "status, registered_at_ms, last_seen_ms, manufacturer, model, serial_number, firmware_version, "
    "tags, address";

/// Binds the device as parameters 1..16 (kDeviceColumns, tags as tagsColumnText) and its
/// searchBaseOf as parameter 17. The search text is ?17 || lower(tags): an upsert that keeps
/// the stored tags recomputes it from them in SQL, without reading the row first.
void bindDevice(Statement& statement, const DeviceRecord& device);

/// Reads the kDeviceColumns starting at column 0 of the current row.
DeviceRecord readDevice(const Statement& statement);

/// ASCII lower case; other bytes (UTF-8 sequences) unchanged.
std::string foldCase(std::string_view text);

/// What the list's text filter searches: the folded endpoint, manufacturer, model and serial
/// number, separated by a character no filter text contains, so matches never span two fields;
/// then each folded tag preceded by kTagSeparator (which the tag filter looks for).
std::string searchTextOf(const DeviceRecord& device);

/// searchTextOf without the tags.
std::string searchBaseOf(const DeviceRecord& device);

} // namespace hangar::store
