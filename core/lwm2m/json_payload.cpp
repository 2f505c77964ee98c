#include "lwm2m/json_payload.h"

#include "lwm2m/senml_record.h"

#include <QByteArray>
#include <QCborValue>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <limits>

namespace hangar::lwm2m {

Expected<QJsonDocument> parseJsonPayload(std::span<const std::uint8_t> payload,
                                         std::string_view format)
{
    if (payload.empty())
        return fail(ErrorCode::MalformedInput,
                    std::string(format) + " payload is empty; expected a JSON document");
    // Qt refuses nesting beyond 1024 levels itself, without recursing deeper than that.
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(payload.data()),
                                                     static_cast<qsizetype>(payload.size()));
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(error.error == QJsonParseError::DeepNesting ? ErrorCode::LimitExceeded
                                                                : ErrorCode::MalformedInput,
                    std::string(format) + " payload is not valid JSON: " +
                        error.errorString().toStdString() + " at byte " +
                        std::to_string(error.offset));
    return document;
}

Value jsonNumber(const QJsonValue& number)
{
    // Qt keeps integers that fit an int64 exactly; QCborValue tells them from doubles.
    const QCborValue cbor = QCborValue::fromJsonValue(number);
    if (cbor.isInteger())
        return senmlNumber(static_cast<std::int64_t>(cbor.toInteger()));
    return senmlNumber(number.toDouble());
}

bool jsonDepthWithin(const QJsonValue& value, int levels)
{
    if (value.isArray()) {
        if (levels <= 0)
            return false;
        const QJsonArray array = value.toArray();
        for (const QJsonValue& item : array) {
            if (!jsonDepthWithin(item, levels - 1))
                return false;
        }
    } else if (value.isObject()) {
        if (levels <= 0)
            return false;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!jsonDepthWithin(it.value(), levels - 1))
                return false;
        }
    }
    return true;
}

Expected<QJsonValue> jsonNumberFor(const Value& value)
{
    switch (value.type()) {
    case ResourceType::Integer:
    case ResourceType::Time:
        return QJsonValue(static_cast<qint64>(value.asInteger()));
    case ResourceType::UnsignedInteger:
        if (value.asUnsigned() <=
            static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
            return QJsonValue(static_cast<qint64>(value.asUnsigned()));
        return QJsonValue(static_cast<double>(value.asUnsigned()));
    case ResourceType::Float:
        if (!std::isfinite(value.asFloat()))
            return fail(ErrorCode::InvalidArgument,
                        "JSON has no spelling for " + value.toText() + "; only finite numbers");
        return QJsonValue(value.asFloat());
    default:
        return fail(ErrorCode::InvalidArgument, "a " + std::string(resourceTypeName(value.type())) +
                                                    " value is not a number");
    }
}

Expected<QJsonValue> jsonTime(double timeSec, const LwM2mPath& path)
{
    if (!std::isfinite(timeSec))
        return fail(ErrorCode::InvalidArgument,
                    "cannot encode the time of " + path.toString() + ": it is not finite");
    constexpr double kInt64High = 9223372036854775808.0;
    if (std::trunc(timeSec) == timeSec && std::fabs(timeSec) < kInt64High)
        return QJsonValue(static_cast<qint64>(timeSec));
    return QJsonValue(timeSec);
}

Bytes jsonBytes(const QJsonDocument& document)
{
    const QByteArray text = document.toJson(QJsonDocument::Compact);
    return Bytes(text.begin(), text.end());
}

} // namespace hangar::lwm2m
