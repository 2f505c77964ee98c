#include "charts/chart_data_feed.h"

#include "services/app_services.h"

#include <QDateTime>

namespace hangar::app {

namespace {

using Batch = std::vector<LoadedSeries>;

constexpr std::int64_t kFutureSlackMs = 60'000; ///< devices whose clocks run a little ahead
constexpr std::size_t kMaxPolledPoints = 100'000;

} // namespace

ChartDataFeed::ChartDataFeed(AppServices& services, QObject* parent)
    : QObject(parent), m_services(services), m_cancel(std::make_shared<std::atomic<bool>>(false))
{
}

ChartDataFeed::~ChartDataFeed()
{
    m_cancel->store(true);
}

void ChartDataFeed::load(const std::vector<SeriesKey>& keys, std::int64_t fromMs, std::int64_t toMs)
{
    m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const int generation = ++m_generation;
    if (!m_loading) {
        m_loading = true;
        Q_EMIT loadingChanged(true);
    }
    engine::Engine* engine = &m_services.engine();
    m_services.query<std::pair<Batch, bool>>(
        this,
        [engine, keys, fromMs, toMs, cancel = m_cancel] {
            Batch batch;
            for (const SeriesKey& key : keys)
                batch.push_back(loadSeries(*engine, key, fromMs, toMs, kMaxPointsPerSeries, *cancel));
            return std::pair{std::move(batch), cancel->load()};
        },
        [this, generation](std::pair<Batch, bool> result) {
            if (generation != m_generation)
                return;
            m_loading = false;
            Q_EMIT loadingChanged(false);
            Q_EMIT loaded(result.first, result.second);
        });
}

void ChartDataFeed::cancel()
{
    m_cancel->store(true);
}

void ChartDataFeed::poll(const std::vector<SeriesKey>& keys, const std::vector<std::int64_t>& afterMs)
{
    if (m_polling || m_loading || keys.empty())
        return;
    m_polling = true;
    const int generation = m_generation;
    engine::Engine* engine = &m_services.engine();
    const std::int64_t untilMs = QDateTime::currentMSecsSinceEpoch() + kFutureSlackMs;
    m_services.query<Batch>(
        this,
        [engine, keys, afterMs, untilMs, cancel = m_cancel] {
            Batch batch;
            for (std::size_t i = 0; i < keys.size(); ++i)
                batch.push_back(loadSeries(*engine, keys[i], afterMs[i] + 1, untilMs, kMaxPolledPoints, *cancel));
            return batch;
        },
        [this, generation](Batch batch) {
            m_polling = false;
            if (generation == m_generation && !m_loading)
                Q_EMIT polled(batch);
        });
}

} // namespace hangar::app
