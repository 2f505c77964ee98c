#include "api/json_mapping.h"
#include "api/route_support.h"
#include "api/routes.h"

#include <QDateTime>
#include <QJsonArray>

#include <limits>

namespace hangar::api {
namespace {

constexpr std::int64_t kDefaultEvents = 100;
constexpr std::int64_t kMaxEvents = 1000;
constexpr std::int64_t kDayMs = 24 * 3600 * 1000;
constexpr std::int64_t kHourMs = 3600 * 1000;
constexpr std::int64_t kMinBucketMs = 1000;
constexpr std::int64_t kMaxBuckets = 10000;

void events(engine::Engine& engine, const ApiRequest& request, const Reply& reply)
{
    const auto since = integerQuery(request, QStringLiteral("since"), 0, 0,
                                    std::numeric_limits<std::int64_t>::max());
    const auto limit =
        integerQuery(request, QStringLiteral("limit"), kDefaultEvents, 1, kMaxEvents, true);
    if (!since)
        return reply(ApiResponse::fromError(since.error()));
    if (!limit)
        return reply(ApiResponse::fromError(limit.error()));
    // ?endpoint= narrows the log to one device (its own index, so a device's page costs its events).
    const std::optional<QString> endpoint = request.queryValue(QStringLiteral("endpoint"));
    if (endpoint && endpoint->isEmpty())
        return reply(ApiResponse::error(400, QStringLiteral("endpoint must not be empty")));
    const auto found = endpoint ? engine.deviceEventsSince(endpoint->toStdString(), *since, static_cast<int>(*limit))
                                : engine.eventsSince(*since, static_cast<int>(*limit));
    if (!found)
        return reply(ApiResponse::fromError(found.error()));
    QJsonArray items;
    std::int64_t next = *since;
    for (const auto& event : *found) {
        items.append(eventToJson(event));
        next = std::max(next, event.id);
    }
    // `next` is what to pass as ?since= to continue after this page.
    reply(ApiResponse::json(QJsonObject{{QStringLiteral("items"), items},
                                        {QStringLiteral("next"), static_cast<qint64>(next)}}));
}

/// GET /api/v1/events/counts?kind=&from=&to=&bucketMs=: how many events of one kind fell in
/// each bucket (defaults: the last 24 hours in hours), e.g. registrations over time.
void eventCounts(engine::Engine& engine, const ApiRequest& request, const Reply& reply)
{
    const std::optional<QString> kind = request.queryValue(QStringLiteral("kind"));
    if (!kind || kind->isEmpty())
        return reply(ApiResponse::error(400, QStringLiteral("kind is required, e.g. kind=registered")));
    constexpr auto kLatest = std::numeric_limits<std::int64_t>::max();
    const auto to = integerQuery(request, QStringLiteral("to"), QDateTime::currentMSecsSinceEpoch() + 1, 0, kLatest);
    if (!to)
        return reply(ApiResponse::fromError(to.error()));
    const auto from = integerQuery(request, QStringLiteral("from"), std::max<std::int64_t>(0, *to - kDayMs), 0, kLatest);
    const auto bucketMs = integerQuery(request, QStringLiteral("bucketMs"), kHourMs, kMinBucketMs, kLatest);
    if (!from)
        return reply(ApiResponse::fromError(from.error()));
    if (!bucketMs)
        return reply(ApiResponse::fromError(bucketMs.error()));
    if (*from > *to)
        return reply(ApiResponse::error(400, QStringLiteral("from is after to")));
    if ((*to - *from) / *bucketMs >= kMaxBuckets)
        return reply(ApiResponse::error(
            400, QStringLiteral("the range holds more than %1 buckets: widen bucketMs or narrow from/to").arg(kMaxBuckets)));
    const auto counts = engine.eventCounts(kind->toStdString(), *from, *to, *bucketMs);
    if (!counts)
        return reply(ApiResponse::fromError(counts.error()));
    QJsonArray items;
    for (const store::EventCount& count : *counts)
        items.append(QJsonObject{{QStringLiteral("time"), static_cast<qint64>(count.startMs)},
                                 {QStringLiteral("count"), static_cast<qint64>(count.count)}});
    reply(ApiResponse::json(QJsonObject{{QStringLiteral("items"), items}}));
}

} // namespace

void addEventRoutes(ApiRouter& router, engine::Engine& engine)
{
    router.add("GET", QStringLiteral("/api/v1/events"),
               [&engine](const ApiRequest& request, Reply reply) {
                   events(engine, request, reply);
               });
    router.add("GET", QStringLiteral("/api/v1/events/counts"),
               [&engine](const ApiRequest& request, Reply reply) {
                   eventCounts(engine, request, reply);
               });
}

} // namespace hangar::api
