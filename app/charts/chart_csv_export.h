#pragma once

#include "charts/chart_point.h"

#include "common/error.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace hangar::app {

/// Writes the points of every series with from <= key <= to as UTF-8 CSV: a header "time" and
/// one column per series (`headers`), one row per distinct time (ISO-8601 UTC with
/// milliseconds), empty cells where a series has no sample at that time. Runs on any thread;
/// fails with a message naming the file.
Expected<void> writeChartCsv(const QString& fileName, const QStringList& headers,
                             const std::vector<ChartPoints>& series, double from, double to);

} // namespace hangar::app
