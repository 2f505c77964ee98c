#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace hangar::devicesim {

/// Which way a datagram travels through the relay.
enum class RelayDirection : std::uint8_t
{
    Upstream = 1,   ///< device to server
    Downstream = 2, ///< server to device
};

/// Datagrams waiting for their delivery time, in time order (equal times keep arrival order).
/// Memory is bounded: beyond the datagram or byte limit push() refuses. Buffers are recycled,
/// so a warmed-up queue stores a datagram without allocating.
class DelayQueue
{
public:
    using Clock = std::chrono::steady_clock;

    struct Limits
    {
        std::size_t maxDatagrams = 16384;
        std::size_t maxBytes = 16u * 1024u * 1024u;
    };

    /// One due datagram as handed to the delivery callback (valid during the call only).
    struct Due
    {
        std::uint64_t device = 0;
        RelayDirection direction = RelayDirection::Upstream;
        std::span<const std::uint8_t> bytes;
    };

    DelayQueue() = default;
    explicit DelayQueue(Limits limits) : m_limits(limits) {}

    /// Applies to later pushes; datagrams already queued stay.
    void setLimits(Limits limits) { m_limits = limits; }
    const Limits& limits() const { return m_limits; }

    /// Stores a copy of `bytes` for delivery at `due`; false (nothing stored) when full.
    bool push(Clock::time_point due, std::uint64_t device, RelayDirection direction,
              std::span<const std::uint8_t> bytes);

    /// Delivery time of the earliest datagram.
    std::optional<Clock::time_point> nextDue() const;

    /// Calls `deliver(const Due&)` for every datagram due at or before `now`, earliest first.
    template <typename Deliver> void popDue(Clock::time_point now, Deliver&& deliver)
    {
        while (!m_heap.empty() && m_heap.front().due <= now) {
            const std::uint32_t index = takeFront();
            Slot& slot = m_slots[index];
            deliver(Due{slot.device, slot.direction, std::span<const std::uint8_t>(slot.bytes)});
            recycle(index);
        }
    }

    std::size_t size() const { return m_heap.size(); }
    std::size_t bytes() const { return m_bytes; }
    void clear();

private:
    struct Slot
    {
        std::vector<std::uint8_t> bytes;
        std::uint64_t device = 0;
        RelayDirection direction = RelayDirection::Upstream;
    };
    struct HeapEntry
    {
        Clock::time_point due;
        std::uint64_t sequence = 0;
        std::uint32_t slot = 0;
    };

    std::uint32_t takeFront();
    void recycle(std::uint32_t index);

    Limits m_limits;
    std::vector<Slot> m_slots;
    std::vector<std::uint32_t> m_free;
    std::vector<HeapEntry> m_heap;
    std::uint64_t m_sequence = 0;
    std::size_t m_bytes = 0;
};

} // namespace hangar::devicesim
