#include "coap/coap_context.h"

#include "coap/context_core.h"

namespace hangar::coap {

CoapContext::CoapContext(ContextOptions options, QObject* parent)
    : QObject(parent), m_core(std::make_unique<ContextCore>(*this, options))
{
}

CoapContext::~CoapContext() = default;

Expected<std::uint16_t> CoapContext::listen(const std::string& address, std::uint16_t port,
                                            const ServerSecurity& security)
{
    return m_core->listen(address, port, security);
}

void CoapContext::setRequestHandler(RequestHandler handler)
{
    m_core->setRequestHandler(std::move(handler));
}

Expected<SessionId> CoapContext::connect(const ConnectOptions& options)
{
    return m_core->connect(options);
}

void CoapContext::close(SessionId session)
{
    m_core->close(session);
}

bool CoapContext::retain(SessionId session)
{
    return m_core->retain(session);
}

void CoapContext::release(SessionId session)
{
    m_core->release(session);
}

bool CoapContext::setTransmission(SessionId session, std::chrono::milliseconds ackTimeout,
                                  std::uint16_t maxRetransmit)
{
    return m_core->setTransmission(session, ackTimeout, maxRetransmit);
}

std::optional<SessionInfo> CoapContext::sessionInfo(SessionId session) const
{
    return m_core->sessionInfo(session);
}

std::size_t CoapContext::sessionCount() const
{
    return m_core->sessionCount();
}

std::vector<std::pair<SessionId, std::string>> CoapContext::pskServerSessions() const
{
    return m_core->pskServerSessions();
}

Expected<RequestId> CoapContext::send(SessionId session, Request request, ResponseCallback callback)
{
    return m_core->send(session, std::move(request), std::move(callback), false);
}

Expected<RequestId> CoapContext::observe(SessionId session, Request request,
                                         NotificationCallback callback)
{
    return m_core->send(session, std::move(request), std::move(callback), true);
}

void CoapContext::cancelObservation(RequestId observation, bool deregister)
{
    m_core->cancelObservation(observation, deregister);
}

void CoapContext::cancel(RequestId request)
{
    m_core->cancel(request);
}

std::vector<std::uint8_t> CoapContext::token(RequestId request) const
{
    return m_core->token(request);
}

Expected<RequestId> CoapContext::resumeObservation(const std::string& host, std::uint16_t port,
                                                   std::uint16_t localPort, const std::vector<std::uint8_t>& token,
                                                   NotificationCallback callback)
{
    return m_core->resumeObservation(host, port, localPort, token, std::move(callback));
}

Expected<void> CoapContext::ping(const std::string& host, std::uint16_t port, std::uint16_t localPort)
{
    return m_core->ping(host, port, localPort);
}

Expected<void> CoapContext::respond(ExchangeId exchange, Answer answer)
{
    return m_core->respond(exchange, std::move(answer));
}

Expected<void> CoapContext::notify(ObservationId observation, const Response& response, MessageType type)
{
    return m_core->notify(observation, response, type);
}

void CoapContext::endObservation(ObservationId observation)
{
    m_core->endObservation(observation, false);
}

std::size_t CoapContext::observationCount() const
{
    return m_core->observationCount();
}

} // namespace hangar::coap
