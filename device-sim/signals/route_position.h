#pragma once

#include "signals/signal_spec.h"

namespace hangar::devicesim {

/// Length of a closed route in metres (the last point joins the first).
double routeLengthM(const Route& route);

/// The point `distanceM` metres along a closed route from its first point (wrapping round).
/// A route of fewer than two points stays at its first point (or 0/0).
GeoPoint pointAlongRoute(const Route& route, double distanceM);

} // namespace hangar::devicesim
