#include "api/credential_import.h"
#include "api/route_support.h"
#include "api/routes.h"

namespace hangar::api {
namespace {

void putCredential(engine::Engine& engine, const ApiRequest& request, const Reply& reply)
{
    const auto endpoint = endpointParam(request);
    if (!endpoint)
        return reply(ApiResponse::fromError(endpoint.error()));
    const auto body = jsonObjectBody(request, false);
    if (!body)
        return reply(ApiResponse::fromError(body.error()));
    const QJsonValue identity = body->value(QStringLiteral("pskIdentity"));
    const QJsonValue keyHex = body->value(QStringLiteral("pskKey"));
    if (!identity.isString() || identity.toString().isEmpty())
        return reply(ApiResponse::error(
            400, QStringLiteral("\"pskIdentity\" must be a non-empty string")));
    if (!keyHex.isString())
        return reply(ApiResponse::error(
            400, QStringLiteral("\"pskKey\" must be the key as a hex string")));
    auto key = parsePskKeyHex(keyHex.toString().toLatin1());
    if (!key)
        return reply(ApiResponse::error(
            400, QStringLiteral("\"pskKey\": %1").arg(QString::fromStdString(key.error().message))));
    store::Credential credential{*endpoint, identity.toString().toStdString(), std::move(*key)};
    engine.setCredential(std::move(credential), answerNoContent(reply));
}

void removeCredential(engine::Engine& engine, const ApiRequest& request, const Reply& reply)
{
    const auto endpoint = endpointParam(request);
    if (!endpoint)
        return reply(ApiResponse::fromError(endpoint.error()));
    engine.removeCredential(*endpoint, answerNoContent(reply));
}

void importCredentials(engine::Engine& engine, const ApiRequest& request, const Reply& reply)
{
    const auto format = credentialListFormat(request.contentType, request.body);
    auto credentials = parseCredentialList(request.body, format);
    if (!credentials)
        return reply(ApiResponse::fromError(credentials.error()));
    engine.importCredentials(std::move(*credentials),
                             answerWith<std::size_t>(reply, [](std::size_t count) {
                                 return ApiResponse::json(QJsonObject{
                                     {QStringLiteral("imported"), static_cast<qint64>(count)}});
                             }));
}

} // namespace

void addCredentialRoutes(ApiRouter& router, engine::Engine& engine)
{
    router.add("PUT", QStringLiteral("/api/v1/devices/{endpoint}/credentials"),
               [&engine](const ApiRequest& request, Reply reply) {
                   putCredential(engine, request, reply);
               });
    router.add("DELETE", QStringLiteral("/api/v1/devices/{endpoint}/credentials"),
               [&engine](const ApiRequest& request, Reply reply) {
                   removeCredential(engine, request, reply);
               });
    router.add("POST", QStringLiteral("/api/v1/credentials/import"),
               [&engine](const ApiRequest& request, Reply reply) {
                   importCredentials(engine, request, reply);
               });
}

} // namespace hangar::api
