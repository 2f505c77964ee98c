#include "api/json_mapping.h"

#include "lwm2m/content_format.h"
#include "lwm2m/registration_links.h"

#include <QJsonDocument>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <limits>

namespace hangar::api {
namespace {

using lwm2m::ResourceType;
using lwm2m::Value;

QString jsonTypeName(const QJsonValue& json)
{
    switch (json.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

Expected<Value> mismatch(const QJsonValue& json, ResourceType type, const char* expected)
{
    return fail(ErrorCode::TypeMismatch,
                "a " + std::string(lwm2m::resourceTypeName(type)) + " resource takes " + expected +
                    ", not " + jsonTypeName(json).toStdString());
}

/// The number as an exact integer, if the JSON text held one (Qt keeps integers as qint64).
std::optional<std::int64_t> exactInteger(const QJsonValue& json)
{
    if (!json.isDouble())
        return std::nullopt;
    const QVariant variant = json.toVariant();
    if (variant.typeId() == QMetaType::LongLong || variant.typeId() == QMetaType::Int)
        return variant.toLongLong();
    const double number = json.toDouble();
    if (std::isfinite(number) && std::trunc(number) == number && std::fabs(number) < 9.0e15)
        return static_cast<std::int64_t>(number);
    return std::nullopt;
}

Expected<Value> objectLinkFromText(const QString& text)
{
    const QStringList parts = text.split(u':');
    bool okObject = false;
    bool okInstance = false;
    const uint objectId = parts.size() == 2 ? parts[0].toUInt(&okObject) : 0;
    const uint instanceId = parts.size() == 2 ? parts[1].toUInt(&okInstance) : 0;
    if (!okObject || !okInstance || objectId > 65535 || instanceId > 65535)
        return fail(ErrorCode::TypeMismatch, "an Objlnk resource takes \"object:instance\" such as "
                                             "\"3:0\", not \"" + text.toStdString() + "\"");
    return Value::objectLink(
        {static_cast<std::uint16_t>(objectId), static_cast<std::uint16_t>(instanceId)});
}

} // namespace

QJsonValue valueToJson(const Value& value)
{
    switch (value.type()) {
    case ResourceType::String:
    case ResourceType::CoreLink:
        return QString::fromStdString(value.asString());
    case ResourceType::Integer:
    case ResourceType::Time:
        return static_cast<qint64>(value.asInteger());
    case ResourceType::UnsignedInteger:
        if (value.asUnsigned() <= static_cast<std::uint64_t>(std::numeric_limits<qint64>::max()))
            return static_cast<qint64>(value.asUnsigned());
        return static_cast<double>(value.asUnsigned());
    case ResourceType::Float:
        return value.asFloat();
    case ResourceType::Boolean:
        return value.asBool();
    case ResourceType::Opaque:
        return QString::fromStdString(lwm2m::toBase64(value.asOpaque()));
    case ResourceType::ObjectLink:
        return QStringLiteral("%1:%2")
            .arg(value.asObjectLink().objectId)
            .arg(value.asObjectLink().instanceId);
    case ResourceType::None:
        break;
    }
    return QJsonValue(QJsonValue::Null);
}

Expected<Value> valueFromJson(const QJsonValue& json, ResourceType type)
{
    switch (type) {
    case ResourceType::String:
        if (!json.isString())
            return mismatch(json, type, "a string");
        return Value::string(json.toString().toStdString());
    case ResourceType::CoreLink:
        if (!json.isString())
            return mismatch(json, type, "a link-format string");
        return Value::coreLink(json.toString().toStdString());
    case ResourceType::Integer:
        if (const auto number = exactInteger(json))
            return Value::integer(*number);
        return mismatch(json, type, "an integer");
    case ResourceType::Time:
        if (const auto number = exactInteger(json))
            return Value::time(*number);
        return mismatch(json, type, "integer seconds since the epoch");
    case ResourceType::UnsignedInteger:
        if (const auto number = exactInteger(json); number && *number >= 0)
            return Value::unsignedInteger(static_cast<std::uint64_t>(*number));
        return mismatch(json, type, "a non-negative integer");
    case ResourceType::Float:
        if (!json.isDouble())
            return mismatch(json, type, "a number");
        return Value::floating(json.toDouble());
    case ResourceType::Boolean:
        if (!json.isBool())
            return mismatch(json, type, "true or false");
        return Value::boolean(json.toBool());
    case ResourceType::Opaque: {
        if (!json.isString())
            return mismatch(json, type, "a base64 string");
        auto bytes = lwm2m::fromBase64(json.toString().toStdString());
        if (!bytes)
            return fail(ErrorCode::TypeMismatch,
                        "an Opaque resource takes base64 text: " + bytes.error().message);
        return Value::opaque(std::move(*bytes));
    }
    case ResourceType::ObjectLink:
        if (!json.isString())
            return mismatch(json, type, "\"object:instance\" such as \"3:0\"");
        return objectLinkFromText(json.toString());
    case ResourceType::None:
        break;
    }
    if (json.isString())
        return Value::string(json.toString().toStdString());
    if (json.isBool())
        return Value::boolean(json.toBool());
    if (const auto number = exactInteger(json))
        return Value::integer(*number);
    if (json.isDouble())
        return Value::floating(json.toDouble());
    return fail(ErrorCode::TypeMismatch,
                "a value must be a string, number or boolean, not " + jsonTypeName(json).toStdString());
}

QJsonObject pathValuesToJson(const lwm2m::PathValues& values)
{
    QJsonObject object;
    for (const auto& entry : values)
        object.insert(QString::fromStdString(entry.path.toString()), valueToJson(entry.value));
    return object;
}

Expected<lwm2m::PathValues> pathValuesFromJson(const QJsonObject& body,
                                               const lwm2m::LwM2mPath& target,
                                               const lwm2m::ObjectRegistry& models)
{
    QJsonObject map = body;
    if (body.contains(QStringLiteral("values"))) {
        if (!body.value(QStringLiteral("values")).isObject())
            return fail(ErrorCode::InvalidArgument,
                        "\"values\" must be an object mapping paths to values");
        map = body.value(QStringLiteral("values")).toObject();
    } else if (body.size() == 1 && body.contains(QStringLiteral("value"))) {
        if (target.depth() < 3)
            return fail(ErrorCode::InvalidArgument,
                        "{\"value\": …} writes one resource; for " + target.toString() +
                            " send an object mapping resource paths to values");
        map = QJsonObject{{QString::fromStdString(target.toString()),
                           body.value(QStringLiteral("value"))}};
    }
    if (map.isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    "the write body holds no values: send {\"/3/0/14\": \"+01\", …}");

    lwm2m::PathValues values;
    for (auto it = map.begin(); it != map.end(); ++it) {
        auto path = lwm2m::LwM2mPath::parse(it.key().toStdString());
        if (!path)
            return fail(ErrorCode::InvalidArgument,
                        "bad path \"" + it.key().toStdString() + "\": " + path.error().message);
        if (path->depth() < 3)
            return fail(ErrorCode::InvalidArgument,
                        "\"" + it.key().toStdString() +
                            "\" is not a resource: keys must be resource paths like /3/0/14");
        if (!path->startsWith(target))
            return fail(ErrorCode::InvalidArgument, "\"" + path->toString() +
                                                        "\" lies outside the written path " +
                                                        target.toString());
        const lwm2m::ResourceModel* model = models.resource(path->objectId(), path->resourceId());
        auto value = valueFromJson(*it, model ? model->type : ResourceType::None);
        if (!value)
            return fail(value.error().code, path->toString() + ": " + value.error().message);
        values.push_back(lwm2m::PathValue{*path, std::move(*value), std::nullopt});
    }
    std::sort(values.begin(), values.end(),
              [](const auto& a, const auto& b) { return a.path < b.path; });
    for (std::size_t i = 1; i < values.size(); ++i) {
        if (values[i].path == values[i - 1].path)
            return fail(ErrorCode::InvalidArgument,
                        "path " + values[i].path.toString() + " is given twice");
    }
    return values;
}

QJsonObject readResultToJson(const engine::ReadResult& result)
{
    return QJsonObject{
        {QStringLiteral("contentFormat"),
         QString::fromLatin1(lwm2m::contentFormatName(result.format).data(),
                             static_cast<qsizetype>(lwm2m::contentFormatName(result.format).size()))},
        {QStringLiteral("values"), pathValuesToJson(result.values)},
        {QStringLiteral("fromCache"), result.fromCache},
        {QStringLiteral("time"), static_cast<qint64>(result.timeMs)},
    };
}

QString deviceStatusName(store::DeviceStatus status)
{
    switch (status) {
    case store::DeviceStatus::Registered: return QStringLiteral("online");
    case store::DeviceStatus::Sleeping: return QStringLiteral("sleeping");
    case store::DeviceStatus::Offline: break;
    }
    return QStringLiteral("offline");
}

std::optional<store::DeviceStatus> parseDeviceStatusName(const QString& name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == u"online" || lower == u"registered")
        return store::DeviceStatus::Registered;
    if (lower == u"sleeping")
        return store::DeviceStatus::Sleeping;
    if (lower == u"offline")
        return store::DeviceStatus::Offline;
    return std::nullopt;
}

QJsonArray registeredObjectPaths(const std::string& objectLinks)
{
    QJsonArray paths;
    const auto links = lwm2m::parseRegistrationLinks(objectLinks);
    if (!links)
        return paths;
    for (const auto& object : links->objects) {
        if (object.instanceIds.empty())
            paths.append(QStringLiteral("/%1").arg(object.id));
        for (const std::uint16_t instance : object.instanceIds)
            paths.append(QStringLiteral("/%1/%2").arg(object.id).arg(instance));
    }
    return paths;
}

QJsonArray tagsToJson(const std::vector<std::string>& tags)
{
    QJsonArray array;
    for (const std::string& tag : tags)
        array.append(QString::fromStdString(tag));
    return array;
}

QJsonObject deviceToJson(const store::DeviceRecord& device)
{
    QJsonObject object{
        {QStringLiteral("endpoint"), QString::fromStdString(device.endpoint)},
        {QStringLiteral("status"), deviceStatusName(device.status)},
        {QStringLiteral("lastSeen"), static_cast<qint64>(device.lastSeenMs)},
        {QStringLiteral("registeredAt"), static_cast<qint64>(device.registeredAtMs)},
        {QStringLiteral("lwm2mVersion"), QString::fromStdString(device.lwm2mVersion)},
        {QStringLiteral("lifetime"), static_cast<qint64>(device.lifetimeSec)},
        {QStringLiteral("binding"), QString::fromStdString(device.binding)},
        {QStringLiteral("queueMode"), device.queueMode},
        {QStringLiteral("objects"), registeredObjectPaths(device.objectLinks)},
        {QStringLiteral("tags"), tagsToJson(device.tags)},
        {QStringLiteral("address"), QString::fromStdString(device.address)},
    };
    const auto addOptional = [&object](const char* key, const std::optional<std::string>& text) {
        if (text)
            object.insert(QLatin1String(key), QString::fromStdString(*text));
    };
    addOptional("manufacturer", device.manufacturer);
    addOptional("model", device.model);
    addOptional("serialNumber", device.serialNumber);
    addOptional("firmwareVersion", device.firmwareVersion);
    return object;
}

QJsonObject sampleToJson(const store::Sample& sample)
{
    return QJsonObject{{QStringLiteral("time"), static_cast<qint64>(sample.timeMs)},
                       {QStringLiteral("value"), valueToJson(sample.value)}};
}

QJsonObject eventToJson(const store::EventRecord& event)
{
    QJsonObject object{
        {QStringLiteral("id"), static_cast<qint64>(event.id)},
        {QStringLiteral("time"), static_cast<qint64>(event.timeMs)},
        {QStringLiteral("kind"), QString::fromStdString(event.kind)},
    };
    if (!event.endpoint.empty())
        object.insert(QStringLiteral("endpoint"), QString::fromStdString(event.endpoint));
    const QJsonDocument details = QJsonDocument::fromJson(QByteArray::fromStdString(event.detailsJson));
    if (details.isObject())
        object.insert(QStringLiteral("details"), details.object());
    return object;
}

QJsonObject healthToJson(const engine::EngineHealth& health)
{
    QJsonObject json{
        {QStringLiteral("status"),
         health.degraded.empty() ? QStringLiteral("ok") : QStringLiteral("degraded")},
        {QStringLiteral("devicesOnline"), static_cast<qint64>(health.devicesOnline)},
        {QStringLiteral("devicesSleeping"), static_cast<qint64>(health.devicesSleeping)},
        {QStringLiteral("devicesKnown"), static_cast<qint64>(health.devicesKnown)},
        {QStringLiteral("storeEnqueued"), static_cast<qint64>(health.storeEnqueued)},
        {QStringLiteral("storeDurable"), static_cast<qint64>(health.storeDurable)},
        {QStringLiteral("uptimeMs"), static_cast<qint64>(health.uptimeMs)},
    };
    if (!health.degraded.empty()) {
        json.insert(QStringLiteral("reason"), QString::fromStdString(health.degraded));
        json.insert(QStringLiteral("diskFull"), health.diskFull);
    }
    return json;
}

} // namespace hangar::api
