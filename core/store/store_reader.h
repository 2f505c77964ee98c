#pragma once

#include "store/fleet_summary_query.h"
#include "store/live_state_rows.h"
#include "store/sample_bucket_query.h"
#include "store/sqlite_database.h"
#include "store/store_records.h"

#include <memory>
#include <vector>

namespace hangar::store {

/// The read queries of the store on one read-only connection (one thread at a time).
class StoreReader
{
public:
    explicit StoreReader(std::unique_ptr<Database> database) : m_database(std::move(database)) {}

    Expected<DevicePage> listDevices(const DeviceQuery& query);
    Expected<DeviceRecord> device(const std::string& endpoint);
    Expected<Credential> credentialByIdentity(const std::string& pskIdentity);
    Expected<std::vector<Credential>> allCredentials();
    Expected<std::vector<CachedValue>> cachedValues(const std::string& endpoint,
                                                   const lwm2m::LwM2mPath& under);
    Expected<std::vector<Sample>> samples(const SampleQuery& query);
    Expected<std::vector<SampleBucket>> sampleBuckets(const SampleQuery& query, std::int64_t bucketMs)
    {
        return querySampleBuckets(*m_database, query, bucketMs);
    }
    Expected<std::vector<EventRecord>> eventsSince(std::int64_t afterId, int limit);
    Expected<std::vector<EventCount>> eventCounts(const std::string& kind, std::int64_t fromMs, std::int64_t toMs,
                                                  std::int64_t bucketMs);
    Expected<std::vector<EventRecord>> deviceEventsSince(const std::string& endpoint, std::int64_t afterId, int limit);
    Expected<FleetSummary> fleetSummary() { return queryFleetSummary(*m_database); }
    Expected<std::vector<RegistrationRecord>> liveRegistrations() { return readRegistrationRows(*m_database); }
    Expected<std::vector<ObservationRecord>> liveObservations() { return readObservationRows(*m_database); }

private:
    std::unique_ptr<Database> m_database;
};

} // namespace hangar::store
