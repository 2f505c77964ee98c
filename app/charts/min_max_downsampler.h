#pragma once

#include "charts/chart_point.h"

#include <span>
#include <vector>

namespace hangar::app {

/// Reduces `points` (sorted by key) to at most two points per column of [from, to] divided into
/// `columns` equal buckets: the minimum and the maximum of each bucket, in time order, so a
/// one-sample spike stays visible at any zoom. The last point before `from` and the first after
/// `to` are kept so the line runs to the plot edges. Buckets with one or two points keep them
/// as they are. Runs in O(n) on the points of the range; safe on any thread.
std::vector<ChartPoint> downsampleMinMax(std::span<const ChartPoint> points, double from, double to, int columns);

} // namespace hangar::app
