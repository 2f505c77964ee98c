#pragma once

#include "coap/coap_types.h"
#include "common/error.h"
#include "engine/deadline_queue.h"

#include <QObject>

#include <cstdint>
#include <deque>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace hangar::engine {

/// A request waiting for a sleeping device (queue mode, LwM2M 1.1 §6.5).
struct PendingRequest
{
    std::function<void(coap::SessionId session)> send; ///< sends it on the woken session
    std::function<void(Error error)> fail;             ///< reports it expired or was dropped
};

/// Requests waiting for devices to wake up, by endpoint (so they survive a re-registration),
/// bounded per device, each with its own expiry. Engine thread only.
class QueueBuffer : public QObject
{
    Q_OBJECT

public:
    explicit QueueBuffer(std::size_t maxPerDevice, QObject* parent = nullptr);

    /// Queues the request until takeAll(endpoint) or `deadlineMs` (steady clock), whichever comes
    /// first; on expiry `fail` gets Timeout. Fails with LimitExceeded when the device's queue is
    /// full (the request is then not queued and `fail` is not called).
    Expected<void> push(const std::string& endpoint, PendingRequest request,
                        std::int64_t deadlineMs);
    /// Puts back a request that was sent but never reached the device, first in line and
    /// regardless of the bound (it was counted when it was first queued or sent).
    void pushFront(const std::string& endpoint, PendingRequest request, std::int64_t deadlineMs);
    /// The device woke up: returns its requests, oldest first.
    std::vector<PendingRequest> takeAll(std::string_view endpoint);
    /// Fails every request of the device with `error`.
    void failAll(std::string_view endpoint, const Error& error);
    /// Fails every waiting request of every device with `error` (engine shutdown).
    void failEverything(const Error& error);
    std::size_t waiting(std::string_view endpoint) const;
    std::size_t size() const { return m_endpointOf.size(); }

private:
    struct Entry
    {
        std::uint64_t id = 0;
        std::int64_t deadlineMs = 0;
        PendingRequest request;
    };
    struct StringHash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };

    void expire(std::uint64_t id, std::int64_t deadlineMs);

    const std::size_t m_maxPerDevice;
    std::unordered_map<std::string, std::deque<Entry>, StringHash, std::equal_to<>> m_queues;
    std::unordered_map<std::uint64_t, std::string> m_endpointOf;
    std::uint64_t m_nextId = 1;
    DeadlineQueue m_deadlines;
};

} // namespace hangar::engine
