#include "store/rollup_values.h"

#include <algorithm>
#include <cmath>

namespace hangar::store {

using lwm2m::ResourceType;

std::optional<double> numericSampleValue(const lwm2m::Value& value)
{
    switch (value.type()) {
    case ResourceType::Integer:
    case ResourceType::Time: return static_cast<double>(value.asInteger());
    case ResourceType::UnsignedInteger: return static_cast<double>(value.asUnsigned());
    // NaN and infinities are left out: SQLite stores NaN as NULL, and one would spoil a
    // minute's sum for good. The bound keeps sums finite too (+inf plus -inf is NaN).
    case ResourceType::Float:
        return std::abs(value.asFloat()) <= kMaxRolledUpMagnitude ? std::optional(value.asFloat()) : std::nullopt;
    case ResourceType::Boolean: return value.asBool() ? 1.0 : 0.0;
    default: return std::nullopt;
    }
}

std::int64_t floorToMultiple(std::int64_t timeMs, std::int64_t width)
{
    const std::int64_t remainder = timeMs % width;
    // `timeMs - remainder` is exact; stepping one width further down only for negative times
    // keeps clear of overflow for any width.
    return remainder < 0 ? timeMs - remainder - width : timeMs - remainder;
}

SampleBucket bucketOfOne(std::int64_t startMs, std::int64_t timeMs, double value)
{
    return SampleBucket{startMs, 1, value, value, value, timeMs, value, timeMs, value};
}

void addStoredLater(SampleBucket& bucket, std::int64_t timeMs, double value)
{
    mergeStoredLater(bucket, bucketOfOne(bucket.startMs, timeMs, value));
}

void addStoredEarlier(SampleBucket& bucket, std::int64_t timeMs, double value)
{
    SampleBucket earlier = bucketOfOne(bucket.startMs, timeMs, value);
    mergeStoredLater(earlier, bucket);
    bucket = earlier;
}

void mergeStoredLater(SampleBucket& bucket, const SampleBucket& later)
{
    bucket.count += later.count;
    bucket.min = std::min(bucket.min, later.min);
    bucket.max = std::max(bucket.max, later.max);
    bucket.sum += later.sum;
    if (later.firstMs < bucket.firstMs) {
        bucket.firstMs = later.firstMs;
        bucket.first = later.first;
    }
    if (later.lastMs >= bucket.lastMs) {
        bucket.lastMs = later.lastMs;
        bucket.last = later.last;
    }
}

} // namespace hangar::store
