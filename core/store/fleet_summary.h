#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hangar::store {

/// How many devices share one value of a device attribute (a firmware version, a model).
struct ValueCount
{
    /// Empty for devices that have not reported the attribute (stored as NULL or empty text):
    /// the "unknown" bucket.
    std::optional<std::string> value;
    std::int64_t count = 0;

    friend bool operator==(const ValueCount&, const ValueCount&) = default;
};

/// The whole fleet in numbers, all taken from one snapshot of the store.
struct FleetSummary
{
    std::int64_t total = 0;
    std::int64_t online = 0; ///< DeviceStatus::Registered
    std::int64_t sleeping = 0;
    std::int64_t offline = 0;
    /// Each list: largest count first, ties by value with unknown first; every device is in
    /// exactly one entry of each list.
    std::vector<ValueCount> firmware;
    std::vector<ValueCount> models;
    std::vector<ValueCount> manufacturers;

    friend bool operator==(const FleetSummary&, const FleetSummary&) = default;
};

} // namespace hangar::store
