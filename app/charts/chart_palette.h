#pragma once

#include <QColor>
#include <QPalette>

class QCustomPlot;

namespace hangar::app {

/// The colour of series `index`: the Okabe–Ito colour-blind-safe set, cycling; on a dark
/// background the two darkest entries are swapped for lighter ones so every line stays visible.
QColor seriesColor(int index, const QPalette& palette);

/// Paints the plot's background, axes, ticks, grid, labels and legend from `palette`, so the
/// chart follows light and dark themes (QCustomPlot defaults to black on white).
void applyPlotPalette(QCustomPlot& plot, const QPalette& palette);

} // namespace hangar::app
