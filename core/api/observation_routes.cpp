#include "api/route_support.h"
#include "api/routes.h"

#include <QJsonArray>

namespace hangar::api {
namespace {

QJsonObject attributesToJson(const engine::NotificationAttributes& attributes)
{
    QJsonObject json;
    if (attributes.pminSec)
        json.insert(QStringLiteral("pmin"), static_cast<qint64>(*attributes.pminSec));
    if (attributes.pmaxSec)
        json.insert(QStringLiteral("pmax"), static_cast<qint64>(*attributes.pmaxSec));
    if (attributes.greaterThan)
        json.insert(QStringLiteral("gt"), *attributes.greaterThan);
    if (attributes.lessThan)
        json.insert(QStringLiteral("lt"), *attributes.lessThan);
    if (attributes.step)
        json.insert(QStringLiteral("st"), *attributes.step);
    return json;
}

QJsonObject observationToJson(const engine::ObservationInfo& observation)
{
    return QJsonObject{
        {QStringLiteral("path"), QString::fromStdString(observation.path.toString())},
        {QStringLiteral("attributes"), attributesToJson(observation.attributes)},
        {QStringLiteral("since"), static_cast<qint64>(observation.sinceMs)},
        {QStringLiteral("lastNotification"),
         observation.lastNotificationMs > 0 ? QJsonValue(static_cast<qint64>(observation.lastNotificationMs))
                                            : QJsonValue(QJsonValue::Null)},
    };
}

void listObservations(engine::Engine& engine, const ApiRequest& request, const Reply& reply)
{
    const auto endpoint = endpointParam(request);
    if (!endpoint)
        return reply(ApiResponse::fromError(endpoint.error()));
    engine.observations(*endpoint, answerWith<std::vector<engine::ObservationInfo>>(
                                       reply, [](std::vector<engine::ObservationInfo> observations) {
                                           QJsonArray items;
                                           for (const engine::ObservationInfo& observation : observations)
                                               items.append(observationToJson(observation));
                                           return ApiResponse::json(QJsonObject{{QStringLiteral("items"), items}});
                                       }));
}

} // namespace

void addObservationRoutes(ApiRouter& router, engine::Engine& engine)
{
    router.add("GET", QStringLiteral("/api/v1/devices/{endpoint}/observations"),
               [&engine](const ApiRequest& request, Reply reply) { listObservations(engine, request, reply); });
}

} // namespace hangar::api
