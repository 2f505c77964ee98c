#include "engine/notification_sink.h"

#include "lwm2m/senml_record.h"

#include <cmath>
#include <string_view>
#include <unordered_map>

namespace hangar::engine {

namespace {

struct CacheKey
{
    std::string_view endpoint;
    const lwm2m::LwM2mPath* path;

    friend bool operator==(const CacheKey& a, const CacheKey& b)
    {
        return a.endpoint == b.endpoint && *a.path == *b.path;
    }
};

struct CacheKeyHash
{
    std::size_t operator()(const CacheKey& key) const
    {
        std::size_t hash = std::hash<std::string_view>()(key.endpoint);
        for (int level = 0; level < key.path->depth(); ++level)
            hash = hash * 1000003u ^ key.path->id(level);
        return hash;
    }
};

/// Keeps only the newest value per (device, path): a busy device notifies the same resource many
/// times per batch, and each cache row is an upsert the store writer would otherwise repeat.
void keepNewestPerPath(std::vector<store::CachedValue>& values)
{
    std::unordered_map<CacheKey, std::size_t, CacheKeyHash> newest;
    newest.reserve(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
        const auto [slot, inserted] = newest.try_emplace({values[i].endpoint, &values[i].path}, i);
        if (!inserted && values[i].timeMs >= values[slot->second].timeMs)
            slot->second = i;
    }
    std::vector<bool> keep(values.size(), false);
    for (const auto& entry : newest)
        keep[entry.second] = true;
    std::size_t kept = 0;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (keep[i]) {
            if (kept != i)
                values[kept] = std::move(values[i]);
            ++kept;
        }
    }
    values.resize(kept);
}

} // namespace

NotificationSink::NotificationSink(store::Store& store, QObject* parent) : QObject(parent), m_store(store) {}

void NotificationSink::add(const std::string& endpoint, const lwm2m::PathValues& values,
                           std::int64_t receivedMs, bool asSample)
{
    for (const lwm2m::PathValue& value : values) {
        if (value.value.isNone())
            continue;
        std::int64_t timeMs = receivedMs;
        if (value.timeSec && std::isfinite(*value.timeSec)) {
            // Relative SenML times (below 2^28) count from the moment the payload arrived.
            const double absoluteSec =
                lwm2m::absoluteSenmlTime(*value.timeSec, static_cast<double>(receivedMs) / 1000.0);
            if (absoluteSec > 0 && absoluteSec < 1e11)
                timeMs = static_cast<std::int64_t>(std::llround(absoluteSec * 1000.0));
        }
        m_cached.push_back({endpoint, value.path, value.value, timeMs});
        if (asSample)
            m_samples.push_back({endpoint, value.path, value.value, timeMs});
    }
    if (!m_scheduled && (!m_cached.empty() || !m_samples.empty())) {
        m_scheduled = true;
        QMetaObject::invokeMethod(this, &NotificationSink::flush, Qt::QueuedConnection);
    }
}

void NotificationSink::flush()
{
    m_scheduled = false;
    const std::size_t cachedCount = m_cached.size();
    const std::size_t sampleCount = m_samples.size();
    if (cachedCount > 0) {
        keepNewestPerPath(m_cached);
        auto cached = m_store.enqueueCachedValues(std::move(m_cached));
        (cached ? m_accepted : m_dropped).fetch_add(cachedCount, std::memory_order_relaxed);
        m_cached = {};
        m_cached.reserve(cachedCount);
    }
    if (sampleCount > 0) {
        auto samples = m_store.enqueueSamples(std::move(m_samples));
        if (!samples)
            m_dropped.fetch_add(sampleCount, std::memory_order_relaxed);
        m_samples = {};
        m_samples.reserve(sampleCount);
    }
}

} // namespace hangar::engine
