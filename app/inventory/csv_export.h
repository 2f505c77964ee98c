#pragma once

#include "inventory/device_row.h"

#include "common/error.h"

#include <QString>

#include <vector>

namespace hangar::app {

/// Quotes a field for CSV (RFC 4180): quotes when it holds a comma, quote or line break.
QString csvField(const QString& text);

/// Writes `rows` (their `columns`, in that order, with a header line) to `path` as UTF-8 CSV.
/// Runs on any thread; fails with a message naming the file.
Expected<void> writeDevicesCsv(const QString& path, const std::vector<DeviceRow>& rows,
                               const std::vector<DeviceColumn>& columns);

} // namespace hangar::app
