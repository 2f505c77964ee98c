// chart_bench: the telemetry chart's drawing costs, offscreen, at a typical window size
// (1600×900): a full replot of 8 series × 50,000 points with QCustomPlot's adaptive sampling on
// and off, the same after the chart's own min/max reduction to the plot width (what the app
// draws), and the min/max reduction of 1,000,000 points.
//
// Usage: chart_bench [--quick] [--points N] [--series N] [--replots N]

#include "charts/min_max_downsampler.h"
#include "charts/qcustomplot_include.h"

#include <QApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <random>
#include <string>
#include <vector>

using namespace hangar::app;

namespace {

struct Options
{
    bool quick = false;
    int series = 8;
    int points = 50'000;
    int replots = 30;
    int reducePoints = 1'000'000;
};

struct Table
{
    struct Row
    {
        std::string measure;
        std::string figure;
        std::string target;
        std::string verdict;
    };
    std::vector<Row> rows;
    std::vector<std::string> notes;

    void add(std::string measure, std::string figure, std::string target = "", std::optional<bool> met = {})
    {
        rows.push_back({std::move(measure), std::move(figure), std::move(target),
                        met ? (*met ? "met" : "MISSED") : ""});
    }
    void print() const
    {
        std::printf("\n%-56s %-30s %-12s %s\n", "measure", "figure", "target", "");
        std::printf("%s\n", std::string(106, '-').c_str());
        for (const Row& row : rows)
            std::printf("%-56s %-30s %-12s %s\n", row.measure.c_str(), row.figure.c_str(), row.target.c_str(),
                        row.verdict.c_str());
        for (const std::string& note : notes)
            std::printf("note: %s\n", note.c_str());
    }
};

std::string format(const char* pattern, double a, double b = 0)
{
    char text[128];
    std::snprintf(text, sizeof(text), pattern, a, b);
    return text;
}

/// A random walk with occasional spikes, one sample per second ending now.
std::vector<ChartPoint> signal(int count, unsigned seed)
{
    std::mt19937 random(seed);
    std::normal_distribution<double> step(0.0, 0.2);
    std::uniform_int_distribution<int> spike(0, 5000);
    std::vector<ChartPoint> points;
    points.reserve(static_cast<std::size_t>(count));
    const double start = 1'700'000'000.0;
    double value = 20.0 + seed;
    for (int i = 0; i < count; ++i) {
        value += step(random);
        points.push_back({start + i, spike(random) == 0 ? value + 15.0 : value});
    }
    return points;
}

struct ReplotTimes
{
    double meanMs = 0;
    double maxMs = 0;
};

ReplotTimes timeReplots(QCustomPlot& plot, int replots)
{
    plot.replot(QCustomPlot::rpImmediateRefresh); // warm caches (labels, buffers)
    ReplotTimes times;
    QElapsedTimer clock;
    for (int i = 0; i < replots; ++i) {
        // A small pan each time, so nothing is served from a cache of the last frame.
        plot.xAxis->moveRange(i % 2 ? 1.0 : -1.0);
        clock.start();
        plot.replot(QCustomPlot::rpImmediateRefresh);
        const double ms = static_cast<double>(clock.nsecsElapsed()) / 1e6;
        times.meanMs += ms;
        times.maxMs = std::max(times.maxMs, ms);
    }
    times.meanMs /= replots;
    return times;
}

void fill(QCustomPlot& plot, const std::vector<std::vector<ChartPoint>>& series, bool adaptive, double penWidth = 1.0,
          bool antialiased = true)
{
    plot.clearGraphs();
    for (const auto& points : series) {
        QCPGraph* graph = plot.addGraph();
        graph->setAdaptiveSampling(adaptive);
        QVector<QCPGraphData> data;
        data.reserve(static_cast<qsizetype>(points.size()));
        for (const ChartPoint& point : points)
            data.append(QCPGraphData(point.key, point.value));
        graph->data()->set(data, true);
        graph->setPen(QPen(QColor::fromHsv(static_cast<int>(plot.graphCount()) * 45 % 360, 200, 200), penWidth));
        graph->setAntialiased(antialiased);
    }
    plot.rescaleAxes();
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto next = [&]() -> int { return i + 1 < argc ? std::stoi(argv[++i]) : 0; };
        if (arg == "--quick") {
            options.quick = true;
            options.points = 10'000;
            options.replots = 10;
            options.reducePoints = 200'000;
        } else if (arg == "--points") {
            options.points = next();
        } else if (arg == "--series") {
            options.series = next();
        } else if (arg == "--replots") {
            options.replots = next();
        } else {
            std::fprintf(stderr, "usage: chart_bench [--quick] [--points N] [--series N] [--replots N]\n");
            return 2;
        }
    }

    QCustomPlot plot;
    plot.resize(1600, 900);
    plot.xAxis->setTicker(QSharedPointer<QCPAxisTickerDateTime>::create());
    plot.legend->setVisible(true);
    plot.show();
    QApplication::processEvents();

    std::vector<std::vector<ChartPoint>> series;
    for (int s = 0; s < options.series; ++s)
        series.push_back(signal(options.points, static_cast<unsigned>(s)));

    Table table;
    const std::string shape = std::to_string(options.series) + " x " + std::to_string(options.points);
    fill(plot, series, true);
    const ReplotTimes adaptive = timeReplots(plot, options.replots);
    table.add("full replot, " + shape + ", adaptive sampling on", format("%.2f ms mean, %.2f ms max", adaptive.meanMs, adaptive.maxMs),
              "<= 16 ms", adaptive.meanMs <= 16.0);
    fill(plot, series, true, 1.0, false);
    const ReplotTimes aliased = timeReplots(plot, options.replots);
    table.add("  same, no antialiasing", format("%.2f ms mean, %.2f ms max", aliased.meanMs, aliased.maxMs));
    fill(plot, series, true, 1.5, true);
    const ReplotTimes wide = timeReplots(plot, options.replots);
    table.add("  same, 1.5 px pen (Qt's slow wide-line path)", format("%.2f ms mean, %.2f ms max", wide.meanMs, wide.maxMs));
    fill(plot, series, false);
    const ReplotTimes plain = timeReplots(plot, options.replots);
    table.add("full replot, " + shape + ", adaptive sampling off", format("%.2f ms mean, %.2f ms max", plain.meanMs, plain.maxMs));

    // What the app draws: min/max per column over three plot widths (the view and one either side),
    // of which the view shows the middle one.
    const double from = series.front().front().key;
    const double to = series.front().back().key;
    const int columns = 3 * 2 * plot.axisRect()->width();
    std::vector<std::vector<ChartPoint>> reduced;
    QElapsedTimer clock;
    clock.start();
    for (const auto& points : series)
        reduced.push_back(downsampleMinMax(points, from, to, columns));
    const double reduceAllMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    fill(plot, reduced, true);
    // The app reduces one width either side of the view and shows the middle third.
    plot.xAxis->setRange(from + (to - from) / 3.0, from + 2.0 * (to - from) / 3.0);
    const ReplotTimes reducedTimes = timeReplots(plot, options.replots);
    table.add("full replot after min/max reduction (app path)", format("%.2f ms mean, %.2f ms max", reducedTimes.meanMs, reducedTimes.maxMs),
              "<= 16 ms", reducedTimes.meanMs <= 16.0);
    table.add("  reduction of " + shape + " to " + std::to_string(columns) + " columns", format("%.2f ms", reduceAllMs));

    const std::vector<ChartPoint> big = signal(options.reducePoints, 99);
    clock.start();
    const std::vector<ChartPoint> bigReduced = downsampleMinMax(big, big.front().key, big.back().key, 3200);
    const double bigMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    table.add("min/max reduction, " + std::to_string(options.reducePoints) + " points to 3200 columns",
              format("%.2f ms (%.0f points out)", bigMs, static_cast<double>(bigReduced.size())));
    table.notes.push_back("offscreen platform, raster paint engine, antialiased 1 px lines, 1600x900, " + std::to_string(options.replots)
                          + " replots per figure, each after a 1 s pan");
    table.print();
    return 0;
}
