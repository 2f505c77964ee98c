#include "inventory/stable_key_sort.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <utility>

namespace hangar::app {

namespace {

constexpr std::size_t kWindowBytes = 7;
/// The low byte of a window: how many key bytes were left at its offset, this when more follow.
constexpr std::uint64_t kKeyGoesOn = kWindowBytes + 1;
/// Ranges shorter than this are sorted by comparisons, longer ones by radix.
constexpr std::ptrdiff_t kRadixThreshold = 64;

struct Entry
{
    std::uint64_t window = 0;
    std::size_t offset = 0;     ///< of the key in the arena
    std::uint32_t size = 0;     ///< of the key
    std::uint32_t position = 0; ///< in the order before sorting: breaks ties
};

struct KeySpan
{
    std::size_t offset = 0; ///< in the arena
    std::uint32_t size = 0;
};

class WindowSorter
{
public:
    explicit WindowSorter(bool descending) : m_descending(descending) {}

    void sort(std::vector<int>& slots, const std::function<std::string_view(int)>& keyOf)
    {
        if (slots.empty())
            return;
        // Keys are read once, in slot order (the order the rows lie in memory), into one
        // arena: the passes below then touch a few megabytes instead of every row, again and
        // again in a random order. The entries are then made in position order, so that no
        // pass writes all over memory when the current order is unrelated to the slots.
        const auto spanCount = static_cast<std::size_t>(*std::max_element(slots.begin(), slots.end())) + 1;
        std::vector<KeySpan> spans(spanCount);
        std::vector<bool> wanted(spanCount);
        for (const int slot : slots)
            wanted[static_cast<std::size_t>(slot)] = true;
        m_arena.reserve(24 * slots.size());
        for (std::size_t slot = 0; slot < spanCount; ++slot) {
            if (!wanted[slot])
                continue;
            const std::string_view key = keyOf(static_cast<int>(slot));
            spans[slot] = {m_arena.size(), static_cast<std::uint32_t>(key.size())};
            m_arena.append(key);
        }
        std::vector<Entry> entries(slots.size());
        for (std::size_t position = 0; position < slots.size(); ++position) {
            const KeySpan& span = spans[static_cast<std::size_t>(slots[position])];
            Entry& entry = entries[position];
            entry.offset = span.offset;
            entry.size = span.size;
            entry.position = static_cast<std::uint32_t>(position);
            entry.window = windowAt(entry, 0);
        }
        m_scratch.resize(entries.size());
        sortRange(entries.data(), entries.data() + entries.size(), 0);
        const std::vector<int> before = slots;
        for (std::size_t i = 0; i < slots.size(); ++i)
            slots[i] = before[entries[i].position];
    }

private:
    /// Seven key bytes from `depth` (zero-padded), most significant first, then the number of
    /// bytes left there (at most kKeyGoesOn): a key that ends sorts before its extensions, even
    /// ones that continue with zero bytes. Complemented when descending.
    std::uint64_t windowAt(const Entry& entry, std::size_t depth) const
    {
        const std::size_t left = entry.size > depth ? entry.size - depth : 0;
        const std::size_t bytes = std::min(left, kWindowBytes);
        const char* key = m_arena.data() + entry.offset + depth;
        std::uint64_t window = std::min<std::uint64_t>(left, kKeyGoesOn);
        for (std::size_t i = 0; i < bytes; ++i)
            window |= std::uint64_t{static_cast<unsigned char>(key[i])} << (56 - 8 * i);
        return m_descending ? ~window : window;
    }

    bool keyGoesOn(std::uint64_t window) const
    {
        return ((m_descending ? ~window : window) & 0xffu) == kKeyGoesOn;
    }

    /// Sorts by window, ties by position, then each run of equal windows whose keys go on by
    /// the next window. A range arrives in position order (the sorts before were stable).
    void sortRange(Entry* first, Entry* last, std::size_t depth)
    {
        if (last - first < kRadixThreshold) {
            std::sort(first, last, [](const Entry& a, const Entry& b) {
                return a.window != b.window ? a.window < b.window : a.position < b.position;
            });
        } else {
            radixSort(first, last);
        }
        for (Entry* run = first; run != last;) {
            Entry* end = run + 1;
            while (end != last && end->window == run->window)
                ++end;
            if (end - run > 1 && keyGoesOn(run->window)) {
                for (Entry* entry = run; entry != end; ++entry)
                    entry->window = windowAt(*entry, depth + kWindowBytes);
                sortRange(run, end, depth + kWindowBytes);
            }
            run = end;
        }
    }

    /// Stable least-significant-byte-first radix sort on the window, skipping the bytes that
    /// every entry shares.
    void radixSort(Entry* first, Entry* last)
    {
        const auto size = static_cast<std::size_t>(last - first);
        std::array<std::array<std::uint32_t, 256>, 8> counts{};
        for (const Entry* entry = first; entry != last; ++entry) {
            for (std::size_t byte = 0; byte < counts.size(); ++byte)
                ++counts[byte][(entry->window >> (8 * byte)) & 0xffu];
        }
        Entry* from = first;
        Entry* to = m_scratch.data();
        for (std::size_t byte = 0; byte < counts.size(); ++byte) {
            const unsigned shift = static_cast<unsigned>(8 * byte);
            std::array<std::uint32_t, 256>& count = counts[byte];
            if (count[(from->window >> shift) & 0xffu] == size)
                continue;
            std::uint32_t next = 0;
            for (std::uint32_t& bucket : count)
                next += std::exchange(bucket, next);
            for (const Entry* entry = from; entry != from + size; ++entry)
                to[count[(entry->window >> shift) & 0xffu]++] = *entry;
            std::swap(from, to);
        }
        if (from != first)
            std::copy(from, from + size, first);
    }

    const bool m_descending;
    std::string m_arena;
    std::vector<Entry> m_scratch;
};

} // namespace

void stableSortByKey(std::vector<int>& slots, const std::function<std::string_view(int)>& keyOf,
                     bool descending)
{
    WindowSorter(descending).sort(slots, keyOf);
}

} // namespace hangar::app
