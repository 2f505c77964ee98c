// One REST request into what core/api parses itself, as ApiServer hands it on: the
// Authorization header, route matching with percent-decoded path parameters, the query items
// the routes read, and the JSON body as a resource write, a credential and a tag change read it.
// The input is a small HTTP request:
//   METHOD /api/v1/...?query\n
//   Header: value\n  (any number)
//   \n
//   body
// Qt HttpServer's own parser and the route handlers' engine calls are not part of this target:
// the handlers need a live HTTP responder.
#include "fuzz_support.h"

#include "api/api_router.h"
#include "api/authenticator.h"
#include "api/credential_import.h"
#include "api/json_mapping.h"
#include "api/route_support.h"
#include "api/routes.h"
#include "engine/local_engine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTemporaryDir>

#include <memory>

namespace {

using namespace hangar;

/// The route table of the real server, built on a real engine without network endpoints.
struct Routes
{
    QTemporaryDir dir;
    std::unique_ptr<engine::LocalEngine> engine;
    api::ApiRouter router;

    Routes()
    {
        engine::EngineConfig config;
        config.dataDir = dir.path().toStdString();
        config.coap.reset();
        config.coaps.reset();
        auto started = engine::LocalEngine::start(config);
        if (!started)
            fuzz::violated("the engine does not start: " + started.error().message);
        engine = std::move(*started);
        api::addDeviceRoutes(router, *engine);
        api::addTagRoutes(router, *engine);
        api::addTelemetryRoutes(router, *engine);
        api::addObservationRoutes(router, *engine);
        api::addCredentialRoutes(router, *engine);
        api::addEventRoutes(router, *engine);
        api::addFleetRoutes(router, *engine);
        api::addSystemRoutes(router, *engine);
    }
};

Routes* g_routes = nullptr;
const api::Authenticator g_authenticator(QByteArrayLiteral("0123456789abcdef0123456789abcdef"));

/// Splits the input into request line, headers and body.
api::ApiRequest readRequest(const QByteArray& input, QString& encodedPath,
                            QByteArray& authorization)
{
    api::ApiRequest request;
    qsizetype at = input.indexOf('\n');
    const QByteArray requestLine = input.left(at);
    const qsizetype space = requestLine.indexOf(' ');
    request.method = requestLine.left(space);
    const QByteArray target = space < 0 ? QByteArray() : requestLine.mid(space + 1);
    const qsizetype question = target.indexOf('?');
    encodedPath = QString::fromUtf8(target.left(question));
    if (question >= 0)
        request.query = QUrlQuery(QString::fromUtf8(target.mid(question + 1)));
    while (at >= 0) {
        const qsizetype next = input.indexOf('\n', at + 1);
        const QByteArray line = input.mid(at + 1, next < 0 ? -1 : next - at - 1);
        at = next;
        if (line.isEmpty() || next < 0)
            break;
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1).trimmed();
        if (name == "content-type") {
            const qsizetype semicolon = value.indexOf(';');
            request.contentType =
                (semicolon < 0 ? value : value.left(semicolon)).trimmed().toLower();
        } else if (name == "authorization") {
            authorization = value;
        }
    }
    request.body = at < 0 ? QByteArray() : input.mid(at + 1);
    return request;
}

void readQuery(const api::ApiRequest& request)
{
    for (const char* name : {"limit", "offset", "since", "from", "to", "bucketMs"})
        (void)api::integerQuery(request, QString::fromLatin1(name), 0, 0, 1'000'000, true);
    for (const char* name : {"cacheOnly", "partial"})
        (void)api::booleanQuery(request, QString::fromLatin1(name), false);
    (void)api::formatQuery(request);
    (void)api::waitQuery(request);
    if (const auto status = request.queryValue(QStringLiteral("status")))
        (void)api::parseDeviceStatusName(*status);
}

void readBody(const api::ApiRequest& request, const lwm2m::LwM2mPath& target)
{
    const auto body = api::jsonObjectBody(request, true);
    if (!body)
        return;
    if (const auto values = api::pathValuesFromJson(*body, target, fuzz::builtinModels())) {
        for (std::size_t i = 0; i < values->size(); ++i) {
            if (!(*values)[i].path.startsWith(target))
                fuzz::violated("a written value lies outside " + target.toString());
            if (i > 0 && !((*values)[i - 1].path < (*values)[i].path))
                fuzz::violated("written values are not sorted");
            (void)api::valueToJson((*values)[i].value);
        }
    }
    const QJsonValue key = body->value(QStringLiteral("pskKey"));
    if (key.isString())
        (void)api::parsePskKeyHex(key.toString().toLatin1());
    for (const char* name : {"endpoints", "add", "remove", "tags"}) {
        for (const QJsonValue item : body->value(QString::fromLatin1(name)).toArray())
            (void)item.toString().toStdString();
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication application(*argc, *argv);
    static Routes routes;
    g_routes = &routes;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QString encodedPath;
    QByteArray authorization;
    api::ApiRequest request = readRequest(input, encodedPath, authorization);
    (void)g_authenticator.authenticate(authorization);
    const api::RouteMatch match = g_routes->router.match(request.method, encodedPath);
    request.path = encodedPath;
    request.params = match.params;
    lwm2m::LwM2mPath target(3, 0);
    if (match.route != nullptr) {
        if (match.route->pattern.contains(u"{endpoint}"))
            (void)api::endpointParam(request);
        if (match.route->pattern.contains(u"{path")) {
            if (auto path = api::lwm2mPathParam(request))
                target = *path;
        }
    }
    readQuery(request);
    readBody(request, target);
    if (request.contentType != "application/json" || match.route == nullptr) {
        const auto format = api::credentialListFormat(request.contentType, request.body);
        (void)api::parseCredentialList(request.body, format);
    }
    return 0;
}
