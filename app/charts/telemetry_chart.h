#pragma once

#include "charts/chart_point.h"
#include "charts/chart_range.h"
#include "charts/series_key.h"
#include "charts/series_loader.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <vector>

class QCustomPlot;
class QCPGraph;

namespace hangar::app {

class AppServices;
class ChartDataFeed;

/// A live time chart of numeric resources of one or several devices, overlaid on a date-time
/// axis. Loads its window from the store on a worker, polls newer samples every second, reduces
/// each series to min/max per pixel column (again on zoom and pan, on a worker for large
/// windows) and replots at most once per frame. Mouse: wheel zooms, drag pans (time axis; the
/// value axis fits the visible data). Keys: + / - zoom, Left / Right pan, F follows again.
/// Following keeps the newest samples in view; zooming or panning pauses it.
class TelemetryChart : public QWidget
{
    Q_OBJECT

public:
    TelemetryChart(AppServices& services, QWidget* parent = nullptr);
    ~TelemetryChart() override;

    /// Adds `key` (no effect when shown already) and loads its samples of the current window.
    void addSeries(const SeriesKey& key);
    void removeSeries(const SeriesKey& key);
    std::vector<SeriesKey> series() const;
    /// The legend text of each series, in the order of series().
    QStringList seriesLabels() const;
    /// Full-resolution samples held for series `index` (what CSV export writes).
    std::size_t rawPointCount(int index) const;

    /// Shows the last span of `preset` and follows new data; Custom keeps the current range.
    void setPreset(RangePreset preset);
    RangePreset preset() const { return m_preset; }
    /// Shows [from, to] and stops following.
    void setCustomRange(const QDateTime& from, const QDateTime& to);
    void setFollowing(bool follow);
    bool following() const { return m_following; }

    /// Zooms the time axis around its centre: factor < 1 zooms in.
    void zoom(double factor);
    /// Moves the time axis by `fraction` of its width (negative: back in time).
    void pan(double fraction);

    /// Renders the chart to a PNG file; false when the file cannot be written.
    bool exportPng(const QString& fileName);
    /// Writes the samples in the visible time range as CSV on a worker; exportFinished follows.
    void exportCsv(const QString& fileName);
    /// Stops a running load.
    void cancelLoading();

    QCustomPlot* plot() const { return m_plot; }

Q_SIGNALS:
    void followingChanged(bool following);
    void presetChanged(hangar::app::RangePreset preset);
    void loadingChanged(bool loading);
    /// A problem to show the user (a failed read), or an empty text when it is gone.
    void problemChanged(const QString& text);
    void exportFinished(bool ok, const QString& message);
    void seriesChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Series
    {
        SeriesKey key;
        QCPGraph* graph = nullptr;
        ChartPoints raw;
        std::int64_t lastTimeMs = -1;
        QString deviceUnit;
    };

    void setupPlot();
    void placeLegend();
    void retranslate();
    void applyPalette();
    void reload();
    void onLoaded(const std::vector<LoadedSeries>& loaded, bool cancelled);
    void onPolled(const std::vector<LoadedSeries>& polled);
    void poll();
    void followNow();
    void onRangeChanged();
    void scheduleResample();
    void resample();
    void applyResampled(const std::vector<SeriesKey>& keys, const std::vector<std::vector<ChartPoint>>& reduced);
    void requestReplot();
    Series* find(const SeriesKey& key);

    AppServices& m_services;
    QCustomPlot* m_plot = nullptr;
    ChartDataFeed* m_feed = nullptr;
    std::vector<Series> m_series;
    RangePreset m_preset = RangePreset::OneHour;
    bool m_following = true;
    std::int64_t m_loadFromMs = 0;
    std::int64_t m_loadToMs = 0;
    std::int64_t m_loadedBucketMs = 0; ///< widest bucket of the last load; 0: every sample
    bool m_settingRange = false; ///< the chart moves the axis itself: not a user pan
    int m_resampleGeneration = 0;
    QTimer m_pollTimer;
    QTimer m_resampleTimer;
    QTimer m_replotTimer;
    QTimer m_reloadTimer;
};

} // namespace hangar::app
