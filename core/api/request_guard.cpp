#include "api/request_guard.h"

#include <QTcpSocket>

#include <sys/socket.h>

namespace hangar::api {
namespace {

QString seconds(std::chrono::milliseconds duration)
{
    return QString::number(static_cast<double>(duration.count()) / 1000.0);
}

} // namespace

RequestGuard::RequestGuard(QTcpSocket* socket, const ApiServerConfig& limits,
                           AuthorizationCheck check)
    : QObject(socket), m_socket(socket), m_limits(limits), m_check(std::move(check)),
      m_framing(limits.maxBodyBytes, limits.maxHeadBytes)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RequestGuard::onTimeout);
    connect(socket, &QTcpSocket::readyRead, this, &RequestGuard::onReadyRead);
    armTimer();
}

RequestGuard* RequestGuard::of(QTcpSocket* socket)
{
    return socket ? socket->findChild<RequestGuard*>(QString(), Qt::FindDirectChildrenOnly)
                  : nullptr;
}

void RequestGuard::requestTaken()
{
    ++m_unanswered;
    armTimer();
}

void RequestGuard::answerWritten()
{
    m_unanswered = std::max(0, m_unanswered - 1);
    armTimer();
}

void RequestGuard::onReadyRead()
{
    // Only unread bytes are available here: the server reads everything after this slot (inside
    // its own transaction, which peek() does not disturb).
    const QByteArray fresh = m_socket->peek(m_socket->bytesAvailable());
    qsizetype offset = 0;
    bool continueDue = false;
    for (;;) {
        const RequestFraming::Step step =
            m_framing.feed(fresh.constData() + offset, fresh.size() - offset);
        offset += step.consumed;
        if (step.event == RequestFraming::Event::Refused) {
            const Refusal& refusal = m_framing.refusal();
            refuse(ApiResponse::error(refusal.status, refusal.message));
            return;
        }
        if (step.event == RequestFraming::Event::HeadComplete) {
            const RequestHead& head = m_framing.head();
            if (head.announcesBody()) {
                const auto principal = m_check(head.authorization);
                if (!principal) {
                    refuse(ApiResponse::unauthorized(
                        QString::fromStdString(principal.error().message)));
                    return;
                }
                continueDue = head.expectContinue;
            }
            continue;
        }
        // The interim answer only once the head passed and the body is not already here.
        if (continueDue && step.event == RequestFraming::Event::NeedMore)
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        continueDue = false;
        if (step.event == RequestFraming::Event::NeedMore)
            break;
    }
    armTimer();
}

void RequestGuard::armTimer()
{
    if (m_refused)
        return;
    if (m_framing.inHead()) {
        // Measured from the head's first byte: trickling bytes do not extend it.
        if (m_timerFor != Timer::Head)
            startTimer(Timer::Head, m_limits.headerTimeout);
    } else if (!m_framing.betweenRequests()) {
        startTimer(Timer::Body, m_limits.idleTimeout);
    } else if (m_unanswered > 0) {
        m_timer.stop();
        m_timerFor = Timer::None;
    } else {
        startTimer(Timer::Idle, m_limits.idleTimeout);
    }
}

void RequestGuard::startTimer(Timer purpose, std::chrono::milliseconds timeout)
{
    m_timerFor = purpose;
    m_timer.start(timeout);
}

void RequestGuard::onTimeout()
{
    switch (m_timerFor) {
    case Timer::Head:
        refuse(
            ApiResponse::error(408, QStringLiteral("the request head was not complete within %1 s")
                                        .arg(seconds(m_limits.headerTimeout))));
        return;
    case Timer::Body:
        refuse(ApiResponse::error(408, QStringLiteral("the request body stalled for %1 s")
                                           .arg(seconds(m_limits.idleTimeout))));
        return;
    case Timer::Idle:
        m_socket->disconnectFromHost(); // nothing is in progress: a plain close
        closeConnection();
        return;
    case Timer::Linger:
        closeConnection();
        return;
    case Timer::None:
        return;
    }
}

void RequestGuard::refuse(const ApiResponse& answer)
{
    m_refused = true;
    // From here on the server sees nothing of this connection, and what it holds of the
    // refused request is dropped.
    QObject::disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    if (m_socket->isTransactionStarted())
        m_socket->rollbackTransaction();
    m_socket->readAll();
    // The client may still be sending (a body it was not asked for): read and drop it for a
    // while, so that closing with unread bytes does not reset the connection before the client
    // read the answer.
    connect(m_socket, &QTcpSocket::readyRead, this, [this] { m_socket->readAll(); });
    connect(m_socket, &QAbstractSocket::disconnected, this, &RequestGuard::closeConnection);
    // Once the answer is out, half-close: a client that has nothing more to send then closes
    // too, which ends the linger early.
    connect(m_socket, &QIODevice::bytesWritten, this, [this] {
        if (m_socket->bytesToWrite() == 0)
            ::shutdown(static_cast<int>(m_socket->socketDescriptor()), SHUT_WR);
    });
    m_socket->write(answer.toClosingHttpMessage());
    startTimer(Timer::Linger, m_limits.lingerTime);
}

void RequestGuard::closeConnection()
{
    m_timer.stop();
    m_timerFor = Timer::None;
    QTcpSocket* socket = m_socket;
    if (socket->state() != QAbstractSocket::UnconnectedState)
        socket->abort();
    // The server deletes its sockets when they disconnect, but not one whose signals it cut
    // after its own parser failed; a second deleteLater is harmless.
    socket->deleteLater();
}

} // namespace hangar::api
