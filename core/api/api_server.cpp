#include "api/api_server.h"

#include "api/deferred_responder.h"
#include "api/guarded_tcp_server.h"
#include "api/request_guard.h"
#include "api/routes.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QTcpSocket>

namespace hangar::api {
namespace {

Q_LOGGING_CATEGORY(lcApi, "hangar.api", QtInfoMsg)

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    case QHttpServerRequest::Method::Connect: return "CONNECT";
    case QHttpServerRequest::Method::Trace: return "TRACE";
    default: break;
    }
    return "UNKNOWN";
}

QByteArray mediaType(const QByteArray& contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower();
}

} // namespace

ApiServer::ApiServer(engine::Engine& engine, Authenticator authenticator, ApiServerConfig config,
                     QObject* parent)
    : QAbstractHttpServer(parent),
      m_engine(engine),
      m_authenticator(std::move(authenticator)),
      m_config(config),
      m_mailbox(std::make_shared<Mailbox>(this))
{
    addDeviceRoutes(m_router, m_engine);
    addTagRoutes(m_router, m_engine);
    addTelemetryRoutes(m_router, m_engine);
    addObservationRoutes(m_router, m_engine);
    addAwakeWindowRoutes(m_router, m_engine);
    addCredentialRoutes(m_router, m_engine);
    addEventRoutes(m_router, m_engine);
    addFleetRoutes(m_router, m_engine);
    addSystemRoutes(m_router, m_engine);
}

ApiServer::~ApiServer()
{
    m_mailbox->close();
}

Expected<quint16> ApiServer::listenOn(const QHostAddress& address, quint16 port)
{
    auto* server = new GuardedTcpServer(
        m_config, [this](const QByteArray& header) { return authenticate(header); }, this);
    if (!server->listen(address, port)) {
        const std::string reason = server->errorString().toStdString();
        delete server;
        return fail(ErrorCode::IoFailure, "cannot listen for the API on " +
                                              address.toString().toStdString() + ":" +
                                              std::to_string(port) + ": " + reason +
                                              "; pick another --api address or stop the other "
                                              "program");
    }
    bind(server);
    return server->serverPort();
}

void ApiServer::setAuthenticator(Authenticator authenticator)
{
    const QMutexLocker lock(&m_authenticatorMutex);
    m_authenticator = std::move(authenticator);
}

Expected<Principal> ApiServer::authenticate(const QByteArray& authorizationHeader) const
{
    const QMutexLocker lock(&m_authenticatorMutex);
    return m_authenticator.authenticate(authorizationHeader);
}

bool ApiServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    if (auto* guard = RequestGuard::of(socket))
        guard->requestTaken();

    const Reply reply(std::make_shared<DeferredResponder>(makeResponder(request, socket), m_mailbox));
    const QByteArray method = methodName(request.method());
    const QString encodedPath = request.url().path(QUrl::FullyEncoded);
    qCDebug(lcApi) << method << encodedPath;

    // A backstop: the connection's RequestGuard refuses larger bodies before they are read.
    if (request.body().size() > m_config.maxBodyBytes) {
        reply(ApiResponse::error(413, QStringLiteral("the request body is larger than the limit "
                                                     "of %1 bytes")
                                          .arg(m_config.maxBodyBytes)));
        return true;
    }
    const auto principal = authenticate(request.value("authorization"));
    if (!principal) {
        reply(ApiResponse::unauthorized(QString::fromStdString(principal.error().message)));
        return true;
    }

    RouteMatch match = m_router.match(method, encodedPath);
    if (!match.route) {
        if (!match.allowedMethods.isEmpty()) {
            ApiResponse response = ApiResponse::error(
                405, QStringLiteral("%1 is not allowed on %2; allowed: %3")
                         .arg(QString::fromLatin1(method), request.url().path(),
                              match.allowedMethods.join(QStringLiteral(", "))));
            response.headers.emplace_back("Allow", match.allowedMethods.join(QStringLiteral(", ")).toLatin1());
            reply(response);
        } else {
            reply(ApiResponse::error(404, QStringLiteral("no such API path: %1 %2")
                                              .arg(QString::fromLatin1(method),
                                                   request.url().path())));
        }
        return true;
    }
    if (!match.paramsUtf8) {
        reply(ApiResponse::error(400, QStringLiteral("the path %1 does not decode to UTF-8; names "
                                                     "(endpoints, paths) are UTF-8 text")
                                          .arg(encodedPath)));
        return true;
    }

    ApiRequest apiRequest;
    apiRequest.method = method;
    apiRequest.path = request.url().path();
    apiRequest.params = std::move(match.params);
    apiRequest.query = request.query();
    apiRequest.contentType = mediaType(request.value("content-type"));
    apiRequest.body = request.body();
    match.route->handler(apiRequest, reply);
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // handleRequest answers everything; this only runs if that ever changes.
    QHttpServerResponder responder = makeResponder(request, socket);
    DeferredResponder::write(responder, ApiResponse::error(404, QStringLiteral("no such API path")));
}

} // namespace hangar::api
