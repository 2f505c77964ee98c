#pragma once

#include "api/api_response.h"
#include "api/api_server_config.h"
#include "api/authenticator.h"
#include "api/request_framing.h"

#include <QObject>
#include <QTimer>

#include <cstdint>
#include <functional>

class QTcpSocket;

namespace hangar::api {

/// Watches the bytes of one connection before Qt HttpServer 6.4 reads them, because that server
/// buffers whole bodies before anything else runs and has no limits or timeouts of its own.
/// It frames each request itself (RequestFraming) and answers, then closes:
/// - 401 when a request announces a body without a valid key (before any body byte is read;
///   body-less requests go on to the server, which answers 401 and keeps the connection);
/// - 413 for a declared Content-Length over the limit, or chunks adding up to more;
/// - 431 for a head over the limit, 400/501 for requests it cannot frame;
/// - 408 when a head is not complete within the header timeout or a body stalls.
/// A connection idle (nothing in progress, nothing unanswered) for the idle timeout is closed.
/// Everything else passes to the server unchanged. After a refusal the server sees nothing more
/// from the connection: what still arrives is dropped for a short linger time, then it closes.
/// Lives as a child of its socket; its readyRead connection is made before the server's, so
/// it always sees the bytes first.
class RequestGuard : public QObject
{
    Q_OBJECT

public:
    /// Whether an Authorization header value admits a request (the server's authenticator).
    using AuthorizationCheck = std::function<Expected<Principal>(const QByteArray& authorization)>;

    RequestGuard(QTcpSocket* socket, const ApiServerConfig& limits, AuthorizationCheck check);

    /// The guard of `socket`, or nullptr.
    static RequestGuard* of(QTcpSocket* socket);

    /// The server took a complete request: the connection is not idle until it is answered.
    void requestTaken();
    /// The server wrote an answer to a request it took.
    void answerWritten();

private:
    enum class Timer : std::uint8_t
    {
        None,
        Idle,
        Head,
        Body,
        Linger
    };

    void onReadyRead();
    void onTimeout();
    /// Starts the timer that fits the connection's state now.
    void armTimer();
    void startTimer(Timer purpose, std::chrono::milliseconds timeout);
    void refuse(const ApiResponse& answer);
    void closeConnection();

    QTcpSocket* m_socket;
    ApiServerConfig m_limits;
    AuthorizationCheck m_check;
    RequestFraming m_framing;
    QTimer m_timer;
    Timer m_timerFor = Timer::None;
    int m_unanswered = 0; ///< requests the server took and has not answered yet
    bool m_refused = false;
};

} // namespace hangar::api
