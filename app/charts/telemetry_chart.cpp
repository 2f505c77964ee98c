#include "charts/telemetry_chart.h"

#include "charts/chart_csv_export.h"
#include "charts/chart_data_feed.h"
#include "charts/chart_palette.h"
#include "charts/min_max_downsampler.h"
#include "charts/series_label.h"
#include "services/app_services.h"

#include "charts/qcustomplot_include.h"

#include <QKeyEvent>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

namespace hangar::app {

namespace {

using namespace std::chrono_literals;

constexpr double kZoomInFactor = 0.8;
constexpr double kPanStep = 0.1;
/// Below this many points in all series the reduction runs at once on the GUI thread (a few
/// milliseconds); above it on a worker.
constexpr std::size_t kInlineResampleLimit = 300'000;
/// Columns per pixel of plot width: a little over one keeps lines crisp on HiDPI screens.
constexpr int kColumnsPerPixel = 2;
constexpr auto kFrame = 16ms;
/// Thin lines: Qt's raster engine draws wider ones about 40 times slower (bench/chart_bench).
constexpr double kPenWidth = 1.0;
constexpr int kLegendRow = 1;

double nowSec()
{
    return static_cast<double>(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
}

std::int64_t toMs(double key)
{
    return static_cast<std::int64_t>(std::llround(key * 1000.0));
}

/// What a load for the visible `range` reads, [first, second] in ms: a width to the left makes
/// panning seamless, and it always reaches now so that polling continues from it.
std::pair<std::int64_t, std::int64_t> loadWindow(const QCPRange& range)
{
    return {toMs(range.lower - range.size()),
            std::max<std::int64_t>(toMs(range.upper), QDateTime::currentMSecsSinceEpoch())};
}

QString tickFormat(double spanSec)
{
    if (spanSec <= 2 * 3600.0)
        return QStringLiteral("HH:mm:ss");
    if (spanSec <= 2 * 86400.0)
        return QStringLiteral("HH:mm");
    return QStringLiteral("d MMM\nHH:mm");
}

} // namespace

TelemetryChart::TelemetryChart(AppServices& services, QWidget* parent)
    : QWidget(parent), m_services(services), m_feed(new ChartDataFeed(services, this))
{
    setupPlot();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);

    connect(m_feed, &ChartDataFeed::loaded, this, &TelemetryChart::onLoaded);
    connect(m_feed, &ChartDataFeed::polled, this, &TelemetryChart::onPolled);
    connect(m_feed, &ChartDataFeed::loadingChanged, this, &TelemetryChart::loadingChanged);

    m_pollTimer.setInterval(1s);
    connect(&m_pollTimer, &QTimer::timeout, this, &TelemetryChart::poll);
    m_pollTimer.start();
    m_resampleTimer.setSingleShot(true);
    m_resampleTimer.setInterval(kFrame);
    connect(&m_resampleTimer, &QTimer::timeout, this, &TelemetryChart::resample);
    m_replotTimer.setSingleShot(true);
    m_replotTimer.setInterval(kFrame);
    connect(&m_replotTimer, &QTimer::timeout, this, [this] { m_plot->replot(QCustomPlot::rpQueuedReplot); });
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(300ms);
    connect(&m_reloadTimer, &QTimer::timeout, this, &TelemetryChart::reload);

    setPreset(RangePreset::OneHour);
    retranslate();
}

TelemetryChart::~TelemetryChart()
{
    // QCustomPlot deletes the legend with its layout only.
    if (!m_plot->plotLayout()->hasElement(kLegendRow, 0))
        m_plot->plotLayout()->addElement(kLegendRow, 0, m_plot->legend);
}

void TelemetryChart::setupPlot()
{
    m_plot = new QCustomPlot(this);
    m_plot->setFocusPolicy(Qt::StrongFocus);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_plot->setNoAntialiasingOnDrag(true);
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeSpec(Qt::LocalTime);
    m_plot->xAxis->setTicker(ticker);
    m_plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    m_plot->legend->setWrap(2);
    placeLegend();
    m_plot->installEventFilter(this);
    connect(m_plot->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, &TelemetryChart::onRangeChanged);
    applyPalette();
}

void TelemetryChart::placeLegend()
{
    // The legend goes in a row of its own under the plot, so it never hides data. An empty
    // legend's widest size is its margins, and the layout column it shares with the plot area
    // would shrink to that: it takes part in the layout only while it has entries.
    QCPLayoutGrid& layout = *m_plot->plotLayout();
    const bool wanted = !m_series.empty();
    if (wanted == layout.hasElement(kLegendRow, 0))
        return;
    if (wanted) {
        layout.addElement(kLegendRow, 0, m_plot->legend);
        layout.setRowStretchFactor(kLegendRow, 0.001);
    } else {
        layout.take(m_plot->legend);
        layout.simplify();
    }
    m_plot->legend->setVisible(wanted);
}

void TelemetryChart::retranslate()
{
    m_plot->setAccessibleName(tr("Telemetry chart"));
    m_plot->setAccessibleDescription(
        tr("Wheel or + and - zoom, drag or the arrow keys pan, F follows the newest samples."));
    m_plot->xAxis->setLabel(tr("Time"));
    for (Series& series : m_series)
        series.graph->setName(seriesLabel(m_services.models(), series.key, series.deviceUnit));
    requestReplot();
}

void TelemetryChart::applyPalette()
{
    applyPlotPalette(*m_plot, palette());
    for (std::size_t i = 0; i < m_series.size(); ++i)
        m_series[i].graph->setPen(QPen(seriesColor(static_cast<int>(i), palette()), kPenWidth));
    requestReplot();
}

void TelemetryChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

bool TelemetryChart::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_plot && event->type() == QEvent::KeyPress) {
        switch (static_cast<QKeyEvent*>(event)->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal: zoom(kZoomInFactor); return true;
        case Qt::Key_Minus: zoom(1.0 / kZoomInFactor); return true;
        case Qt::Key_Left: pan(-kPanStep); return true;
        case Qt::Key_Right: pan(kPanStep); return true;
        case Qt::Key_F:
        case Qt::Key_End: setFollowing(true); return true;
        default: break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TelemetryChart::addSeries(const SeriesKey& key)
{
    if (find(key))
        return;
    Series series;
    series.key = key;
    series.graph = m_plot->addGraph();
    series.graph->setAdaptiveSampling(true);
    series.graph->setName(seriesLabel(m_services.models(), key));
    series.graph->setPen(QPen(seriesColor(static_cast<int>(m_series.size()), palette()), kPenWidth));
    m_series.push_back(std::move(series));
    placeLegend();
    Q_EMIT seriesChanged();
    reload();
}

void TelemetryChart::removeSeries(const SeriesKey& key)
{
    const auto it = std::ranges::find(m_series, key, &Series::key);
    if (it == m_series.end())
        return;
    m_plot->removeGraph(it->graph);
    m_series.erase(it);
    placeLegend();
    applyPalette();
    Q_EMIT seriesChanged();
    scheduleResample();
}

std::vector<SeriesKey> TelemetryChart::series() const
{
    std::vector<SeriesKey> keys;
    for (const Series& series : m_series)
        keys.push_back(series.key);
    return keys;
}

QStringList TelemetryChart::seriesLabels() const
{
    QStringList labels;
    for (const Series& series : m_series)
        labels << series.graph->name();
    return labels;
}

std::size_t TelemetryChart::rawPointCount(int index) const
{
    if (index < 0 || std::cmp_greater_equal(index, m_series.size()) || !m_series[static_cast<std::size_t>(index)].raw)
        return 0;
    return m_series[static_cast<std::size_t>(index)].raw->size();
}

TelemetryChart::Series* TelemetryChart::find(const SeriesKey& key)
{
    const auto it = std::ranges::find(m_series, key, &Series::key);
    return it == m_series.end() ? nullptr : &*it;
}

void TelemetryChart::setPreset(RangePreset preset)
{
    const auto span = presetSpan(preset);
    if (!span)
        return;
    m_preset = preset;
    Q_EMIT presetChanged(preset);
    const double now = nowSec();
    m_settingRange = true;
    m_plot->xAxis->setRange(now - static_cast<double>(span->count()) / 1000.0, now);
    m_settingRange = false;
    setFollowing(true);
    reload();
}

void TelemetryChart::setCustomRange(const QDateTime& from, const QDateTime& to)
{
    if (!(from < to))
        return;
    m_preset = RangePreset::Custom;
    Q_EMIT presetChanged(m_preset);
    setFollowing(false);
    m_settingRange = true;
    m_plot->xAxis->setRange(static_cast<double>(from.toMSecsSinceEpoch()) / 1000.0,
                            static_cast<double>(to.toMSecsSinceEpoch()) / 1000.0);
    m_settingRange = false;
    reload();
}

void TelemetryChart::setFollowing(bool follow)
{
    if (follow == m_following)
        return;
    m_following = follow;
    if (follow)
        followNow();
    Q_EMIT followingChanged(follow);
}

void TelemetryChart::zoom(double factor)
{
    m_plot->xAxis->scaleRange(factor, m_plot->xAxis->range().center());
}

void TelemetryChart::pan(double fraction)
{
    m_plot->xAxis->moveRange(m_plot->xAxis->range().size() * fraction);
}

void TelemetryChart::followNow()
{
    const double span = m_plot->xAxis->range().size();
    const double now = nowSec();
    m_settingRange = true;
    m_plot->xAxis->setRange(now - span, now);
    m_settingRange = false;
}

void TelemetryChart::onRangeChanged()
{
    if (!m_settingRange && m_following) {
        m_following = false;
        Q_EMIT followingChanged(false);
    }
    const QCPRange range = m_plot->xAxis->range();
    if (auto ticker = m_plot->xAxis->ticker().dynamicCast<QCPAxisTickerDateTime>())
        ticker->setDateTimeFormat(tickFormat(range.size()));
    // Older samples than the loaded window, or a zoom in that a load of finer buckets (or of
    // every sample) would show better: read them (debounced while the user drags).
    const auto [fromMs, untilMs] = loadWindow(range);
    const bool finer = m_loadedBucketMs > 0 && chartBucketMs(fromMs, untilMs) < m_loadedBucketMs;
    if (!m_series.empty() && (toMs(range.lower) < m_loadFromMs || finer))
        m_reloadTimer.start();
    scheduleResample();
}

void TelemetryChart::reload()
{
    m_reloadTimer.stop();
    const QCPRange range = m_plot->xAxis->range();
    std::tie(m_loadFromMs, m_loadToMs) = loadWindow(range);
    // What this load will read (onLoaded sets what it did): a range change while it runs
    // does not ask for it again.
    m_loadedBucketMs = chartBucketMs(m_loadFromMs, m_loadToMs);
    if (m_series.empty())
        return;
    m_feed->load(series(), m_loadFromMs, m_loadToMs);
}

void TelemetryChart::cancelLoading()
{
    m_feed->cancel();
}

void TelemetryChart::onLoaded(const std::vector<LoadedSeries>& loaded, bool cancelled)
{
    QStringList problems;
    bool unitsChanged = false;
    m_loadedBucketMs = 0;
    for (const LoadedSeries& result : loaded) {
        m_loadedBucketMs = std::max(m_loadedBucketMs, result.bucketMs);
        Series* series = find(result.key);
        if (!series)
            continue;
        series->raw = std::make_shared<const std::vector<ChartPoint>>(result.points);
        series->lastTimeMs = std::max(result.lastTimeMs, m_loadFromMs - 1);
        if (!result.deviceUnit.isEmpty() && series->deviceUnit != result.deviceUnit) {
            series->deviceUnit = result.deviceUnit;
            series->graph->setName(seriesLabel(m_services.models(), series->key, series->deviceUnit));
            unitsChanged = true;
        }
        if (!result.error.isEmpty())
            problems << result.error;
        else if (result.truncated)
            problems << tr("Only the oldest %L1 samples of %2 %3 are shown: choose a shorter range.")
                            .arg(result.points.size())
                            .arg(result.key.endpoint, result.key.path);
    }
    if (cancelled)
        problems << tr("Loading was cancelled: the chart shows the samples read so far.");
    Q_EMIT problemChanged(problems.join(QLatin1Char('\n')));
    if (unitsChanged)
        Q_EMIT seriesChanged();
    // Series added while this load ran are in the next one (addSeries reloads).
    if (m_following)
        followNow();
    scheduleResample();
}

void TelemetryChart::poll()
{
    if (m_following)
        followNow();
    std::vector<SeriesKey> keys;
    std::vector<std::int64_t> after;
    for (const Series& series : m_series) {
        if (!series.raw)
            continue; // still loading
        keys.push_back(series.key);
        after.push_back(series.lastTimeMs);
    }
    m_feed->poll(keys, after);
}

void TelemetryChart::onPolled(const std::vector<LoadedSeries>& polled)
{
    bool grew = false;
    for (const LoadedSeries& result : polled) {
        Series* series = find(result.key);
        if (!series || !series->raw || result.points.empty())
            continue;
        const double newest = series->raw->empty() ? -1.0 : series->raw->back().key;
        const auto fresh = std::ranges::find_if(result.points, [newest](const ChartPoint& p) { return p.key > newest; });
        if (fresh == result.points.end())
            continue;
        auto grown = std::make_shared<std::vector<ChartPoint>>();
        grown->reserve(series->raw->size() + static_cast<std::size_t>(result.points.end() - fresh));
        grown->assign(series->raw->begin(), series->raw->end());
        grown->insert(grown->end(), fresh, result.points.end());
        series->raw = std::move(grown);
        series->lastTimeMs = std::max(series->lastTimeMs, result.lastTimeMs);
        grew = true;
    }
    if (!grew)
        return;
    if (m_following)
        followNow();
    scheduleResample();
}

void TelemetryChart::scheduleResample()
{
    if (!m_resampleTimer.isActive())
        m_resampleTimer.start();
}

void TelemetryChart::resample()
{
    const QCPRange range = m_plot->xAxis->range();
    // One width either side, so a pan shows reduced data at once while the next pass runs.
    const double from = range.lower - range.size();
    const double to = range.upper + range.size();
    const int columns = 3 * kColumnsPerPixel * std::max(200, m_plot->axisRect()->width());
    std::vector<SeriesKey> keys;
    std::vector<ChartPoints> raws;
    std::size_t total = 0;
    for (const Series& series : m_series) {
        keys.push_back(series.key);
        raws.push_back(series.raw ? series.raw : std::make_shared<const std::vector<ChartPoint>>());
        total += raws.back()->size();
    }
    auto reduce = [raws, from, to, columns] {
        std::vector<std::vector<ChartPoint>> reduced;
        for (const ChartPoints& raw : raws)
            reduced.push_back(downsampleMinMax(*raw, from, to, columns));
        return reduced;
    };
    const int generation = ++m_resampleGeneration;
    if (total <= kInlineResampleLimit) {
        applyResampled(keys, reduce());
        return;
    }
    m_services.query<std::vector<std::vector<ChartPoint>>>(
        this, reduce, [this, generation, keys](std::vector<std::vector<ChartPoint>> reduced) {
            if (generation == m_resampleGeneration)
                applyResampled(keys, reduced);
        });
}

void TelemetryChart::applyResampled(const std::vector<SeriesKey>& keys,
                                    const std::vector<std::vector<ChartPoint>>& reduced)
{
    for (std::size_t i = 0; i < keys.size(); ++i) {
        Series* series = find(keys[i]);
        if (!series)
            continue;
        QVector<QCPGraphData> points;
        points.reserve(static_cast<qsizetype>(reduced[i].size()));
        for (const ChartPoint& point : reduced[i])
            points.append(QCPGraphData(point.key, point.value));
        series->graph->data()->set(points, true);
    }
    // The value axis fits what is visible (with a margin), whatever the zoom.
    bool first = true;
    for (const Series& series : m_series) {
        if (series.graph->data()->isEmpty())
            continue;
        series.graph->rescaleValueAxis(!first, true);
        first = false;
    }
    QCPRange values = m_plot->yAxis->range();
    if (values.size() < 1e-9)
        m_plot->yAxis->setRange(values.center() - 1, values.center() + 1);
    else if (!first)
        m_plot->yAxis->scaleRange(1.1, values.center());
    requestReplot();
}

void TelemetryChart::requestReplot()
{
    if (!m_replotTimer.isActive())
        m_replotTimer.start();
}

bool TelemetryChart::exportPng(const QString& fileName)
{
    return m_plot->savePng(fileName, 0, 0, 1.0, -1);
}

void TelemetryChart::exportCsv(const QString& fileName)
{
    QStringList headers;
    std::vector<ChartPoints> raws;
    for (const Series& series : m_series) {
        headers << series.graph->name();
        raws.push_back(series.raw ? series.raw : std::make_shared<const std::vector<ChartPoint>>());
    }
    const QCPRange range = m_plot->xAxis->range();
    m_services.query<QString>(
        this,
        [fileName, headers, raws, range] {
            auto written = writeChartCsv(fileName, headers, raws, range.lower, range.upper);
            return written ? QString() : QString::fromStdString(written.error().message);
        },
        [this, fileName](QString error) {
            Q_EMIT exportFinished(error.isEmpty(),
                                  error.isEmpty() ? tr("Saved %1.").arg(QDir::toNativeSeparators(fileName)) : error);
        });
}

} // namespace hangar::app
