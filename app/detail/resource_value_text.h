#pragma once

#include "common/error.h"
#include "lwm2m/resource_type.h"
#include "lwm2m/value.h"

#include <QString>

namespace hangar::app {

/// How a value reads in the object browser's value column: numbers as numbers, booleans as
/// true/false, time as a local date-time, opaque as (abbreviated) hex, object links as "3:0".
QString displayValue(const lwm2m::Value& value);

/// The text a write editor starts with for `value` (parseResourceValue reads it back): time as an
/// ISO 8601 UTC date-time, opaque as plain hex, booleans as "true"/"false".
QString editText(const lwm2m::Value& value);

/// Reads what a user typed as a value of `type`. Accepts: integers in range (no fraction),
/// unsigned integers without a sign, finite decimals ('.' or the locale's separator), booleans as
/// true/false/1/0, opaque as hex digits (spaces and ':' between bytes allowed), time as an ISO
/// 8601 date-time or seconds since 1970, object links as "object:instance" (0..65535 each).
/// Fails with InvalidArgument and a translated message saying what is expected.
Expected<lwm2m::Value> parseResourceValue(lwm2m::ResourceType type, const QString& text);

/// A one-line hint for the editor of `type` ("a whole number, e.g. -12"), translated.
QString valueFormatHint(lwm2m::ResourceType type);

} // namespace hangar::app
