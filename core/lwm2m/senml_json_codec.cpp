#include "lwm2m/senml_json_codec.h"

#include "lwm2m/codec.h"
#include "lwm2m/json_payload.h"
#include "lwm2m/senml_record.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace hangar::lwm2m {

namespace {

constexpr std::string_view kFormat = "SenML JSON";

std::unexpected<Error> badField(std::size_t index, const QString& key, const char* expected)
{
    return fail(ErrorCode::MalformedInput, std::string(kFormat) + " record " +
                                               std::to_string(index) + ": field '" +
                                               key.toStdString() + "' must be " + expected);
}

Expected<SenmlRecord> parseRecord(const QJsonValue& item, std::size_t index)
{
    if (!item.isObject())
        return fail(ErrorCode::MalformedInput, std::string(kFormat) + " record " +
                                                   std::to_string(index) +
                                                   " is not a JSON object; a SenML pack is an "
                                                   "array of records {\"n\":…,\"v\":…}");
    const QJsonObject object = item.toObject();
    SenmlRecord record;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        Expected<void> stored;
        switch (senmlFieldFromKey(key.toStdString())) {
        case SenmlField::BaseName:
            if (!value.isString())
                return badField(index, key, "a string");
            record.baseName = value.toString().toStdString();
            break;
        case SenmlField::Name:
            if (!value.isString())
                return badField(index, key, "a string");
            record.name = value.toString().toStdString();
            break;
        case SenmlField::BaseTime:
            if (!value.isDouble())
                return badField(index, key, "a number");
            record.baseTime = value.toDouble();
            break;
        case SenmlField::Time:
            if (!value.isDouble())
                return badField(index, key, "a number");
            record.time = value.toDouble();
            break;
        case SenmlField::NumberValue: {
            if (!value.isDouble())
                return badField(index, key, "a number");
            stored = setRecordValue(record, jsonNumber(value), index, kFormat);
            break;
        }
        case SenmlField::StringValue:
            if (!value.isString())
                return badField(index, key, "a string");
            stored = setRecordValue(record, Value::string(value.toString().toStdString()), index,
                                    kFormat);
            break;
        case SenmlField::BooleanValue:
            if (!value.isBool())
                return badField(index, key, "true or false");
            stored = setRecordValue(record, Value::boolean(value.toBool()), index, kFormat);
            break;
        case SenmlField::DataValue: {
            if (!value.isString())
                return badField(index, key, "a base64url string");
            // fromBase64 also takes the standard alphabet with padding: RFC 8428 asks for
            // base64url, but both alphabets decode unambiguously and senders built on generic
            // base64 helpers exist; refusing them would lose data for no safety gain.
            auto bytes = fromBase64(value.toString().toStdString());
            if (!bytes)
                return badField(index, key, "base64url data");
            stored = setRecordValue(record, Value::opaque(std::move(*bytes)), index, kFormat);
            break;
        }
        case SenmlField::ObjectLinkValue: {
            if (!value.isString())
                return badField(index, key, "a string objectId:instanceId");
            auto link = parseObjectLink(value.toString().toStdString());
            if (!link)
                return fail(ErrorCode::MalformedInput, std::string(kFormat) + " record " +
                                                           std::to_string(index) + ": " +
                                                           link.error().message);
            stored = setRecordValue(record, Value::objectLink(*link), index, kFormat);
            break;
        }
        case SenmlField::Unsupported:
            return fail(ErrorCode::Unsupported,
                        std::string(kFormat) + " record " + std::to_string(index) + " uses '" +
                            key.toStdString() +
                            "' (base value, base sum or sum), which LwM2M does not use");
        case SenmlField::MustUnderstand:
            return fail(ErrorCode::Unsupported,
                        std::string(kFormat) + " record " + std::to_string(index) +
                            " uses the must-understand extension '" + key.toStdString() +
                            "', which Hangar does not know");
        case SenmlField::Ignored:
        case SenmlField::Unknown:
            if (!jsonDepthWithin(value, limits::kMaxNesting - 2))
                return fail(ErrorCode::LimitExceeded,
                            std::string(kFormat) + " record " + std::to_string(index) +
                                ": field '" + key.toStdString() + "' nests deeper than " +
                                std::to_string(limits::kMaxNesting) + " levels");
            break;
        }
        if (!stored)
            return std::unexpected(stored.error());
    }
    return record;
}

} // namespace

Expected<PathValues> decodeSenmlJson(std::span<const std::uint8_t> payload,
                                     const LwM2mPath& requestPath, const ObjectRegistry& models)
{
    auto document = parseJsonPayload(payload, kFormat);
    if (!document)
        return std::unexpected(document.error());
    if (!document->isArray())
        return fail(ErrorCode::MalformedInput,
                    "SenML JSON payload is not an array of records; expected [{\"bn\":…}, …]");
    const QJsonArray records = document->array();
    SenmlResolver resolver(requestPath, models, kFormat);
    std::size_t index = 0;
    for (const QJsonValue& item : records) {
        auto record = parseRecord(item, index++);
        if (!record)
            return std::unexpected(record.error());
        if (auto added = resolver.add(*record); !added)
            return std::unexpected(added.error());
    }
    return resolver.finish();
}

Expected<Bytes> encodeSenmlJson(const LwM2mPath& requestPath, const PathValues& values,
                                const ObjectRegistry& models)
{
    auto planned = planSenmlRecords(requestPath, values, models);
    if (!planned)
        return std::unexpected(planned.error());
    QJsonArray records;
    for (const SenmlOutRecord& out : *planned) {
        QJsonObject record;
        if (out.baseName)
            record.insert(QStringLiteral("bn"), QString::fromStdString(*out.baseName));
        if (out.name)
            record.insert(QStringLiteral("n"), QString::fromStdString(*out.name));
        const Value& value = out.value;
        switch (value.type()) {
        case ResourceType::String:
        case ResourceType::CoreLink:
            record.insert(QStringLiteral("vs"), QString::fromStdString(value.asString()));
            break;
        case ResourceType::Boolean:
            record.insert(QStringLiteral("vb"), value.asBool());
            break;
        case ResourceType::Opaque:
            record.insert(QStringLiteral("vd"),
                          QString::fromStdString(toBase64(value.asOpaque(), Base64Alphabet::UrlNoPadding)));
            break;
        case ResourceType::ObjectLink:
            record.insert(QStringLiteral("vlo"),
                          QString::fromStdString(objectLinkText(value.asObjectLink())));
            break;
        default: {
            auto number = jsonNumberFor(value);
            if (!number)
                return fail(number.error().code, "cannot encode " + out.path.toString() +
                                                     " as SenML JSON: " + number.error().message);
            record.insert(QStringLiteral("v"), *number);
            break;
        }
        }
        if (out.timeSec) {
            auto time = jsonTime(*out.timeSec, out.path);
            if (!time)
                return std::unexpected(time.error());
            record.insert(QStringLiteral("t"), *time);
        }
        records.append(record);
    }
    return jsonBytes(QJsonDocument(records));
}

} // namespace hangar::lwm2m
