#include "api/json_mapping.h"
#include "api/route_support.h"
#include "api/routes.h"

#include <QJsonArray>

#include <limits>
#include <optional>

namespace hangar::api {
namespace {

constexpr std::int64_t kDefaultSamples = 1000;
constexpr std::int64_t kMaxSamples = 10000;
constexpr std::int64_t kMinBucketMs = 1000;

/// The bucketMs query parameter: nullopt when absent, an error unless a whole number >= 1000.
Expected<std::optional<std::int64_t>> bucketParam(const ApiRequest& request)
{
    const auto text = request.queryValue(QStringLiteral("bucketMs"));
    if (!text)
        return std::optional<std::int64_t>();
    bool ok = false;
    const qlonglong value = text->toLongLong(&ok);
    if (!ok || value < kMinBucketMs) {
        return fail(ErrorCode::InvalidArgument,
                    "query parameter bucketMs=\"" + text->toStdString()
                        + "\" must be a whole number of milliseconds, at least 1000 (one second)");
    }
    return std::optional<std::int64_t>(value);
}

QJsonObject bucketToJson(const store::SampleBucket& bucket)
{
    return QJsonObject{{QStringLiteral("time"), static_cast<qint64>(bucket.startMs)},
                       {QStringLiteral("min"), bucket.min},
                       {QStringLiteral("max"), bucket.max},
                       {QStringLiteral("mean"), bucket.mean()},
                       {QStringLiteral("first"), bucket.first},
                       {QStringLiteral("last"), bucket.last},
                       {QStringLiteral("count"), static_cast<qint64>(bucket.count)}};
}

void telemetry(engine::Engine& engine, const ApiRequest& request, const Reply& reply)
{
    const auto endpoint = endpointParam(request);
    if (!endpoint)
        return reply(ApiResponse::fromError(endpoint.error()));
    const auto path = lwm2mPathParam(request);
    if (!path)
        return reply(ApiResponse::fromError(path.error()));
    constexpr auto kLatest = std::numeric_limits<std::int64_t>::max();
    const auto from = integerQuery(request, QStringLiteral("from"), 0, 0, kLatest);
    const auto to = integerQuery(request, QStringLiteral("to"), kLatest, 0, kLatest);
    const auto limit =
        integerQuery(request, QStringLiteral("limit"), kDefaultSamples, 1, kMaxSamples, true);
    for (const Error* problem : {from ? nullptr : &from.error(), to ? nullptr : &to.error(),
                                 limit ? nullptr : &limit.error()}) {
        if (problem)
            return reply(ApiResponse::fromError(*problem));
    }
    const QString order = request.queryValue(QStringLiteral("order")).value_or(QStringLiteral("asc"));
    if (order != u"asc" && order != u"desc")
        return reply(ApiResponse::error(400, QStringLiteral("order must be asc or desc")));
    if (*from > *to)
        return reply(ApiResponse::error(400, QStringLiteral("from is after to")));
    const auto bucketMs = bucketParam(request);
    if (!bucketMs)
        return reply(ApiResponse::fromError(bucketMs.error()));

    // Unknown devices are a 404, not an empty series.
    if (const auto device = engine.device(*endpoint); !device)
        return reply(ApiResponse::fromError(device.error()));

    store::SampleQuery query;
    query.endpoint = *endpoint;
    query.path = *path;
    query.fromMs = *from;
    query.toMs = *to;
    query.limit = static_cast<int>(*limit);
    query.order = order == u"desc" ? store::TimeOrder::NewestFirst : store::TimeOrder::OldestFirst;
    QJsonArray items;
    if (*bucketMs) {
        const auto buckets = engine.telemetryBuckets(query, **bucketMs);
        if (!buckets)
            return reply(ApiResponse::fromError(buckets.error()));
        for (const auto& bucket : *buckets)
            items.append(bucketToJson(bucket));
        return reply(ApiResponse::json(QJsonObject{{QStringLiteral("items"), items}}));
    }
    const auto samples = engine.telemetry(query);
    if (!samples)
        return reply(ApiResponse::fromError(samples.error()));
    for (const auto& sample : *samples)
        items.append(sampleToJson(sample));
    reply(ApiResponse::json(QJsonObject{{QStringLiteral("items"), items}}));
}

} // namespace

void addTelemetryRoutes(ApiRouter& router, engine::Engine& engine)
{
    router.add("GET", QStringLiteral("/api/v1/devices/{endpoint}/telemetry/{path*}"),
               [&engine](const ApiRequest& request, Reply reply) {
                   telemetry(engine, request, reply);
               });
}

} // namespace hangar::api
