#pragma once

#include "common/error.h"
#include "lwm2m/lwm2m_path.h"
#include "lwm2m/value.h"

#include <QJsonDocument>
#include <QJsonValue>

#include <cstdint>
#include <span>
#include <string_view>

namespace hangar::lwm2m {

/// JSON plumbing shared by the SenML JSON and OMA LwM2M JSON codecs, on top of Qt's parser.

/// Parses an untrusted JSON payload. Fails on empty input, syntax errors, invalid UTF-8,
/// trailing garbage and nesting beyond Qt's own limit; the message names `format` and the offset.
Expected<QJsonDocument> parseJsonPayload(std::span<const std::uint8_t> payload,
                                         std::string_view format);

/// The Value a JSON number stands for before model typing (see senmlNumber).
Value jsonNumber(const QJsonValue& number);

/// True when `value` holds no more than `levels` nested arrays/objects (0: a scalar).
bool jsonDepthWithin(const QJsonValue& value, int levels);

/// A numeric Value (Integer, Time, UnsignedInteger, Float) as a JSON number. Unsigned values
/// above the int64 range go out as doubles: Qt's JSON number model has no uint64, and its parser
/// reads such numbers as doubles anyway. Non-finite floats have no JSON spelling and are refused.
Expected<QJsonValue> jsonNumberFor(const Value& value);

/// A SenML time as a JSON number: integral times as integers, others as doubles.
Expected<QJsonValue> jsonTime(double timeSec, const LwM2mPath& path);

/// Compact UTF-8 bytes of `document`.
Bytes jsonBytes(const QJsonDocument& document);

} // namespace hangar::lwm2m
