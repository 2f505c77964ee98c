#include "api/guarded_tcp_server.h"

#include <QTcpSocket>

namespace hangar::api {

GuardedTcpServer::GuardedTcpServer(const ApiServerConfig& limits,
                                   RequestGuard::AuthorizationCheck check, QObject* parent)
    : QTcpServer(parent), m_limits(limits), m_check(std::move(check))
{
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (m_open >= m_limits.maxConnections) {
        ApiResponse busy = ApiResponse::error(
            503, QStringLiteral("the API has %1 connections open, its limit; try again shortly")
                     .arg(m_limits.maxConnections));
        busy.headers.emplace_back("Retry-After", "1");
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        socket->write(busy.toClosingHttpMessage());
        socket->disconnectFromHost();
        if (socket->state() == QAbstractSocket::UnconnectedState)
            socket->deleteLater();
        return;
    }
    auto* guard = new RequestGuard(socket, m_limits, m_check);
    ++m_open;
    // Connections made to this server are gone before it deletes its sockets (~QObject), so
    // this never runs on a destroyed server.
    connect(guard, &QObject::destroyed, this, [this] { --m_open; });
    addPendingConnection(socket);
}

} // namespace hangar::api
