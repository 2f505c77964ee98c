#pragma once

#include <memory>
#include <vector>

namespace hangar::app {

/// One numeric sample as the chart plots it: key in seconds since the Unix epoch (the unit of
/// QCPAxisTickerDateTime), value as a double.
struct ChartPoint
{
    double key = 0;
    double value = 0;

    friend bool operator==(const ChartPoint&, const ChartPoint&) = default;
};

/// Points sorted by key. Shared read-only between the GUI thread and workers: a new sample
/// makes a new vector (copy on write), so a worker never sees a vector change under it.
using ChartPoints = std::shared_ptr<const std::vector<ChartPoint>>;

} // namespace hangar::app
