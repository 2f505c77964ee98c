#include "api/request_guard.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

namespace hangar::api {
namespace {

constexpr qsizetype kMaxHeadBytes = 64 * 1024;

} // namespace

RequestGuard::RequestGuard(QTcpSocket* socket, qint64 maxBodyBytes)
    : QObject(socket), m_socket(socket), m_maxBodyBytes(maxBodyBytes)
{
    connect(socket, &QTcpSocket::readyRead, this, &RequestGuard::onReadyRead);
}

void RequestGuard::requestTaken()
{
    if (m_state == State::InBody)
        m_state = State::ReadingHead;
    m_head.clear();
}

void RequestGuard::onReadyRead()
{
    if (m_state == State::Rejected) {
        m_socket->readAll(); // nothing of a rejected connection reaches the HTTP parser
        return;
    }
    if (m_state != State::ReadingHead)
        return;
    // Only new bytes are available here: the HTTP server reads everything after this slot.
    const QByteArray fresh = m_socket->peek(m_socket->bytesAvailable());
    m_head += fresh;
    const qsizetype end = m_head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_head.size() > kMaxHeadBytes)
            reject(431, "Request Header Fields Too Large",
                   "the request headers are larger than 64 KiB");
        return;
    }
    const QByteArray head = m_head.left(end);
    m_head.clear();
    m_state = State::InBody;
    inspectHead(head);
}

void RequestGuard::inspectHead(const QByteArray& head)
{
    bool expectContinue = false;
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            if (ok && length > m_maxBodyBytes) {
                reject(413, "Payload Too Large",
                       "the request body is larger than the limit of " +
                           QByteArray::number(m_maxBodyBytes) + " bytes");
                return;
            }
        } else if (name == "expect" && value.toLower() == "100-continue") {
            expectContinue = true;
        }
    }
    if (expectContinue)
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
}

void RequestGuard::reject(int status, const QByteArray& reason, const QByteArray& message)
{
    m_state = State::Rejected;
    const QJsonObject inner{{QStringLiteral("status"), status},
                            {QStringLiteral("message"), QString::fromUtf8(message)}};
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("error"), inner}}).toJson(QJsonDocument::Compact);
    QByteArray answer = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    answer += "Content-Type: application/json\r\n";
    answer += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    answer += "Connection: close\r\n\r\n";
    answer += body;
    m_socket->readAll();
    m_socket->write(answer);
    m_socket->disconnectFromHost();
}

GuardedTcpServer::GuardedTcpServer(qint64 maxBodyBytes, QObject* parent)
    : QTcpServer(parent), m_maxBodyBytes(maxBodyBytes)
{
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    new RequestGuard(socket, m_maxBodyBytes);
    addPendingConnection(socket);
}

} // namespace hangar::api
