#include "charts/min_max_downsampler.h"

#include <algorithm>
#include <cmath>

namespace hangar::app {

namespace {

bool keyBefore(const ChartPoint& point, double key)
{
    return point.key < key;
}

/// Appends the bucket's extremes in the order they occurred (one point if they coincide).
void flushBucket(std::span<const ChartPoint> bucket, std::vector<ChartPoint>& out)
{
    if (bucket.size() <= 2) {
        out.insert(out.end(), bucket.begin(), bucket.end());
        return;
    }
    const auto [low, high] = std::ranges::minmax_element(bucket, {}, &ChartPoint::value);
    if (low == high) {
        out.push_back(*low);
    } else if (low < high) {
        out.push_back(*low);
        out.push_back(*high);
    } else {
        out.push_back(*high);
        out.push_back(*low);
    }
}

} // namespace

std::vector<ChartPoint> downsampleMinMax(std::span<const ChartPoint> points, double from, double to, int columns)
{
    std::vector<ChartPoint> out;
    if (points.empty() || columns <= 0 || !(to > from))
        return out;
    const auto first = std::lower_bound(points.begin(), points.end(), from, keyBefore);
    const auto last = std::upper_bound(points.begin(), points.end(), to,
                                       [](double key, const ChartPoint& point) { return key < point.key; });
    if (first != points.begin())
        out.push_back(*(first - 1));
    const double width = (to - from) / columns;
    auto bucketStart = first;
    std::ptrdiff_t bucket = -1;
    for (auto it = first; it != last; ++it) {
        const auto column = std::min<std::ptrdiff_t>(columns - 1, static_cast<std::ptrdiff_t>(std::floor((it->key - from) / width)));
        if (column != bucket) {
            flushBucket({bucketStart, it}, out);
            bucketStart = it;
            bucket = column;
        }
    }
    flushBucket({bucketStart, last}, out);
    if (last != points.end())
        out.push_back(*last);
    return out;
}

} // namespace hangar::app
