#include "charts/chart_palette.h"

#include "charts/qcustomplot_include.h"

#include <array>

namespace hangar::app {

namespace {

// Okabe & Ito, "Color Universal Design" (2008): distinguishable with every common colour-vision
// deficiency. Black is replaced by the palette's text colour (see seriesColor).
constexpr std::array<QRgb, 8> kOkabeIto{0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7,
                                       0x56B4E9, 0xD55E00, 0xF0E442, 0x000000};

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

void paintAxis(QCPAxis& axis, const QPalette& palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor mid = palette.color(QPalette::Mid);
    axis.setBasePen(QPen(mid));
    axis.setTickPen(QPen(mid));
    axis.setSubTickPen(QPen(mid));
    axis.setTickLabelColor(text);
    axis.setLabelColor(text);
    QColor grid = mid;
    grid.setAlpha(110);
    axis.grid()->setPen(QPen(grid, 0, Qt::DotLine));
    axis.grid()->setZeroLinePen(QPen(grid));
}

} // namespace

QColor seriesColor(int index, const QPalette& palette)
{
    const auto slot = static_cast<std::size_t>(index) % kOkabeIto.size();
    if (slot == kOkabeIto.size() - 1)
        return palette.color(QPalette::Text);
    QColor colour = QColor::fromRgb(kOkabeIto[slot]);
    if (isDark(palette) && slot == 0)
        colour = colour.lighter(150); // the deep blue is hard to see on a dark base
    if (!isDark(palette) && slot == 6)
        colour = colour.darker(130); // the yellow is hard to see on white
    return colour;
}

void applyPlotPalette(QCustomPlot& plot, const QPalette& palette)
{
    plot.setBackground(palette.brush(QPalette::Base));
    if (QCPAxisRect* rect = plot.axisRect())
        rect->setBackground(palette.brush(QPalette::Base));
    for (QCPAxis* axis : plot.axisRect() ? plot.axisRect()->axes() : QList<QCPAxis*>{})
        paintAxis(*axis, palette);
    if (plot.legend) {
        plot.legend->setBrush(palette.brush(QPalette::Window));
        plot.legend->setBorderPen(QPen(palette.color(QPalette::Mid)));
        plot.legend->setTextColor(palette.color(QPalette::Text));
        plot.legend->setSelectedTextColor(palette.color(QPalette::HighlightedText));
    }
}

} // namespace hangar::app
