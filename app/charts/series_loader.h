#pragma once

#include "charts/chart_point.h"
#include "charts/series_key.h"

#include "engine/engine.h"

#include <QString>

#include <atomic>
#include <cstdint>
#include <optional>

namespace hangar::app {

/// The numeric reading of a sample: integers, unsigned, floats, booleans (0/1) and times;
/// nullopt for strings, opaque values and links.
std::optional<double> numericValue(const lwm2m::Value& value);

/// Samples of one series, read on a worker thread.
struct LoadedSeries
{
    SeriesKey key;
    std::vector<ChartPoint> points;   ///< sorted by key
    std::int64_t lastTimeMs = -1;     ///< newest sample read, -1 when none
    bool truncated = false;           ///< stopped at maxPoints: the newest part is missing
    /// Width of the buckets the points stand for (a min and a max point each); 0 when the
    /// points are the samples themselves.
    std::int64_t bucketMs = 0;
    QString deviceUnit;               ///< the instance's "Sensor Units" (5701) value, if cached
    QString error;                    ///< empty on success
};

/// The unit an IPSO sensor instance reports in its Sensor Units resource (5701) beside `path`,
/// from the engine's value cache; empty when the object has no such resource or it is not
/// cached. Blocks briefly: call it on a worker thread.
QString deviceSensorUnit(engine::Engine& engine, const SeriesKey& key);

/// The bucket width loadSeries uses for [fromMs, toMs]: 0 (every sample) up to 4,096 minutes,
/// beyond that whole minutes, as wide as leaves at least 8,192 buckets (more min/max pairs than
/// a wide plot has pixel columns). The 7-day view loads 14 days: 2-minute buckets, read from
/// ~20,000 per-minute rollups instead of 1.2 million samples at 1 Hz.
std::int64_t chartBucketMs(std::int64_t fromMs, std::int64_t toMs);

/// Reads the numeric samples of `key` with fromMs <= time <= toMs from the store, in pages, up
/// to `maxPoints`: every sample, or for long ranges (chartBucketMs) the minimum and maximum of
/// each bucket, as two points in time order (one when the bucket holds one sample), so spikes
/// stay visible. Blocks: call it on a worker thread. Stops early (returning what it has) when
/// `cancelled` becomes true.
LoadedSeries loadSeries(engine::Engine& engine, const SeriesKey& key, std::int64_t fromMs, std::int64_t toMs,
                        std::size_t maxPoints, const std::atomic<bool>& cancelled);

} // namespace hangar::app
