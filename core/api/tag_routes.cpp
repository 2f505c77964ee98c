#include "api/json_mapping.h"
#include "api/route_support.h"
#include "api/routes.h"
#include "store/device_tags.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <iterator>

namespace hangar::api {
namespace {

/// Devices one bulk request may name; the GUI sends larger selections in chunks.
constexpr qsizetype kMaxBulkEndpoints = 100000;

/// A JSON array of strings; InvalidArgument naming `what` otherwise.
Expected<std::vector<std::string>> stringArray(const QJsonValue& json, const std::string& what)
{
    if (json.isUndefined() || json.isNull())
        return std::vector<std::string>();
    if (!json.isArray())
        return fail(ErrorCode::InvalidArgument, what + " must be an array of strings");
    std::vector<std::string> strings;
    const QJsonArray array = json.toArray();
    strings.reserve(static_cast<std::size_t>(array.size()));
    for (const QJsonValue& item : array) {
        if (!item.isString())
            return fail(ErrorCode::InvalidArgument,
                        what + " must be an array of strings; it holds a "
                            + std::string(item.isDouble() ? "number" : "non-string value"));
        strings.push_back(item.toString().toStdString());
    }
    return strings;
}

/// Tags from JSON, validated, sorted and unique.
Expected<std::vector<std::string>> tagArray(const QJsonValue& json, const std::string& what)
{
    auto tags = stringArray(json, what);
    if (!tags)
        return tags;
    return store::normalizeTags(std::move(*tags));
}

/// PUT /api/v1/devices/{endpoint}/tags with ["a","b"]: the device then carries exactly these.
void replaceTags(engine::Engine& engine, const ApiRequest& request, const Reply& reply)
{
    const auto endpoint = endpointParam(request);
    if (!endpoint)
        return reply(ApiResponse::fromError(endpoint.error()));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return reply(ApiResponse::error(
            400, QStringLiteral("the body must be a JSON array of tags, like [\"plant3\",\"pump\"]")));
    auto tags = tagArray(QJsonValue(document.array()), "the body");
    if (!tags)
        return reply(ApiResponse::fromError(tags.error()));
    const auto device = engine.device(*endpoint);
    if (!device)
        return reply(ApiResponse::fromError(device.error()));
    // Removing the tags read here and adding the new ones is the replacement, unless another
    // client changes this device's tags in between (then both changes apply).
    std::vector<std::string> remove;
    std::ranges::set_difference(device->tags, *tags, std::back_inserter(remove));
    engine.setDeviceTags({*endpoint}, *tags, std::move(remove),
                         answerWith<std::size_t>(reply, [endpoint = *endpoint, tags = *tags](std::size_t changed) {
                             return ApiResponse::json(QJsonObject{
                                 {QStringLiteral("endpoint"), QString::fromStdString(endpoint)},
                                 {QStringLiteral("tags"), tagsToJson(tags)},
                                 {QStringLiteral("changed"), static_cast<qint64>(changed)}});
                         }));
}

/// POST /api/v1/devices/tags with {"endpoints":[…],"add":[…],"remove":[…]}.
void changeTags(engine::Engine& engine, const ApiRequest& request, const Reply& reply)
{
    const auto body = jsonObjectBody(request, false);
    if (!body)
        return reply(ApiResponse::fromError(body.error()));
    if (!body->value(QStringLiteral("endpoints")).isArray())
        return reply(ApiResponse::error(400, QStringLiteral("\"endpoints\" must be an array of endpoint names")));
    if (body->value(QStringLiteral("endpoints")).toArray().size() > kMaxBulkEndpoints)
        return reply(ApiResponse::error(
            400, QStringLiteral("\"endpoints\" names more than %1 devices: send them in several requests")
                     .arg(kMaxBulkEndpoints)));
    auto endpoints = stringArray(body->value(QStringLiteral("endpoints")), "\"endpoints\"");
    auto add = tagArray(body->value(QStringLiteral("add")), "\"add\"");
    auto remove = tagArray(body->value(QStringLiteral("remove")), "\"remove\"");
    for (const Error* problem : {endpoints ? nullptr : &endpoints.error(), add ? nullptr : &add.error(),
                                 remove ? nullptr : &remove.error()}) {
        if (problem)
            return reply(ApiResponse::fromError(*problem));
    }
    engine.setDeviceTags(std::move(*endpoints), std::move(*add), std::move(*remove),
                         answerWith<std::size_t>(reply, [](std::size_t changed) {
                             return ApiResponse::json(
                                 QJsonObject{{QStringLiteral("changed"), static_cast<qint64>(changed)}});
                         }));
}

} // namespace

void addTagRoutes(ApiRouter& router, engine::Engine& engine)
{
    router.add("PUT", QStringLiteral("/api/v1/devices/{endpoint}/tags"),
               [&engine](const ApiRequest& request, Reply reply) { replaceTags(engine, request, reply); });
    router.add("POST", QStringLiteral("/api/v1/devices/tags"),
               [&engine](const ApiRequest& request, Reply reply) { changeTags(engine, request, reply); });
}

} // namespace hangar::api
