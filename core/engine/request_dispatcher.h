#pragma once

#include "coap/coap_types.h"
#include "common/error.h"
#include "engine/deadline_queue.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>

namespace hangar::engine {

class QueueBuffer;
class RegistrationTable;

/// Gets each request to its device: at once while the device is awake, else through the
/// device's queue (LwM2M 1.1 §6.5 queue mode) when it next speaks. Each request has one
/// deadline, its whole wait. A queue-mode device that leaves a request unanswered for the
/// answer timeout is reported silent (its awake window was shorter than assumed); one that
/// never acknowledged it is reported silent too, and the request goes back to the head of its
/// queue until the device wakes or the deadline passes. A deadline that runs out for a
/// queue-mode device fails with Timeout naming the queue. Engine thread only.
class RequestDispatcher
{
public:
    using Finish = std::function<void(Expected<coap::Response>)>;
    /// Sends the request on `session`, waiting `timeout` for its answer, which goes to `finish`.
    using Dispatch = std::function<void(coap::SessionId session, std::chrono::milliseconds timeout,
                                        Finish finish)>;
    using DeviceSilent = std::function<void(const std::string& endpoint)>;

    RequestDispatcher(RegistrationTable& registrations, QueueBuffer& queue);

    /// `silent` is told about queue-mode devices that did not answer within `answerTimeout`.
    void setSilenceListener(std::chrono::milliseconds answerTimeout, DeviceSilent silent);
    /// `what` names the request in messages ("read /3/0 on 'tracker-1'"); `finish` is called once.
    void submit(const std::string& endpoint, std::string what, std::chrono::milliseconds timeout,
                Dispatch dispatch, Finish finish);
    /// Sends the requests that waited for the device (it registered, updated or notified).
    void deviceWoke(const std::string& endpoint);

private:
    struct Job;
    struct Watch
    {
        std::string endpoint;
        std::int64_t sentAtMs = 0;
    };

    void enqueue(const std::shared_ptr<Job>& job, bool putBack);
    void dispatchNow(const std::shared_ptr<Job>& job, coap::SessionId session);
    void answerOverdue(std::uint64_t watch);
    /// "tracker-1: 3 requests waiting, next wake-up expected in about 40 s (...)".
    std::string queueState(const std::string& endpoint, std::size_t waiting) const;

    RegistrationTable& m_registrations;
    QueueBuffer& m_queue;
    std::chrono::milliseconds m_answerTimeout{10'000};
    DeviceSilent m_silent;
    std::unordered_map<std::uint64_t, Watch> m_watches;
    std::uint64_t m_nextWatch = 1;
    DeadlineQueue m_watchDeadlines;
};

} // namespace hangar::engine
