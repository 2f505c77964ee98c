#pragma once

#include "inventory/device_table_model.h"

#include <string>
#include <vector>

namespace hangar::app::test {

/// The endpoints the model shows, top to bottom.
inline std::vector<std::string> shownEndpoints(const DeviceTableModel& model)
{
    std::vector<std::string> endpoints;
    for (int row = 0; row < model.rowCount(); ++row)
        endpoints.push_back(model.visibleRow(row).endpoint.toStdString());
    return endpoints;
}

} // namespace hangar::app::test
