#pragma once

#include "api/api_router.h"
#include "api/api_server_config.h"
#include "api/authenticator.h"
#include "common/error.h"
#include "engine/engine.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QMutex>

#include <memory>

namespace hangar::api {

class Mailbox;

/// The REST API v1 (see openapi.json) over one engine. Lives on the thread that creates it
/// (the "HTTP thread"); engine callbacks hop back to it before anything is written. Every
/// request needs `Authorization: Bearer <token>`; errors are JSON
/// {"error":{"status":N,"message":"…"}}; unknown paths are 404, known paths with another method
/// 405 (with Allow). Body, head, time and connection limits (ApiServerConfig) are enforced on
/// each connection before a request reaches the server (RequestGuard).
class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    ApiServer(engine::Engine& engine, Authenticator authenticator, ApiServerConfig config = {},
              QObject* parent = nullptr);
    ~ApiServer() override;

    /// Listens on `address`:`port` (0 picks a free port); returns the bound port, or IoFailure
    /// naming the address (e.g. already in use).
    Expected<quint16> listenOn(const QHostAddress& address, quint16 port);

    /// Replaces who may call the API, from the next request on: requests already past the check
    /// complete, open connections stay open and their next request meets the new authenticator.
    /// The listening port is not touched. Safe from any thread. (The API has no WebSocket
    /// connections that would have to be closed.)
    void setAuthenticator(Authenticator authenticator);

    /// Every route, for documentation checks.
    const ApiRouter& router() const { return m_router; }

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    /// The principal for an Authorization header value, by the current authenticator.
    Expected<Principal> authenticate(const QByteArray& authorizationHeader) const;

    engine::Engine& m_engine;
    mutable QMutex m_authenticatorMutex; ///< setAuthenticator may run on another thread
    Authenticator m_authenticator;
    ApiServerConfig m_config;
    ApiRouter m_router;
    std::shared_ptr<Mailbox> m_mailbox;
};

} // namespace hangar::api
