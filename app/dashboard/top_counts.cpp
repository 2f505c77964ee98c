#include "dashboard/top_counts.h"

#include <algorithm>

namespace hangar::app {

std::vector<NamedCount> topCounts(const std::vector<store::ValueCount>& counts, std::size_t top,
                                  const QString& unknownName, const QString& otherName)
{
    std::vector<NamedCount> sorted;
    sorted.reserve(counts.size());
    for (const store::ValueCount& entry : counts)
        sorted.push_back({entry.value ? QString::fromStdString(*entry.value) : unknownName, entry.count, false});
    std::ranges::stable_sort(sorted, [](const NamedCount& a, const NamedCount& b) { return a.count > b.count; });
    if (sorted.size() <= top)
        return sorted;
    NamedCount rest{otherName, 0, true};
    for (std::size_t i = top; i < sorted.size(); ++i)
        rest.count += sorted[i].count;
    sorted.resize(top);
    sorted.push_back(rest);
    return sorted;
}

} // namespace hangar::app
