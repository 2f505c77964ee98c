#include "api/json_mapping.h"
#include "api/route_support.h"
#include "api/routes.h"

#include <QCoreApplication>
#include <QFile>

namespace hangar::api {
namespace {

QByteArray openApiDocument()
{
    QFile file(QStringLiteral(":/api/openapi.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

void addSystemRoutes(ApiRouter& router, engine::Engine& engine)
{
    router.add("GET", QStringLiteral("/api/v1/health"), [&engine](const ApiRequest&, Reply reply) {
        const engine::EngineHealth state = engine.health();
        QJsonObject health = healthToJson(state);
        health.insert(QStringLiteral("version"), QCoreApplication::applicationVersion());
        // 503 while degraded, so load balancers and monitors notice without parsing the body.
        reply(ApiResponse::json(health, state.degraded.empty() ? 200 : 503));
    });
    router.add("GET", QStringLiteral("/api/v1/openapi.json"),
               [document = openApiDocument()](const ApiRequest&, Reply reply) {
                   if (document.isEmpty())
                       return reply(ApiResponse::error(
                           500, QStringLiteral("the OpenAPI document is missing from this build")));
                   ApiResponse response;
                   response.body = document;
                   reply(response);
               });
}

} // namespace hangar::api
