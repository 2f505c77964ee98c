#include "api/json_mapping.h"
#include "api/route_support.h"
#include "api/routes.h"

#include <QJsonArray>

namespace hangar::api {
namespace {

constexpr std::int64_t kDefaultPageSize = 50;
constexpr std::int64_t kMaxPageSize = 1000;

void listDevices(engine::Engine& engine, const ApiRequest& request, const Reply& reply)
{
    store::DeviceQuery query;
    query.text = request.queryValue(QStringLiteral("q")).value_or(QString()).toStdString();
    if (const auto status = request.queryValue(QStringLiteral("status"));
        status && !status->isEmpty()) {
        query.status = parseDeviceStatusName(*status);
        if (!query.status)
            return reply(ApiResponse::error(
                400, QStringLiteral("unknown status \"%1\": use online, sleeping or offline")
                         .arg(*status)));
    }
    if (const auto tag = request.queryValue(QStringLiteral("tag")); tag && !tag->isEmpty())
        query.tag = tag->toStdString();
    const auto limit = integerQuery(request, QStringLiteral("limit"), kDefaultPageSize, 1,
                                    kMaxPageSize, true);
    const auto offset = integerQuery(request, QStringLiteral("offset"), 0, 0,
                                     std::numeric_limits<int>::max());
    if (!limit)
        return reply(ApiResponse::fromError(limit.error()));
    if (!offset)
        return reply(ApiResponse::fromError(offset.error()));
    query.limit = static_cast<int>(*limit);
    query.offset = static_cast<int>(*offset);

    const auto page = engine.listDevices(query);
    if (!page)
        return reply(ApiResponse::fromError(page.error()));
    QJsonArray items;
    for (const auto& device : page->items)
        items.append(deviceToJson(device));
    reply(ApiResponse::json(QJsonObject{{QStringLiteral("items"), items},
                                        {QStringLiteral("total"), static_cast<qint64>(page->total)},
                                        {QStringLiteral("limit"), query.limit},
                                        {QStringLiteral("offset"), query.offset}}));
}

void getDevice(engine::Engine& engine, const ApiRequest& request, const Reply& reply)
{
    const auto endpoint = endpointParam(request);
    if (!endpoint)
        return reply(ApiResponse::fromError(endpoint.error()));
    const auto device = engine.device(*endpoint);
    if (!device)
        return reply(ApiResponse::fromError(device.error()));
    reply(ApiResponse::json(deviceToJson(*device)));
}

void forgetDevice(engine::Engine& engine, const ApiRequest& request, const Reply& reply)
{
    const auto endpoint = endpointParam(request);
    if (!endpoint)
        return reply(ApiResponse::fromError(endpoint.error()));
    engine.forgetDevice(*endpoint, answerNoContent(reply));
}

/// Endpoint and path of a resource route, or the error answer already sent.
struct Target
{
    std::string endpoint;
    lwm2m::LwM2mPath path;
};

std::optional<Target> target(const ApiRequest& request, const Reply& reply)
{
    const auto endpoint = endpointParam(request);
    if (!endpoint) {
        reply(ApiResponse::fromError(endpoint.error()));
        return std::nullopt;
    }
    const auto path = lwm2mPathParam(request);
    if (!path) {
        reply(ApiResponse::fromError(path.error()));
        return std::nullopt;
    }
    return Target{*endpoint, *path};
}

engine::Done<engine::ReadResult> answerReadResult(const Reply& reply)
{
    return answerWith<engine::ReadResult>(reply, [](engine::ReadResult result) {
        return ApiResponse::json(readResultToJson(result));
    });
}

void readResource(engine::Engine& engine, const ApiRequest& request, const Reply& reply)
{
    const auto where = target(request, reply);
    if (!where)
        return;
    engine::ReadOptions options;
    const auto format = formatQuery(request);
    const auto cacheOnly = booleanQuery(request, QStringLiteral("cacheOnly"), false);
    const auto timeout = waitQuery(request);
    for (const Error* problem :
         {format ? nullptr : &format.error(), cacheOnly ? nullptr : &cacheOnly.error(),
          timeout ? nullptr : &timeout.error()}) {
        if (problem)
            return reply(ApiResponse::fromError(*problem));
    }
    options.format = *format;
    options.cacheOnly = *cacheOnly;
    options.timeout = *timeout;
    engine.read(where->endpoint, where->path, options, answerReadResult(reply));
}

void writeResource(engine::Engine& engine, const ApiRequest& request, const Reply& reply)
{
    const auto where = target(request, reply);
    if (!where)
        return;
    engine::WriteOptions options;
    const auto format = formatQuery(request);
    const auto partial = booleanQuery(request, QStringLiteral("partial"), false);
    const auto timeout = waitQuery(request);
    const auto body = jsonObjectBody(request, false);
    for (const Error* problem : {format ? nullptr : &format.error(),
                                 partial ? nullptr : &partial.error(),
                                 timeout ? nullptr : &timeout.error(),
                                 body ? nullptr : &body.error()}) {
        if (problem)
            return reply(ApiResponse::fromError(*problem));
    }
    auto values = pathValuesFromJson(*body, where->path, engine.models());
    if (!values)
        return reply(ApiResponse::fromError(values.error()));
    options.format = *format;
    options.partialUpdate = *partial;
    options.timeout = *timeout;
    engine.write(where->endpoint, where->path, std::move(*values), options, answerNoContent(reply));
}

void executeResource(engine::Engine& engine, const ApiRequest& request, const Reply& reply)
{
    const auto where = target(request, reply);
    if (!where)
        return;
    if (!where->path.isResource())
        return reply(ApiResponse::error(
            400, QStringLiteral("execute needs a resource path like /3/0/4, not %1")
                     .arg(QString::fromStdString(where->path.toString()))));
    const auto timeout = waitQuery(request);
    if (!timeout)
        return reply(ApiResponse::fromError(timeout.error()));
    std::string arguments;
    if (request.contentType == "application/json") {
        const auto body = jsonObjectBody(request, true);
        if (!body)
            return reply(ApiResponse::fromError(body.error()));
        const QJsonValue given = body->value(QStringLiteral("arguments"));
        if (!given.isUndefined() && !given.isString())
            return reply(ApiResponse::error(400, QStringLiteral("\"arguments\" must be a string")));
        arguments = given.toString().toStdString();
    } else {
        arguments = request.body.toStdString();
    }
    engine.execute(where->endpoint, where->path, std::move(arguments), answerNoContent(reply),
                   *timeout);
}

/// pmin/pmax/gt/lt/st from a JSON body, or else from the query.
Expected<engine::NotificationAttributes> observeAttributes(const ApiRequest& request)
{
    const auto body = jsonObjectBody(request, true);
    if (!body)
        return std::unexpected(body.error());
    engine::NotificationAttributes attributes;
    const auto number = [&](const char* name) -> Expected<std::optional<double>> {
        const QString key = QLatin1String(name);
        if (body->contains(key)) {
            if (!body->value(key).isDouble())
                return fail(ErrorCode::InvalidArgument,
                            std::string("attribute \"") + name + "\" must be a number");
            return std::optional<double>(body->value(key).toDouble());
        }
        const auto text = request.queryValue(key);
        if (!text || text->isEmpty())
            return std::optional<double>();
        bool ok = false;
        const double value = text->toDouble(&ok);
        if (!ok)
            return fail(ErrorCode::InvalidArgument,
                        std::string("attribute ") + name + "=\"" + text->toStdString() +
                            "\" is not a number");
        return std::optional<double>(value);
    };
    const auto seconds = [&](const char* name) -> Expected<std::optional<std::int64_t>> {
        auto value = number(name);
        if (!value)
            return std::unexpected(value.error());
        if (!*value)
            return std::optional<std::int64_t>();
        const double given = **value;
        if (given < 0 || given > 1.0e9 || given != static_cast<double>(static_cast<std::int64_t>(given)))
            return fail(ErrorCode::InvalidArgument,
                        std::string("attribute ") + name + " must be whole seconds >= 0");
        return std::optional<std::int64_t>(static_cast<std::int64_t>(given));
    };
    auto pmin = seconds("pmin");
    auto pmax = seconds("pmax");
    auto gt = number("gt");
    auto lt = number("lt");
    auto st = number("st");
    for (const Error* problem : {pmin ? nullptr : &pmin.error(), pmax ? nullptr : &pmax.error(),
                                 gt ? nullptr : &gt.error(), lt ? nullptr : &lt.error(),
                                 st ? nullptr : &st.error()}) {
        if (problem)
            return std::unexpected(*problem);
    }
    attributes.pminSec = *pmin;
    attributes.pmaxSec = *pmax;
    attributes.greaterThan = *gt;
    attributes.lessThan = *lt;
    attributes.step = *st;
    return attributes;
}

void observeResource(engine::Engine& engine, const ApiRequest& request, const Reply& reply)
{
    const auto where = target(request, reply);
    if (!where)
        return;
    const auto attributes = observeAttributes(request);
    if (!attributes)
        return reply(ApiResponse::fromError(attributes.error()));
    const auto timeout = waitQuery(request);
    if (!timeout)
        return reply(ApiResponse::fromError(timeout.error()));
    engine.observe(where->endpoint, where->path, *attributes, answerReadResult(reply), *timeout);
}

void cancelObservation(engine::Engine& engine, const ApiRequest& request, const Reply& reply)
{
    const auto where = target(request, reply);
    if (!where)
        return;
    engine.cancelObservation(where->endpoint, where->path, answerNoContent(reply));
}

} // namespace

void addDeviceRoutes(ApiRouter& router, engine::Engine& engine)
{
    const auto bind = [&engine](void (*handler)(engine::Engine&, const ApiRequest&, const Reply&)) {
        return [&engine, handler](const ApiRequest& request, Reply reply) {
            handler(engine, request, reply);
        };
    };
    const QString device = QStringLiteral("/api/v1/devices/{endpoint}");
    const QString resource = device + QStringLiteral("/resources/{path*}");
    router.add("GET", QStringLiteral("/api/v1/devices"), bind(listDevices));
    router.add("GET", device, bind(getDevice));
    router.add("DELETE", device, bind(forgetDevice));
    // The observe routes come first: their tail would also match the plain resource routes.
    router.add("POST", resource + QStringLiteral("/observe"), bind(observeResource));
    router.add("DELETE", resource + QStringLiteral("/observe"), bind(cancelObservation));
    router.add("GET", resource, bind(readResource));
    router.add("PUT", resource, bind(writeResource));
    router.add("POST", resource, bind(executeResource));
}

} // namespace hangar::api
