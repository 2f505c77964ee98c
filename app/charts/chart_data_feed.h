#pragma once

#include "charts/series_loader.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <vector>

namespace hangar::app {

class AppServices;

/// Reads chart samples from the store on worker threads: a full load of a time window and the
/// one-second polls for newer samples. Results arrive as signals on the GUI thread; a result
/// of a load that a newer load replaced is dropped, and so is a poll that started before it.
class ChartDataFeed : public QObject
{
    Q_OBJECT

public:
    /// Most points read per series and load; beyond that the load reports `truncated`.
    static constexpr std::size_t kMaxPointsPerSeries = 4'000'000;

    ChartDataFeed(AppServices& services, QObject* parent = nullptr);
    ~ChartDataFeed() override;

    /// Loads every series of `keys` with fromMs <= time <= toMs, cancelling a load under way.
    void load(const std::vector<SeriesKey>& keys, std::int64_t fromMs, std::int64_t toMs);
    /// Stops the running load; loaded() then reports what was read so far.
    void cancel();
    bool loading() const { return m_loading; }

    /// Reads the samples after `afterMs[i]` of `keys[i]`; does nothing while a poll or a load runs.
    void poll(const std::vector<SeriesKey>& keys, const std::vector<std::int64_t>& afterMs);

Q_SIGNALS:
    void loaded(const std::vector<hangar::app::LoadedSeries>& series, bool cancelled);
    void polled(const std::vector<hangar::app::LoadedSeries>& series);
    void loadingChanged(bool loading);

private:
    AppServices& m_services;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    int m_generation = 0;
    bool m_loading = false;
    bool m_polling = false;
};

} // namespace hangar::app
