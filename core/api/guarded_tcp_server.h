#pragma once

#include "api/api_server_config.h"
#include "api/request_guard.h"

#include <QTcpServer>

namespace hangar::api {

/// The API's listening socket: every accepted connection gets a RequestGuard before Qt HttpServer
/// sees it, and at most ApiServerConfig::maxConnections are open at once. A connection beyond
/// that is answered 503 (with Retry-After) and closed without reaching the server.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    GuardedTcpServer(const ApiServerConfig& limits, RequestGuard::AuthorizationCheck check,
                     QObject* parent);

    /// Connections open now (guarded ones; refused ones are not counted).
    int openConnections() const { return m_open; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    ApiServerConfig m_limits;
    RequestGuard::AuthorizationCheck m_check;
    int m_open = 0;
};

} // namespace hangar::api
