#include "lwm2m/lwm2m_json_codec.h"

#include "lwm2m/codec.h"
#include "lwm2m/json_payload.h"
#include "lwm2m/senml_record.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hangar::lwm2m {

namespace {

constexpr std::string_view kFormat = "LwM2M JSON";

std::unexpected<Error> malformed(const std::string& what)
{
    return fail(ErrorCode::MalformedInput, std::string(kFormat) + " " + what);
}

std::unexpected<Error> badField(std::size_t index, const QString& key, const char* expected)
{
    return malformed("entry " + std::to_string(index) + ": field '" + key.toStdString() +
                     "' must be " + expected);
}

// One element of "e": n, t and one of v, sv, bv, ov (LwM2M 1.0 §6.4.4, Table 20).
Expected<SenmlRecord> parseEntry(const QJsonValue& item, std::size_t index)
{
    if (!item.isObject())
        return malformed("entry " + std::to_string(index) +
                         " is not a JSON object; \"e\" holds {\"n\":…,\"v\":…} entries");
    const QJsonObject object = item.toObject();
    SenmlRecord record;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        Expected<void> stored;
        if (key == QLatin1String("n")) {
            if (!value.isString())
                return badField(index, key, "a string");
            record.name = value.toString().toStdString();
        } else if (key == QLatin1String("t")) {
            if (!value.isDouble())
                return badField(index, key, "a number");
            record.time = value.toDouble();
        } else if (key == QLatin1String("v")) {
            if (!value.isDouble())
                return badField(index, key, "a number");
            stored = setRecordValue(record, jsonNumber(value), index, kFormat);
        } else if (key == QLatin1String("sv")) {
            if (!value.isString())
                return badField(index, key, "a string");
            stored = setRecordValue(record, Value::string(value.toString().toStdString()), index,
                                    kFormat);
        } else if (key == QLatin1String("bv")) {
            if (!value.isBool())
                return badField(index, key, "true or false");
            stored = setRecordValue(record, Value::boolean(value.toBool()), index, kFormat);
        } else if (key == QLatin1String("ov")) {
            if (!value.isString())
                return badField(index, key, "a string objectId:instanceId");
            auto link = parseObjectLink(value.toString().toStdString());
            if (!link)
                return malformed("entry " + std::to_string(index) + ": " + link.error().message);
            stored = setRecordValue(record, Value::objectLink(*link), index, kFormat);
        } else if (!jsonDepthWithin(value, limits::kMaxNesting - 3)) {
            return fail(ErrorCode::LimitExceeded, std::string(kFormat) + " entry " +
                                                      std::to_string(index) + ": field '" +
                                                      key.toStdString() + "' nests too deep");
        }
        if (!stored)
            return std::unexpected(stored.error());
    }
    return record;
}

} // namespace

Expected<PathValues> decodeLwm2mJson(std::span<const std::uint8_t> payload,
                                     const LwM2mPath& requestPath, const ObjectRegistry& models)
{
    auto document = parseJsonPayload(payload, kFormat);
    if (!document)
        return std::unexpected(document.error());
    if (!document->isObject())
        return malformed("payload is not a JSON object; expected {\"bn\":…,\"e\":[…]}");
    const QJsonObject top = document->object();

    std::optional<std::string> baseName;
    std::optional<double> baseTime;
    QJsonArray entries;
    bool haveEntries = false;
    for (auto it = top.begin(); it != top.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (key == QLatin1String("bn")) {
            if (!value.isString())
                return malformed("field 'bn' must be a string");
            baseName = value.toString().toStdString();
        } else if (key == QLatin1String("bt")) {
            if (!value.isDouble())
                return malformed("field 'bt' must be a number");
            baseTime = value.toDouble();
        } else if (key == QLatin1String("e")) {
            if (!value.isArray())
                return malformed("field 'e' must be an array of entries");
            entries = value.toArray();
            haveEntries = true;
        } else if (!jsonDepthWithin(value, limits::kMaxNesting - 1)) {
            return fail(ErrorCode::LimitExceeded, std::string(kFormat) + " field '" +
                                                      key.toStdString() + "' nests too deep");
        }
    }
    if (!haveEntries)
        return malformed("payload has no \"e\" array of entries");

    // The base name and time are the pack's; the resolver takes them with the first entry.
    SenmlResolver resolver(requestPath, models, kFormat, true);
    std::size_t index = 0;
    for (const QJsonValue& item : entries) {
        auto record = parseEntry(item, index);
        if (!record)
            return std::unexpected(record.error());
        if (index == 0) {
            record->baseName = baseName;
            record->baseTime = baseTime;
        }
        if (auto added = resolver.add(*record); !added)
            return std::unexpected(added.error());
        ++index;
    }
    return resolver.finish();
}

Expected<Bytes> encodeLwm2mJson(const LwM2mPath& requestPath, const PathValues& values,
                                const ObjectRegistry& models)
{
    auto planned = planSenmlRecords(requestPath, values, models);
    if (!planned)
        return std::unexpected(planned.error());
    QJsonObject top;
    QJsonArray entries;
    for (const SenmlOutRecord& out : *planned) {
        if (out.baseName)
            top.insert(QStringLiteral("bn"), QString::fromStdString(*out.baseName));
        QJsonObject entry;
        if (out.name)
            entry.insert(QStringLiteral("n"), QString::fromStdString(*out.name));
        const Value& value = out.value;
        switch (value.type()) {
        case ResourceType::String:
        case ResourceType::CoreLink:
            entry.insert(QStringLiteral("sv"), QString::fromStdString(value.asString()));
            break;
        case ResourceType::Opaque:
            // LwM2M 1.0 JSON has no data field: opaque travels base64 in "sv".
            entry.insert(QStringLiteral("sv"), QString::fromStdString(toBase64(value.asOpaque())));
            break;
        case ResourceType::Boolean:
            entry.insert(QStringLiteral("bv"), value.asBool());
            break;
        case ResourceType::ObjectLink:
            entry.insert(QStringLiteral("ov"),
                         QString::fromStdString(objectLinkText(value.asObjectLink())));
            break;
        default: {
            auto number = jsonNumberFor(value);
            if (!number)
                return fail(number.error().code, "cannot encode " + out.path.toString() +
                                                     " as LwM2M JSON: " + number.error().message);
            entry.insert(QStringLiteral("v"), *number);
            break;
        }
        }
        if (out.timeSec) {
            auto time = jsonTime(*out.timeSec, out.path);
            if (!time)
                return std::unexpected(time.error());
            entry.insert(QStringLiteral("t"), *time);
        }
        entries.append(entry);
    }
    if (!top.contains(QStringLiteral("bn")))
        top.insert(QStringLiteral("bn"), QString::fromStdString(requestPath.toString()));
    top.insert(QStringLiteral("e"), entries);
    return jsonBytes(QJsonDocument(top));
}

} // namespace hangar::lwm2m
