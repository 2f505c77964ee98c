#include "api/route_support.h"
#include "api/routes.h"

#include <QJsonArray>

namespace hangar::api {
namespace {

// [{"<key>": "1.2.0", "count": 7}, {"<key>": null, "count": 2}] — null for devices that have
// not reported the value.
QJsonArray countsToJson(const std::vector<store::ValueCount>& counts, const QString& key)
{
    QJsonArray items;
    for (const store::ValueCount& entry : counts) {
        const QJsonValue value = entry.value ? QJsonValue(QString::fromStdString(*entry.value))
                                             : QJsonValue(QJsonValue::Null);
        items.append(QJsonObject{{key, value}, {QStringLiteral("count"), static_cast<qint64>(entry.count)}});
    }
    return items;
}

QJsonObject fleetSummaryToJson(const store::FleetSummary& summary)
{
    const QJsonObject devices{{QStringLiteral("total"), static_cast<qint64>(summary.total)},
                              {QStringLiteral("online"), static_cast<qint64>(summary.online)},
                              {QStringLiteral("sleeping"), static_cast<qint64>(summary.sleeping)},
                              {QStringLiteral("offline"), static_cast<qint64>(summary.offline)}};
    return QJsonObject{
        {QStringLiteral("devices"), devices},
        {QStringLiteral("firmware"), countsToJson(summary.firmware, QStringLiteral("version"))},
        {QStringLiteral("models"), countsToJson(summary.models, QStringLiteral("model"))},
        {QStringLiteral("manufacturers"),
         countsToJson(summary.manufacturers, QStringLiteral("manufacturer"))}};
}

} // namespace

void addFleetRoutes(ApiRouter& router, engine::Engine& engine)
{
    router.add("GET", QStringLiteral("/api/v1/fleet/summary"),
               [&engine](const ApiRequest&, Reply reply) {
                   const auto summary = engine.fleetSummary();
                   if (!summary)
                       return reply(ApiResponse::fromError(summary.error()));
                   reply(ApiResponse::json(fleetSummaryToJson(*summary)));
               });
}

} // namespace hangar::api
