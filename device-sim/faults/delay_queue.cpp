#include "faults/delay_queue.h"

#include <algorithm>

namespace hangar::devicesim {

namespace {

// A recycled buffer keeps its capacity up to this (a full CoAP or DTLS datagram); rare bigger
// ones are released after delivery so idle memory stays bounded by the datagram limit.
constexpr std::size_t kKeptCapacity = 2048;

struct Later
{
    template <typename Entry> bool operator()(const Entry& left, const Entry& right) const
    {
        if (left.due != right.due)
            return left.due > right.due;
        return left.sequence > right.sequence;
    }
};

} // namespace

bool DelayQueue::push(Clock::time_point due, std::uint64_t device, RelayDirection direction,
                      std::span<const std::uint8_t> bytes)
{
    if (m_heap.size() >= m_limits.maxDatagrams || m_bytes + bytes.size() > m_limits.maxBytes)
        return false;
    std::uint32_t index = 0;
    if (!m_free.empty()) {
        index = m_free.back();
        m_free.pop_back();
    } else {
        index = static_cast<std::uint32_t>(m_slots.size());
        m_slots.emplace_back();
    }
    Slot& slot = m_slots[index];
    slot.bytes.assign(bytes.begin(), bytes.end());
    slot.device = device;
    slot.direction = direction;
    m_bytes += bytes.size();
    m_heap.push_back({due, m_sequence++, index});
    std::push_heap(m_heap.begin(), m_heap.end(), Later{});
    return true;
}

std::optional<DelayQueue::Clock::time_point> DelayQueue::nextDue() const
{
    if (m_heap.empty())
        return std::nullopt;
    return m_heap.front().due;
}

void DelayQueue::clear()
{
    while (!m_heap.empty())
        recycle(takeFront());
}

std::uint32_t DelayQueue::takeFront()
{
    std::pop_heap(m_heap.begin(), m_heap.end(), Later{});
    const std::uint32_t index = m_heap.back().slot;
    m_heap.pop_back();
    return index;
}

void DelayQueue::recycle(std::uint32_t index)
{
    Slot& slot = m_slots[index];
    m_bytes -= slot.bytes.size();
    if (slot.bytes.capacity() > kKeptCapacity)
        std::vector<std::uint8_t>().swap(slot.bytes);
    else
        slot.bytes.clear();
    m_free.push_back(index);
}

} // namespace hangar::devicesim
