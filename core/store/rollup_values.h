#pragma once

#include "lwm2m/value.h"
#include "store/store_records.h"

#include <cstdint>
#include <optional>

namespace hangar::store {

/// The width of one stored rollup: samples are summed up per series and minute.
inline constexpr std::int64_t kRollupMinuteMs = 60'000;

/// The number a sample contributes to rollups and buckets: integers, unsigned integers, floats,
/// times and booleans (0/1); nullopt for strings, opaque values, links, empty values and
/// floats that are NaN or beyond ±kMaxRolledUpMagnitude.
std::optional<double> numericSampleValue(const lwm2m::Value& value);

/// Floats beyond this (infinities included) are not counted, so no sum of them can overflow.
inline constexpr double kMaxRolledUpMagnitude = 1e300;

/// The largest multiple of `width` (> 0) that is <= timeMs, also for negative times.
std::int64_t floorToMultiple(std::int64_t timeMs, std::int64_t width);

/// A bucket holding one sample.
SampleBucket bucketOfOne(std::int64_t startMs, std::int64_t timeMs, double value);

/// Adds a sample stored after every sample already in `bucket`: of samples sharing a
/// millisecond, `first` keeps the one stored first and `last` takes the one stored last.
void addStoredLater(SampleBucket& bucket, std::int64_t timeMs, double value);
/// Adds a sample stored before every sample already in `bucket` (for scans newest first).
void addStoredEarlier(SampleBucket& bucket, std::int64_t timeMs, double value);
/// Adds the samples of `later`, all stored after those of `bucket`.
void mergeStoredLater(SampleBucket& bucket, const SampleBucket& later);

} // namespace hangar::store
