#include "engine/notification_sink.h"

#include "lwm2m/senml_record.h"

#include <cmath>

namespace hangar::engine {

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
