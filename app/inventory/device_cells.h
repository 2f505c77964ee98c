#pragma once

#include "inventory/device_row.h"

#include <QString>

namespace hangar::app {

/// The text a cell shows (and a CSV export writes); safe on any thread.
QString deviceCellText(const DeviceRow& row, DeviceColumn column);

/// The translated title of a column.
QString deviceColumnTitle(DeviceColumn column);

/// A status as the user reads it ("Online", "Sleeping", "Offline").
QString deviceStatusText(store::DeviceStatus status);

} // namespace hangar::app
