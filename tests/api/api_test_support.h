#pragma once

#include <QByteArray>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>

namespace hangar::api::test {

/// One answer as a client sees it.
struct HttpAnswer
{
    int status = 0; ///< 0: no answer in time / connection failed
    QByteArray body;
    QByteArray contentType;
    QByteArray allow;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString errorMessage() const
    {
        return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    }
};

/// Spins the event loop until `done()` or the timeout; returns done().
inline bool waitUntil(const std::function<bool()>& done,
                      std::chrono::milliseconds timeout = std::chrono::seconds(10))
{
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    deadline.start(timeout);
    while (!done() && deadline.isActive())
        loop.processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    return done();
}

/// A small HTTP client on QNetworkAccessManager with bounded waits.
class ApiClient
{
public:
    ApiClient(quint16 port, QByteArray token)
        : m_base(QStringLiteral("http://127.0.0.1:%1").arg(port)), m_token(std::move(token))
    {
    }

    HttpAnswer send(const QByteArray& method, const QString& path, const QByteArray& body = {},
                    const QByteArray& contentType = "application/json")
    {
        return sendWith(method, path, body, contentType, "Bearer " + m_token);
    }

    HttpAnswer get(const QString& path) { return send("GET", path); }

    /// `authorization` empty: no Authorization header at all.
    HttpAnswer sendWith(const QByteArray& method, const QString& path, const QByteArray& body,
                        const QByteArray& contentType, const QByteArray& authorization,
                        std::chrono::milliseconds timeout = std::chrono::seconds(15))
    {
        QNetworkRequest request(QUrl(m_base + path, QUrl::StrictMode));
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        QNetworkReply* reply = m_manager.sendCustomRequest(request, method, body);
        bool finished = false;
        QObject::connect(reply, &QNetworkReply::finished, reply, [&finished] { finished = true; });
        waitUntil([&] { return finished; }, timeout);
        HttpAnswer answer;
        if (finished) {
            answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            answer.body = reply->readAll();
            answer.contentType = reply->rawHeader("Content-Type");
            answer.allow = reply->rawHeader("Allow");
        } else {
            reply->abort();
        }
        reply->deleteLater();
        return answer;
    }

private:
    QString m_base;
    QByteArray m_token;
    QNetworkAccessManager m_manager;
};

/// Sends raw bytes on a fresh connection and collects what comes back until the server closes
/// or `until` holds for the bytes received so far.
inline QByteArray rawExchange(quint16 port, const QByteArray& bytes,
                              const std::function<bool(const QByteArray&)>& until,
                              std::chrono::milliseconds timeout = std::chrono::seconds(10))
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(bytes);
    QByteArray received;
    waitUntil([&] {
        received += socket.readAll();
        return until(received) || socket.state() == QAbstractSocket::UnconnectedState;
    }, timeout);
    received += socket.readAll();
    return received;
}

/// One HTTP/1.1 answer read from a kept-alive connection: waits (bounded) for the head and the
/// Content-Length bytes of body. Empty when nothing complete arrived.
inline QByteArray readKeptAliveAnswer(QTcpSocket& socket, QByteArray& buffer)
{
    QByteArray answer;
    waitUntil([&] {
        buffer += socket.readAll();
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return false;
        static const QRegularExpression contentLength(QStringLiteral("\r\ncontent-length:\\s*(\\d+)"),
                                                      QRegularExpression::CaseInsensitiveOption);
        const auto match = contentLength.match(QString::fromLatin1(buffer.left(headEnd)));
        const qsizetype length = match.hasMatch() ? match.captured(1).toLongLong() : 0;
        if (buffer.size() < headEnd + 4 + length)
            return false;
        answer = buffer.left(headEnd + 4 + length);
        buffer.remove(0, answer.size());
        return true;
    });
    return answer;
}

} // namespace hangar::api::test
