#pragma once

#include "dashboard/top_counts.h"

#include <QPalette>

class QCustomPlot;

namespace hangar::app {

/// Prepares the "devices online over time" line: a date-time axis and one filled graph.
void setupOnlinePlot(QCustomPlot& plot, const QPalette& palette);
/// Adds one sample of the online count and keeps the whole history in view.
void appendOnlineSample(QCustomPlot& plot, double timeSec, std::int64_t online);

/// Prepares the firmware bar chart: one QCPBars with text ticks.
void setupFirmwarePlot(QCustomPlot& plot, const QPalette& palette);
/// Shows one bar per entry, labelled with its name, in the given order.
void showFirmwareBars(QCustomPlot& plot, const std::vector<NamedCount>& counts);

/// Re-applies the palette to a dashboard plot (theme change).
void recolourDashboardPlot(QCustomPlot& plot, const QPalette& palette);

} // namespace hangar::app
