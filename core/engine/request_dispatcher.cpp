#include "engine/request_dispatcher.h"

#include "engine/clock.h"
#include "engine/queue_buffer.h"
#include "engine/registration_table.h"

namespace hangar::engine {

namespace {

/// A deadline this close is as good as passed: not worth queueing the request again.
constexpr std::int64_t kRequeueMarginMs = 50;

std::unexpected<Error> failure(Error error)
{
    return std::unexpected<Error>(std::move(error));
}

std::string plural(std::size_t count, const char* noun)
{
    return std::to_string(count) + " " + noun + (count == 1 ? "" : "s");
}

} // namespace

struct RequestDispatcher::Job
{
    std::string endpoint;
    std::string what;
    std::int64_t deadlineMs = 0;
    Dispatch dispatch;
    Finish finish;
};

RequestDispatcher::RequestDispatcher(RegistrationTable& registrations, QueueBuffer& queue)
    : m_registrations(registrations), m_queue(queue),
      m_watchDeadlines([this](std::uint64_t watch, std::int64_t) { answerOverdue(watch); })
{
}

void RequestDispatcher::setSilenceListener(std::chrono::milliseconds answerTimeout,
                                           DeviceSilent silent)
{
    m_answerTimeout = answerTimeout;
    m_silent = std::move(silent);
}

void RequestDispatcher::submit(const std::string& endpoint, std::string what,
                               std::chrono::milliseconds timeout, Dispatch dispatch, Finish finish)
{
    const Registration* registration = m_registrations.byEndpoint(endpoint);
    if (registration == nullptr) {
        finish(fail(ErrorCode::NotFound,
                    "device '" + endpoint +
                        "' is not registered; it can be reached once it registers"));
        return;
    }
    auto job = std::make_shared<Job>(Job{endpoint, std::move(what), steadyMs() + timeout.count(),
                                         std::move(dispatch), std::move(finish)});
    if (registration->sleeping || registration->session == 0) {
        enqueue(job, false);
        return;
    }
    dispatchNow(job, registration->session);
}

void RequestDispatcher::enqueue(const std::shared_ptr<Job>& job, bool putBack)
{
    PendingRequest pending{
        [this, job](coap::SessionId session) { dispatchNow(job, session); },
        [this, job](Error error) {
            if (error.code == ErrorCode::Timeout) {
                const Registration* registration = m_registrations.byEndpoint(job->endpoint);
                const bool sleepy = registration == nullptr || registration->queueMode;
                // A device without queue mode waits here only while its session is gone.
                error.message = job->what + " timed out: queued for " +
                                (sleepy ? "sleeping" : "unreachable") + " device " +
                                queueState(job->endpoint, m_queue.waiting(job->endpoint) + 1) +
                                "; it was never sent — wait longer or retry after its next Update";
            }
            job->finish(failure(std::move(error)));
        }};
    if (putBack) {
        m_queue.pushFront(job->endpoint, std::move(pending), job->deadlineMs);
        return;
    }
    if (auto queued = m_queue.push(job->endpoint, std::move(pending), job->deadlineMs); !queued)
        job->finish(failure(queued.error()));
}

void RequestDispatcher::dispatchNow(const std::shared_ptr<Job>& job, coap::SessionId session)
{
    const std::int64_t now = steadyMs();
    std::uint64_t watch = 0;
    const Registration* registration = m_registrations.byEndpoint(job->endpoint);
    if (registration != nullptr && registration->queueMode && m_silent) {
        watch = m_nextWatch++;
        m_watches.emplace(watch, Watch{job->endpoint, now});
        m_watchDeadlines.schedule(watch, now + m_answerTimeout.count());
    }
    const std::chrono::milliseconds timeout(std::max<std::int64_t>(job->deadlineMs - now, 1));
    job->dispatch(session, timeout, [this, job, watch](Expected<coap::Response> response) {
        m_watches.erase(watch);
        const Registration* current = m_registrations.byEndpoint(job->endpoint);
        if (response || response.error().code != ErrorCode::Timeout || current == nullptr ||
            !current->queueMode)
            return job->finish(std::move(response));
        if (job->deadlineMs - steadyMs() > kRequeueMarginMs) {
            // Never acknowledged before the wait ran out: the device is asleep, the request
            // waits for it at the head of its queue.
            if (m_silent)
                m_silent(job->endpoint);
            return enqueue(job, true);
        }
        job->finish(
            fail(ErrorCode::Timeout, job->what + " timed out: sent to sleeping device " +
                                         queueState(job->endpoint, m_queue.waiting(job->endpoint)) +
                                         "; it was not answered before the wait ran out"));
    });
}

void RequestDispatcher::deviceWoke(const std::string& endpoint)
{
    const Registration* registration = m_registrations.byEndpoint(endpoint);
    if (registration == nullptr || registration->session == 0 || registration->sleeping)
        return;
    const coap::SessionId session = registration->session;
    for (PendingRequest& pending : m_queue.takeAll(endpoint))
        pending.send(session);
}

void RequestDispatcher::answerOverdue(std::uint64_t watch)
{
    const auto found = m_watches.find(watch);
    if (found == m_watches.end())
        return; // answered in time
    const Watch overdue = std::move(found->second);
    m_watches.erase(found);
    const Registration* registration = m_registrations.byEndpoint(overdue.endpoint);
    // A device that spoke since the request went out is awake; its answer is merely slow.
    if (registration == nullptr || registration->sleeping ||
        registration->awakeSinceMs > overdue.sentAtMs)
        return;
    m_silent(overdue.endpoint);
}

std::string RequestDispatcher::queueState(const std::string& endpoint, std::size_t waiting) const
{
    std::string text = "'" + endpoint + "': " + plural(waiting, "request") + " waiting";
    const Registration* registration = m_registrations.byEndpoint(endpoint);
    if (registration == nullptr)
        return text + ", next wake-up when it registers again";
    const std::int64_t now = steadyMs();
    if (registration->wakeIntervalMs > 0) {
        std::int64_t next = registration->awakeSinceMs + registration->wakeIntervalMs;
        if (next > now && next < registration->expiresAtMs)
            return text + ", next wake-up expected in about " +
                   std::to_string((next - now + 999) / 1000) + " s (it last woke " +
                   std::to_string(registration->wakeIntervalMs / 1000) + " s apart)";
    }
    return text + ", next wake-up expected within " +
           std::to_string(std::max<std::int64_t>(registration->expiresAtMs - now, 0) / 1000) +
           " s (its lifetime Update at the latest)";
}

} // namespace hangar::engine
