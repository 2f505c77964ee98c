#pragma once

#include "dashboard/top_counts.h"
#include "store/store_records.h"

#include <QPalette>

class QCustomPlot;

namespace hangar::app {

/// Prepares the "registrations over time" chart: one QCPBars on a date-time axis.
void setupRegistrationsPlot(QCustomPlot& plot, const QPalette& palette);
/// Shows one bar per bucket of `bucketMs` that had registrations, over [fromMs, toMs].
void showRegistrations(QCustomPlot& plot, const std::vector<store::EventCount>& counts, std::int64_t fromMs,
                       std::int64_t toMs, std::int64_t bucketMs);

/// Prepares the firmware bar chart: one QCPBars with text ticks.
void setupFirmwarePlot(QCustomPlot& plot, const QPalette& palette);
/// Shows one bar per entry, labelled with its name, in the given order.
void showFirmwareBars(QCustomPlot& plot, const std::vector<NamedCount>& counts);

/// Re-applies the palette to a dashboard plot (theme change).
void recolourDashboardPlot(QCustomPlot& plot, const QPalette& palette);

} // namespace hangar::app
