#include "engine/queue_buffer.h"

#include <algorithm>

namespace hangar::engine {

QueueBuffer::QueueBuffer(std::size_t maxPerDevice, QObject* parent)
    : QObject(parent),
      m_maxPerDevice(maxPerDevice),
      m_deadlines([this](std::uint64_t id, std::int64_t deadlineMs) { expire(id, deadlineMs); }, this)
{
}

Expected<void> QueueBuffer::push(const std::string& endpoint, PendingRequest request, std::int64_t deadlineMs)
{
    auto& queue = m_queues[endpoint];
    if (queue.size() >= m_maxPerDevice) {
        if (queue.empty())
            m_queues.erase(endpoint);
        return fail(ErrorCode::LimitExceeded,
                    "device '" + endpoint + "' is asleep (queue mode) and already has " +
                        std::to_string(m_maxPerDevice) +
                        " requests waiting for its next Update; retry after it woke up");
    }
    const std::uint64_t id = m_nextId++;
    queue.push_back({id, deadlineMs, std::move(request)});
    m_endpointOf.emplace(id, endpoint);
    m_deadlines.schedule(id, deadlineMs);
    return {};
}

void QueueBuffer::pushFront(const std::string& endpoint, PendingRequest request,
                            std::int64_t deadlineMs)
{
    const std::uint64_t id = m_nextId++;
    m_queues[endpoint].push_front({id, deadlineMs, std::move(request)});
    m_endpointOf.emplace(id, endpoint);
    m_deadlines.schedule(id, deadlineMs);
}

std::vector<PendingRequest> QueueBuffer::takeAll(std::string_view endpoint)
{
    std::vector<PendingRequest> taken;
    const auto found = m_queues.find(endpoint);
    if (found == m_queues.end())
        return taken;
    for (Entry& entry : found->second) {
        m_endpointOf.erase(entry.id);
        taken.push_back(std::move(entry.request));
    }
    m_queues.erase(found);
    return taken;
}

void QueueBuffer::failAll(std::string_view endpoint, const Error& error)
{
    for (PendingRequest& request : takeAll(endpoint))
        request.fail(error);
}

void QueueBuffer::failEverything(const Error& error)
{
    while (!m_queues.empty()) {
        const std::string endpoint = m_queues.begin()->first;
        failAll(endpoint, error);
    }
}

std::size_t QueueBuffer::waiting(std::string_view endpoint) const
{
    const auto found = m_queues.find(endpoint);
    return found == m_queues.end() ? 0 : found->second.size();
}

void QueueBuffer::expire(std::uint64_t id, std::int64_t deadlineMs)
{
    const auto owner = m_endpointOf.find(id);
    if (owner == m_endpointOf.end())
        return; // already sent or failed
    const std::string endpoint = owner->second;
    m_endpointOf.erase(owner);
    auto queue = m_queues.find(endpoint);
    if (queue == m_queues.end())
        return;
    auto& entries = queue->second;
    const auto entry = std::ranges::find(entries, id, &Entry::id);
    if (entry == entries.end())
        return;
    PendingRequest request = std::move(entry->request);
    entries.erase(entry);
    if (entries.empty())
        m_queues.erase(queue);
    (void)deadlineMs;
    request.fail(Error(ErrorCode::Timeout, "device '" + endpoint +
                                               "' is asleep (queue mode) and did not wake up before the "
                                               "request's timeout; it was never sent — retry later "
                                               "or give a longer timeout"));
}

} // namespace hangar::engine
