#pragma once

#include "lwm2m/lwm2m_path.h"
#include "lwm2m/value.h"

#include <optional>
#include <vector>

namespace hangar::lwm2m {

/// One resource or resource instance value, the unit every codec reads and writes.
/// A multiple resource appears as one entry per resource instance (/3/0/6/0, /3/0/6/1, …);
/// an object instance with no resources (e.g. Create with no values) as a depth-2 path with a
/// None value.
struct PathValue
{
    LwM2mPath path;
    Value value;
    /// SenML time of the record (seconds since epoch, may be fractional); absent when the
    /// payload gave none. Only SenML and LwM2M JSON carry it.
    std::optional<double> timeSec;

    friend bool operator==(const PathValue&, const PathValue&) = default;
};

/// Decoded content, sorted by path, with no duplicate paths.
using PathValues = std::vector<PathValue>;

} // namespace hangar::lwm2m
