#include "inventory/device_feed.h"

#include "inventory/device_table_model.h"
#include "services/app_services.h"

namespace hangar::app {

namespace {

/// A short wait lets a burst of changes gather into one fetch.
constexpr int kSettleMs = 30;
/// The second fetch of a changed device, after the store writer has committed it (it commits
/// at least every ~50 ms; this leaves room for a busy writer).
constexpr int kRecheckMs = 400;

struct PageResult
{
    Expected<store::DevicePage> page = store::DevicePage{};
    std::uint64_t seq = 0;
};

struct ChangeResult
{
    std::vector<store::DeviceRecord> found;
    std::vector<std::string> gone;
    std::uint64_t seq = 0;
};

} // namespace

DeviceFeed::DeviceFeed(AppServices& services, DeviceTableModel& model, QObject* parent)
    : QObject(parent), m_services(services), m_model(model)
{
    // The engine emits on its own thread; the queued connection brings batches here.
    connect(&services.engine(), &engine::Engine::devicesChanged, this,
            &DeviceFeed::onDevicesChanged, Qt::QueuedConnection);
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &DeviceFeed::fetchPending);
}

void DeviceFeed::reload()
{
    cancelLoad();
    m_loading = true;
    m_loadStartSeq = m_nextSeq;
    requestPage(0);
}

void DeviceFeed::cancelLoad()
{
    if (!m_loading)
        return;
    m_loading = false;
    ++m_loadGeneration;
    Q_EMIT loadFinished(false, {});
}

void DeviceFeed::requestPage(int offset)
{
    const std::uint64_t generation = m_loadGeneration;
    const std::uint64_t seq = m_nextSeq++;
    engine::Engine* engine = &m_services.engine();
    const int limit = m_pageSize;
    m_services.query<PageResult>(
        this,
        [engine, offset, limit, seq] {
            store::DeviceQuery query;
            query.limit = limit;
            query.offset = offset;
            return PageResult{engine->listDevices(query), seq};
        },
        [this, generation, offset](PageResult result) {
            if (generation != m_loadGeneration || !m_loading)
                return;
            if (!result.page) {
                m_loading = false;
                Q_EMIT loadFinished(false, tr("The device list could not be loaded: %1")
                                               .arg(QString::fromStdString(
                                                   result.page.error().message)));
                return;
            }
            const auto count = static_cast<int>(result.page->items.size());
            m_model.upsert(result.page->items, result.seq);
            const int loaded = offset + count;
            const auto total = static_cast<int>(std::max<std::int64_t>(result.page->total, loaded));
            Q_EMIT loadProgress(loaded, total);
            if (count == m_pageSize && loaded < total) {
                requestPage(loaded);
                return;
            }
            m_loading = false;
            m_model.removeOlderThan(m_loadStartSeq);
            Q_EMIT loadFinished(true, {});
        });
}

void DeviceFeed::onDevicesChanged(const std::vector<std::string>& endpoints)
{
    m_pending.insert(endpoints.begin(), endpoints.end());
    if (!m_fetching && !m_settle.isActive())
        m_settle.start();
}

void DeviceFeed::fetchPending()
{
    if (m_pending.empty() && m_recheck.empty())
        return;
    m_fetching = true;
    std::set<std::string> all = std::move(m_recheck);
    m_recheck.clear();
    all.insert(m_pending.begin(), m_pending.end());
    std::vector<std::string> endpoints(all.begin(), all.end());
    std::vector<std::string> again(m_pending.begin(), m_pending.end());
    m_pending.clear();
    QTimer::singleShot(kRecheckMs, this, [this, again = std::move(again)] {
        m_recheck.insert(again.begin(), again.end());
        if (!m_fetching && !m_settle.isActive())
            m_settle.start();
    });
    engine::Engine* engine = &m_services.engine();
    const std::uint64_t seq = m_nextSeq++;
    m_services.query<ChangeResult>(
        this,
        [engine, endpoints = std::move(endpoints), seq] {
            ChangeResult result;
            result.seq = seq;
            for (const std::string& endpoint : endpoints) {
                auto record = engine->device(endpoint);
                if (record)
                    result.found.push_back(std::move(*record));
                else if (record.error().code == ErrorCode::NotFound)
                    result.gone.push_back(endpoint);
            }
            return result;
        },
        [this](ChangeResult result) {
            m_fetching = false;
            m_model.upsert(result.found, result.seq);
            m_model.remove(result.gone);
            Q_EMIT changesApplied();
            if (!m_pending.empty() || !m_recheck.empty())
                m_settle.start();
        });
}

} // namespace hangar::app
