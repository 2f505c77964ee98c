#include "registration_client.h"

#include <algorithm>

namespace hangar::devicesim {

using namespace std::chrono_literals;

namespace {

constexpr std::uint16_t kLinkFormat = 40;

std::vector<std::uint8_t> bytesOf(const std::string& text)
{
    return {text.begin(), text.end()};
}

} // namespace

std::chrono::milliseconds RegistrationClient::updateDelay(std::uint32_t lifetimeSec)
{
    const auto lifetime = std::chrono::milliseconds(static_cast<std::int64_t>(lifetimeSec) * 1000);
    auto delay = std::min(lifetime * 8 / 10, lifetime - 10s);
    delay = std::max(delay, lifetime / 2);
    return std::max(delay, std::chrono::milliseconds(1000));
}

Expected<void> RegistrationClient::sendRegister(coap::CoapContext& context, coap::SessionId session,
                                                const RegisterParams& params, const std::string& links,
                                                std::chrono::milliseconds timeout, Done done)
{
    coap::Request request;
    request.method = coap::Method::Post;
    request.uriPath = {"rd"};
    request.uriQuery = registerQuery(params);
    request.contentFormat = kLinkFormat;
    request.payload = bytesOf(links);
    request.timeout = timeout;
    return start(context, session, std::move(request), Kind::Register, std::move(done));
}

Expected<void> RegistrationClient::sendUpdate(coap::CoapContext& context, coap::SessionId session,
                                              const UpdateParams& params, std::chrono::milliseconds timeout, Done done)
{
    if (!registered())
        return fail(ErrorCode::InvalidArgument, "Update without a registration: register first");
    coap::Request request;
    request.method = coap::Method::Post;
    request.uriPath = m_location;
    if (params.lifetimeSec)
        request.uriQuery.push_back("lt=" + std::to_string(*params.lifetimeSec));
    if (params.binding)
        request.uriQuery.push_back("b=" + *params.binding);
    if (params.links) {
        request.contentFormat = kLinkFormat;
        request.payload = bytesOf(*params.links);
    }
    request.timeout = timeout;
    return start(context, session, std::move(request), Kind::Update, std::move(done));
}

Expected<void> RegistrationClient::sendDeregister(coap::CoapContext& context, coap::SessionId session,
                                                  std::chrono::milliseconds timeout, Done done)
{
    if (!registered())
        return fail(ErrorCode::InvalidArgument, "De-register without a registration");
    coap::Request request;
    request.method = coap::Method::Delete;
    request.uriPath = m_location;
    request.timeout = timeout;
    m_location.clear();
    return start(context, session, std::move(request), Kind::Deregister, std::move(done));
}

void RegistrationClient::cancel(coap::CoapContext& context)
{
    ++m_generation; // the Cancelled callback that follows must not reach the device
    const coap::RequestId pending = std::exchange(m_pending, 0);
    if (pending != 0)
        context.cancel(pending);
}

Expected<void> RegistrationClient::start(coap::CoapContext& context, coap::SessionId session, coap::Request request,
                                         Kind kind, Done done)
{
    if (busy())
        return fail(ErrorCode::InvalidArgument, "a registration exchange is already in flight");
    const std::uint64_t generation = ++m_generation;
    auto sent = context.send(session, std::move(request),
                             [this, generation, kind, done = std::move(done)](Expected<coap::Response> response) {
                                 if (generation != m_generation)
                                     return;
                                 m_pending = 0;
                                 m_finishedGeneration = generation;
                                 RegistrationResult result;
                                 if (!response) {
                                     result.outcome = RegistrationOutcome::Failed;
                                     result.detail = response.error().message;
                                 } else if (coap::isSuccess(response->code)) {
                                     result.code = response->code;
                                     result.outcome = RegistrationOutcome::Success;
                                     result.detail = coap::toString(response->code);
                                     if (kind == Kind::Register) {
                                         m_location = response->locationPath;
                                         if (m_location.empty())
                                             m_location = {"rd"}; // a server that gave no location
                                     }
                                 } else {
                                     result.code = response->code;
                                     result.outcome = response->code == coap::ResponseCode::NotFound
                                                          ? RegistrationOutcome::NotRegistered
                                                          : RegistrationOutcome::Rejected;
                                     result.detail = coap::toString(response->code);
                                     if (kind != Kind::Register && result.outcome == RegistrationOutcome::NotRegistered)
                                         m_location.clear();
                                 }
                                 done(result);
                             });
    if (!sent)
        return std::unexpected(sent.error());
    // The callback may already have run (a send that fails synchronously reports through it).
    if (generation == m_generation && m_finishedGeneration != generation)
        m_pending = *sent;
    return {};
}

} // namespace hangar::devicesim
