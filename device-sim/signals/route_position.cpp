#include "signals/route_position.h"

#include <cmath>
#include <numbers>

namespace hangar::devicesim {

namespace {

constexpr double kEarthRadiusM = 6371000.0;

/// Equirectangular distance: plenty for the few kilometres of a plant's yard.
double segmentLengthM(const GeoPoint& a, const GeoPoint& b)
{
    constexpr double kRadians = std::numbers::pi / 180.0;
    const double meanLatitude = (a.latitude + b.latitude) / 2.0 * kRadians;
    const double dx = (b.longitude - a.longitude) * kRadians * std::cos(meanLatitude);
    const double dy = (b.latitude - a.latitude) * kRadians;
    return kEarthRadiusM * std::sqrt(dx * dx + dy * dy);
}

const GeoPoint& pointAfter(const Route& route, std::size_t index)
{
    return route.points[(index + 1) % route.points.size()];
}

} // namespace

double routeLengthM(const Route& route)
{
    double length = 0.0;
    for (std::size_t i = 0; i < route.points.size(); ++i)
        length += segmentLengthM(route.points[i], pointAfter(route, i));
    return length;
}

GeoPoint pointAlongRoute(const Route& route, double distanceM)
{
    if (route.points.empty())
        return {};
    const double length = routeLengthM(route);
    if (route.points.size() < 2 || length <= 0.0)
        return route.points.front();
    double left = std::fmod(distanceM, length);
    if (left < 0.0)
        left += length;
    for (std::size_t i = 0; i < route.points.size(); ++i) {
        const GeoPoint& from = route.points[i];
        const GeoPoint& to = pointAfter(route, i);
        const double segment = segmentLengthM(from, to);
        if (left <= segment && segment > 0.0) {
            const double share = left / segment;
            return {from.latitude + (to.latitude - from.latitude) * share,
                    from.longitude + (to.longitude - from.longitude) * share};
        }
        left -= segment;
    }
    return route.points.front();
}

} // namespace hangar::devicesim
