#pragma once

#include "common/error.h"
#include "engine/device_request_types.h"
#include "engine/engine.h"
#include "lwm2m/object_registry.h"
#include "lwm2m/path_value.h"
#include "store/store_records.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace hangar::api {

/// JSON form of one value: strings and core links as strings, numbers as numbers, booleans,
/// opaque as standard base64, object links as "3:0", time as integer seconds since the epoch.
QJsonValue valueToJson(const lwm2m::Value& value);

/// The value of a resource of type `type` from its JSON form (the inverse of valueToJson).
/// ResourceType::None (a resource the object model does not know) takes the JSON type: string,
/// boolean, integer or float. TypeMismatch names the expected form.
Expected<lwm2m::Value> valueFromJson(const QJsonValue& json, lwm2m::ResourceType type);

/// A flat object mapping each path ("/3/0/6/0") to its value.
QJsonObject pathValuesToJson(const lwm2m::PathValues& values);

/// The values of a write body: either the flat path -> value object, {"values": {...}}, or
/// {"value": x} when `target` is a resource (instance). Every path must lie at or below
/// `target` and name a resource or resource instance; values are converted with the type the
/// object model gives the resource. The result is sorted by path.
Expected<lwm2m::PathValues> pathValuesFromJson(const QJsonObject& body,
                                               const lwm2m::LwM2mPath& target,
                                               const lwm2m::ObjectRegistry& models);

/// {"contentFormat":"tlv","values":{...},"fromCache":false,"time":<ms>}
QJsonObject readResultToJson(const engine::ReadResult& result);

/// "online", "sleeping" or "offline".
QString deviceStatusName(store::DeviceStatus status);
std::optional<store::DeviceStatus> parseDeviceStatusName(const QString& name);

/// The object and object-instance paths announced in a Register payload (["/1/0","/3/0"]);
/// empty when the payload does not parse.
QJsonArray registeredObjectPaths(const std::string& objectLinks);

/// ["a","b"]
QJsonArray tagsToJson(const std::vector<std::string>& tags);

/// One device as the API shows it (endpoint, status, lastSeen, lwm2mVersion, lifetime, objects,
/// tags, address, and the /3/0 identity once known).
QJsonObject deviceToJson(const store::DeviceRecord& device);

QJsonObject sampleToJson(const store::Sample& sample);
QJsonObject eventToJson(const store::EventRecord& event);
QJsonObject healthToJson(const engine::EngineHealth& health);

} // namespace hangar::api
