#pragma once

#include "lwm2m/resource_model.h"
#include "lwm2m/value.h"

#include <optional>
#include <string_view>

namespace hangar::devicesim {

/// A closed numeric interval.
struct NumericRange
{
    double low = 0.0;
    double high = 0.0;
};

/// The interval of a DDF RangeEnumeration such as "0..100" or "-90..90"; nullopt for
/// enumerations ("1,2,3"), byte lengths ("0..255 bytes") and empty text.
std::optional<NumericRange> numericRange(std::string_view rangeEnumeration);

/// A generated sample as a value of the resource's type (Float, Integer, Unsigned Integer,
/// Time or Boolean: >= 0.5 is true), first clamped into the model's range. Without a model,
/// or for other types, a Float.
lwm2m::Value typedSample(double sample, const lwm2m::ResourceModel* model);

} // namespace hangar::devicesim
