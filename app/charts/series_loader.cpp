#include "charts/series_loader.h"

#include <QCoreApplication>

#include <algorithm>
#include <future>

namespace hangar::app {

namespace {

constexpr int kPageSize = 50'000;
constexpr std::uint16_t kSensorUnits = 5701; ///< IPSO "Sensor Units" (a String)
constexpr auto kCacheReadLimit = std::chrono::seconds(2);
constexpr std::int64_t kMinuteMs = 60'000;
/// Up to this many minutes (2.8 days; 246,000 samples at 1 Hz) a load reads every sample.
constexpr std::int64_t kRawMinutesLimit = 4096;
/// Longer loads get whole-minute buckets, at least this many: more min/max pairs than a wide
/// plot has pixel columns.
constexpr std::int64_t kMinBuckets = 8192;

} // namespace

std::optional<double> numericValue(const lwm2m::Value& value)
{
    switch (value.type()) {
    case lwm2m::ResourceType::Integer:
    case lwm2m::ResourceType::Time: return static_cast<double>(value.asInteger());
    case lwm2m::ResourceType::UnsignedInteger: return static_cast<double>(value.asUnsigned());
    case lwm2m::ResourceType::Float: return value.asFloat();
    case lwm2m::ResourceType::Boolean: return value.asBool() ? 1.0 : 0.0;
    default: return std::nullopt;
    }
}

QString deviceSensorUnit(engine::Engine& engine, const SeriesKey& key)
{
    const auto path = lwm2m::LwM2mPath::parse(key.path.toStdString());
    if (!path || path->depth() < 3 || path->resourceId() == kSensorUnits
        || !engine.models().resource(path->objectId(), kSensorUnits))
        return {};
    // From the value cache first (answered from the store); a device that never sent its units
    // is asked once, briefly. Both callbacks hop through the engine thread.
    const lwm2m::LwM2mPath unitsPath(path->objectId(), path->instanceId(), kSensorUnits);
    for (const bool cacheOnly : {true, false}) {
        auto answer = std::make_shared<std::promise<QString>>();
        std::future<QString> unit = answer->get_future();
        engine::ReadOptions options;
        options.cacheOnly = cacheOnly;
        options.timeout = kCacheReadLimit;
        engine.read(key.endpoint.toStdString(), unitsPath, options, [answer](Expected<engine::ReadResult> result) {
            QString text;
            if (result && !result->values.empty() && result->values.front().value.type() == lwm2m::ResourceType::String)
                text = QString::fromStdString(result->values.front().value.asString());
            answer->set_value(text);
        });
        if (unit.wait_for(kCacheReadLimit + std::chrono::seconds(1)) != std::future_status::ready)
            return {};
        if (QString text = unit.get(); !text.isEmpty())
            return text;
    }
    return {};
}

std::int64_t chartBucketMs(std::int64_t fromMs, std::int64_t toMs)
{
    if (toMs <= fromMs)
        return 0;
    // Unsigned: the difference of any two times fits.
    const auto minutes = static_cast<std::int64_t>(
        (static_cast<std::uint64_t>(toMs) - static_cast<std::uint64_t>(fromMs)) / kMinuteMs);
    if (minutes <= kRawMinutesLimit)
        return 0;
    return std::max<std::int64_t>(1, minutes / kMinBuckets) * kMinuteMs;
}

namespace {

QString readFailed(const SeriesKey& key, const Error& error)
{
    return QCoreApplication::translate("hangar::app::SeriesLoader", "Reading %1 %2 failed: %3")
        .arg(key.endpoint, key.path, QString::fromStdString(error.message));
}

void loadSamples(engine::Engine& engine, store::SampleQuery query, std::size_t maxPoints,
                 const std::atomic<bool>& cancelled, LoadedSeries& loaded)
{
    while (!cancelled.load(std::memory_order_relaxed)) {
        query.limit = static_cast<int>(std::min<std::size_t>(kPageSize, maxPoints - loaded.points.size()));
        auto page = engine.telemetry(query);
        if (!page) {
            loaded.error = readFailed(loaded.key, page.error());
            return;
        }
        for (const store::Sample& sample : *page) {
            loaded.lastTimeMs = std::max(loaded.lastTimeMs, sample.timeMs);
            if (const auto number = numericValue(sample.value))
                loaded.points.push_back({static_cast<double>(sample.timeMs) / 1000.0, *number});
        }
        if (std::cmp_less(page->size(), query.limit))
            return;
        if (loaded.points.size() >= maxPoints) {
            loaded.truncated = true;
            return;
        }
        // Pages continue after the newest time read; samples sharing that millisecond with the
        // page boundary are rare and only ever duplicates of a visible point.
        query.fromMs = page->back().timeMs + 1;
    }
}

/// The min and max of the bucket at the times of its first and last sample, in the order its
/// first and last values suggest (rising: min first); one point for a single value.
void appendBucketPoints(const store::SampleBucket& bucket, std::vector<ChartPoint>& points)
{
    const double earlierKey = static_cast<double>(bucket.firstMs) / 1000.0;
    const double laterKey = static_cast<double>(bucket.lastMs) / 1000.0;
    if (bucket.count == 1 || bucket.min == bucket.max) {
        points.push_back({earlierKey, bucket.first});
        return;
    }
    const bool rising = bucket.first <= bucket.last;
    points.push_back({earlierKey, rising ? bucket.min : bucket.max});
    points.push_back({laterKey, rising ? bucket.max : bucket.min});
}

void loadBuckets(engine::Engine& engine, store::SampleQuery query, std::int64_t bucketMs, std::size_t maxPoints,
                 const std::atomic<bool>& cancelled, LoadedSeries& loaded)
{
    loaded.bucketMs = bucketMs;
    const std::size_t maxBuckets = maxPoints / 2;
    std::size_t buckets = 0;
    while (!cancelled.load(std::memory_order_relaxed)) {
        query.limit = static_cast<int>(std::min<std::size_t>(kPageSize, maxBuckets - buckets));
        auto page = engine.telemetryBuckets(query, bucketMs);
        if (!page) {
            loaded.error = readFailed(loaded.key, page.error());
            return;
        }
        for (const store::SampleBucket& bucket : *page) {
            loaded.lastTimeMs = std::max(loaded.lastTimeMs, bucket.lastMs);
            appendBucketPoints(bucket, loaded.points);
        }
        buckets += page->size();
        if (std::cmp_less(page->size(), query.limit))
            return;
        if (buckets >= maxBuckets) {
            loaded.truncated = true;
            return;
        }
        query.fromMs = page->back().startMs + bucketMs;
    }
}

} // namespace

LoadedSeries loadSeries(engine::Engine& engine, const SeriesKey& key, std::int64_t fromMs, std::int64_t toMs,
                        std::size_t maxPoints, const std::atomic<bool>& cancelled)
{
    LoadedSeries loaded;
    loaded.key = key;
    auto path = lwm2m::LwM2mPath::parse(key.path.toStdString());
    if (!path) {
        loaded.error = QCoreApplication::translate("hangar::app::SeriesLoader", "%1 is not a resource path: %2")
                           .arg(key.path, QString::fromStdString(path.error().message));
        return loaded;
    }
    store::SampleQuery query;
    query.endpoint = key.endpoint.toStdString();
    query.path = *path;
    query.fromMs = fromMs;
    query.toMs = toMs;
    query.order = store::TimeOrder::OldestFirst;
    loaded.deviceUnit = deviceSensorUnit(engine, key);
    if (const std::int64_t bucketMs = chartBucketMs(fromMs, toMs); bucketMs > 0 && maxPoints >= 2)
        loadBuckets(engine, query, bucketMs, maxPoints, cancelled, loaded);
    else
        loadSamples(engine, query, maxPoints, cancelled, loaded);
    return loaded;
}

} // namespace hangar::app
