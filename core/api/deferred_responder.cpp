#include "api/deferred_responder.h"

#include "api/request_guard.h"

#include <QHttpServerResponder>
#include <QTcpSocket>
#include <QThread>

namespace hangar::api {

bool Mailbox::post(std::function<void()> function)
{
    std::lock_guard lock(m_mutex);
    if (!m_receiver)
        return false;
    QMetaObject::invokeMethod(m_receiver, std::move(function), Qt::QueuedConnection);
    return true;
}

bool Mailbox::onReceiverThread()
{
    std::lock_guard lock(m_mutex);
    return m_receiver && m_receiver->thread() == QThread::currentThread();
}

void Mailbox::close()
{
    std::lock_guard lock(m_mutex);
    m_receiver = nullptr;
}

struct DeferredResponder::Pending
{
    explicit Pending(QHttpServerResponder&& taken)
        : responder(std::move(taken)), socket(responder.socket())
    {
    }
    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket; ///< becomes null when the connection is gone
};

DeferredResponder::DeferredResponder(QHttpServerResponder&& responder,
                                     std::shared_ptr<Mailbox> mailbox)
    : m_pending(std::make_unique<Pending>(std::move(responder))), m_mailbox(std::move(mailbox))
{
}

DeferredResponder::~DeferredResponder() = default;

void DeferredResponder::deliver(ApiResponse response)
{
    std::shared_ptr<Pending> pending;
    {
        std::lock_guard lock(m_mutex);
        if (!m_pending)
            return;
        pending = std::shared_ptr<Pending>(std::move(m_pending));
    }
    auto writeNow = [pending, answer = std::move(response)] {
        if (pending->socket)
            write(pending->responder, answer);
    };
    if (m_mailbox->onReceiverThread())
        writeNow();
    else
        m_mailbox->post(std::move(writeNow));
}

void DeferredResponder::write(QHttpServerResponder& responder, const ApiResponse& response)
{
    QTcpSocket* socket = responder.socket();
    if (!socket || !socket->isOpen() || socket->state() != QAbstractSocket::ConnectedState)
        return;
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    if (!response.contentType.isEmpty())
        responder.writeHeader("Content-Type", response.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeHeader("Cache-Control", "no-store");
    for (const auto& [name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeBody(response.body);
    if (auto* guard = RequestGuard::of(socket))
        guard->answerWritten();
}

} // namespace hangar::api
