#include "psk_registrar.h"

#include "coap/coap_context.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <memory>

namespace hangar::bench {

store::Credential pskCredential(const std::string& endpointPrefix, std::uint64_t index)
{
    store::Credential credential;
    credential.endpoint = endpointName(endpointPrefix, index);
    credential.pskIdentity = endpointPrefix + "id-" + std::to_string(index);
    for (std::uint64_t i = 0; i < 16; ++i)
        credential.pskKey.push_back(static_cast<std::uint8_t>((index * 131 + i * 7 + 1) & 0xFF));
    return credential;
}

RegisterOutcome registerPskDevices(const PskRegisterSettings& settings)
{
    using namespace hangar::coap;
    RegisterOutcome outcome;
    auto owned = std::make_unique<CoapContext>();
    CoapContext& clients = *owned;
    bool closing = false;
    std::vector<SessionId> sessions;
    sessions.reserve(settings.count);
    std::vector<std::int64_t> latencies;
    std::uint64_t started = 0;
    std::uint64_t finished = 0;

    auto startOne = [&] {
        const std::uint64_t index = started++;
        const store::Credential credential = pskCredential(settings.endpointPrefix, index);
        ConnectOptions options;
        options.host = "127.0.0.1";
        options.port = settings.port;
        options.mode = SecurityMode::Psk;
        options.pskIdentity = credential.pskIdentity;
        options.pskKey = credential.pskKey;
        const std::int64_t startNs = nowNs();
        auto session = clients.connect(options);
        if (!session) {
            ++outcome.failed;
            ++finished;
            if (outcome.firstFailure.empty())
                outcome.firstFailure = "connect: " + session.error().message;
            return;
        }
        sessions.push_back(*session);
        Request registration;
        registration.method = Method::Post;
        registration.uriPath = {"rd"};
        registration.uriQuery = {"ep=" + credential.endpoint, "lt=86400", "lwm2m=1.1", "b=U"};
        registration.contentFormat = 40;
        registration.payload.assign(kBenchObjectLinks.begin(), kBenchObjectLinks.end());
        registration.timeout = std::chrono::milliseconds(20000);
        auto sent = clients.send(*session, registration, [&, startNs](Expected<Response> response) {
            if (closing)
                return;
            ++finished;
            if (response && response->code == ResponseCode::Created) {
                ++outcome.registered;
                latencies.push_back(nowNs() - startNs);
                return;
            }
            ++outcome.failed;
            if (outcome.firstFailure.empty())
                outcome.firstFailure = response ? "Register answered " + toString(response->code)
                                                : response.error().message;
        });
        if (!sent) {
            ++outcome.failed;
            ++finished;
            if (outcome.firstFailure.empty())
                outcome.firstFailure = "send: " + sent.error().message;
        }
    };

    const std::int64_t startNs = nowNs();
    const std::int64_t deadlineNs = startNs + settings.timeLimit.count() * 1'000'000;
    const auto window = static_cast<std::uint64_t>(settings.window);
    while (finished < settings.count && nowNs() < deadlineNs) {
        while (started < settings.count && started - finished < window)
            startOne();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
    }
    outcome.seconds = secondsSince(startNs);
    outcome.latency = summarize(latencies);
    if (finished < settings.count && outcome.firstFailure.empty())
        outcome.firstFailure =
            "time limit reached with " + std::to_string(settings.count - finished) + " unfinished";
    closing = true;
    for (const SessionId session : sessions)
        clients.close(session);
    // Let the close_notify alerts leave before the context goes.
    const std::int64_t drainUntil = nowNs() + 300'000'000;
    while (nowNs() < drainUntil)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    owned.reset();
    return outcome;
}

} // namespace hangar::bench
