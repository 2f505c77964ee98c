#include "dashboard/dashboard_plots.h"

#include "charts/chart_palette.h"
#include "charts/qcustomplot_include.h"

#include <algorithm>

namespace hangar::app {

namespace {

QCPBars* barsOf(QCustomPlot& plot)
{
    return plot.plottableCount() > 0 ? qobject_cast<QCPBars*>(plot.plottable(0)) : nullptr;
}

void commonSetup(QCustomPlot& plot, const QPalette& palette)
{
    plot.legend->setVisible(false);
    plot.setInteractions({});
    plot.setMinimumHeight(plot.fontMetrics().height() * 10);
    recolourDashboardPlot(plot, palette);
}

} // namespace

void recolourDashboardPlot(QCustomPlot& plot, const QPalette& palette)
{
    applyPlotPalette(plot, palette);
    const QColor colour = seriesColor(0, palette);
    if (QCPBars* bars = barsOf(plot)) {
        bars->setPen(QPen(colour));
        QColor fill = colour;
        fill.setAlpha(170);
        bars->setBrush(fill);
    } else if (plot.graphCount() > 0) {
        plot.graph(0)->setPen(QPen(colour, 2));
        QColor fill = colour;
        fill.setAlpha(50);
        plot.graph(0)->setBrush(fill);
    }
    plot.replot(QCustomPlot::rpQueuedReplot);
}

void setupRegistrationsPlot(QCustomPlot& plot, const QPalette& palette)
{
    new QCPBars(plot.xAxis, plot.yAxis);
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeFormat(QStringLiteral("HH:mm"));
    ticker->setDateTimeSpec(Qt::LocalTime);
    plot.xAxis->setTicker(ticker);
    auto integers = QSharedPointer<QCPAxisTickerFixed>::create();
    integers->setTickStep(1.0);
    integers->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    plot.yAxis->setTicker(integers);
    plot.yAxis->setRange(0, 1);
    commonSetup(plot, palette);
}

void showRegistrations(QCustomPlot& plot, const std::vector<store::EventCount>& counts, std::int64_t fromMs,
                       std::int64_t toMs, std::int64_t bucketMs)
{
    QCPBars* bars = barsOf(plot);
    if (!bars)
        return;
    const double bucketSec = static_cast<double>(bucketMs) / 1000.0;
    QVector<double> keys;
    QVector<double> values;
    double highest = 0;
    for (const store::EventCount& count : counts) {
        // A bar stands over the middle of its bucket.
        keys << static_cast<double>(count.startMs) / 1000.0 + bucketSec / 2;
        values << static_cast<double>(count.count);
        highest = std::max(highest, static_cast<double>(count.count));
    }
    bars->setWidth(bucketSec * 0.8);
    bars->setData(keys, values, true);
    plot.xAxis->setRange(static_cast<double>(fromMs) / 1000.0, static_cast<double>(toMs) / 1000.0);
    plot.yAxis->setRange(0, std::max(1.0, highest * 1.15));
    plot.replot(QCustomPlot::rpQueuedReplot);
}

void setupFirmwarePlot(QCustomPlot& plot, const QPalette& palette)
{
    auto* bars = new QCPBars(plot.xAxis, plot.yAxis);
    bars->setWidth(0.7);
    auto integers = QSharedPointer<QCPAxisTickerFixed>::create();
    integers->setTickStep(1.0);
    integers->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    plot.yAxis->setTicker(integers);
    plot.xAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    plot.xAxis->setTickLabelRotation(30);
    plot.xAxis->grid()->setVisible(false);
    commonSetup(plot, palette);
}

void showFirmwareBars(QCustomPlot& plot, const std::vector<NamedCount>& counts)
{
    QCPBars* bars = barsOf(plot);
    if (!bars)
        return;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    QVector<double> keys;
    QVector<double> values;
    double highest = 0;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        const double key = static_cast<double>(i + 1);
        keys << key;
        values << static_cast<double>(counts[i].count);
        ticker->addTick(key, counts[i].name);
        highest = std::max(highest, static_cast<double>(counts[i].count));
    }
    bars->setData(keys, values, true);
    plot.xAxis->setTicker(ticker);
    plot.xAxis->setRange(0.3, static_cast<double>(counts.size()) + 0.7);
    plot.yAxis->setRange(0, std::max(1.0, highest * 1.15));
    plot.replot(QCustomPlot::rpQueuedReplot);
}

} // namespace hangar::app
