#pragma once

#include "store/sqlite_database.h"
#include "store/store_records.h"

#include <vector>

namespace hangar::store {

/// Store::sampleBuckets on one read connection: whole minutes of a bucket width that is a
/// multiple of a minute come from sample_rollups, the partial minutes at the range's ends and
/// narrower buckets from the samples themselves.
Expected<std::vector<SampleBucket>> querySampleBuckets(Database& database, const SampleQuery& query,
                                                       std::int64_t bucketMs);

} // namespace hangar::store
