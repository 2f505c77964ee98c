#pragma once

#include "lwm2m/path_value.h"
#include "store/store.h"

#include <QObject>

#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

namespace hangar::engine {

/// Collects decoded values (notifications, reads) and hands them to the store in one call per
/// event-loop turn: the value cache gets every value, the telemetry series every sample.
/// Engine thread only, except the counters.
class NotificationSink : public QObject
{
    Q_OBJECT

public:
    explicit NotificationSink(store::Store& store, QObject* parent = nullptr);

    /// Queues `values` of `endpoint` received at `receivedMs` (wall clock); a value's own SenML
    /// time wins. With `asSample` they also go to the telemetry series.
    void add(const std::string& endpoint, const lwm2m::PathValues& values, std::int64_t receivedMs,
             bool asSample);
    /// Hands everything queued to the store now.
    void flush();

    std::uint64_t valuesAccepted() const { return m_accepted.load(std::memory_order_relaxed); }
    /// Values the store refused (back-pressure): telemetry is shed rather than blocking.
    std::uint64_t valuesDropped() const { return m_dropped.load(std::memory_order_relaxed); }

private:
    store::Store& m_store;
    std::vector<store::CachedValue> m_cached;
    std::vector<store::Sample> m_samples;
    bool m_scheduled = false;
    std::atomic<std::uint64_t> m_accepted{0};
    std::atomic<std::uint64_t> m_dropped{0};
};

} // namespace hangar::engine
