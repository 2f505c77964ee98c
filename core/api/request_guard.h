#pragma once

#include <QByteArray>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

namespace hangar::api {

/// Looks at each request's header block before Qt HttpServer 6.4 reads it, because that server
/// has no body size limit and no `Expect: 100-continue` support: a declared Content-Length over
/// the limit is answered 413 (and the connection closed) before any body is buffered, and
/// `Expect: 100-continue` gets its interim 100 answer. Lives as a child of its socket; its
/// readyRead connection is made before the HTTP server's, so it always sees the bytes first.
class RequestGuard : public QObject
{
    Q_OBJECT

public:
    RequestGuard(QTcpSocket* socket, qint64 maxBodyBytes);

    /// Called when the server has taken a complete request: the next bytes start a new one.
    void requestTaken();

private:
    enum class State : std::uint8_t { ReadingHead = 1, InBody, Rejected };

    void onReadyRead();
    void inspectHead(const QByteArray& head);
    void reject(int status, const QByteArray& reason, const QByteArray& message);

    QTcpSocket* m_socket;
    qint64 m_maxBodyBytes;
    State m_state = State::ReadingHead;
    QByteArray m_head;
};

/// A QTcpServer whose connections each get a RequestGuard.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    GuardedTcpServer(qint64 maxBodyBytes, QObject* parent);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    qint64 m_maxBodyBytes;
};

} // namespace hangar::api
