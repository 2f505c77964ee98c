#pragma once

#include "api/reply.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <mutex>

class QHttpServerResponder;
class QTcpSocket;

namespace hangar::api {

/// Runs functions on the thread of one receiver object, from any thread, until closed.
/// The receiver's owner calls close() before the receiver dies, so nothing is ever posted to a
/// destroyed object (functions already posted are dropped with it by Qt).
class Mailbox
{
public:
    explicit Mailbox(QObject* receiver) : m_receiver(receiver) {}

    /// Queues `function` to run on the receiver's thread; false once closed.
    bool post(std::function<void()> function);
    /// True when called on the receiver's thread (false once closed).
    bool onReceiverThread();
    void close();

private:
    std::mutex m_mutex;
    QObject* m_receiver = nullptr;
};

/// The one place that touches QHttpServerResponder and its socket (Qt 6.4: the responder is the
/// only safe way to answer later; `socket()` is gone in 6.5). Holds the responder until the answer
/// arrives, hops to the server's thread, and writes only if the client is still connected.
class DeferredResponder final : public ReplySink
{
public:
    DeferredResponder(QHttpServerResponder&& responder, std::shared_ptr<Mailbox> mailbox);
    ~DeferredResponder() override;

    void deliver(ApiResponse response) override;

    /// Writes `response` through `responder` if its socket is still open. Server thread only.
    static void write(QHttpServerResponder& responder, const ApiResponse& response);

private:
    struct Pending;

    std::mutex m_mutex;
    std::unique_ptr<Pending> m_pending; ///< null once answered
    std::shared_ptr<Mailbox> m_mailbox;
};

} // namespace hangar::api
