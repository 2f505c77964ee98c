#include "api/json_mapping.h"
#include "api/route_support.h"
#include "api/routes.h"

#include <QJsonArray>

#include <limits>

namespace hangar::api {
namespace {

constexpr std::int64_t kDefaultEvents = 100;
constexpr std::int64_t kMaxEvents = 1000;

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

} // namespace

void addEventRoutes(ApiRouter& router, engine::Engine& engine)
{
    router.add("GET", QStringLiteral("/api/v1/events"),
               [&engine](const ApiRequest& request, Reply reply) {
                   events(engine, request, reply);
               });
}

} // namespace hangar::api
