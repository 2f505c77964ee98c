#pragma once

#include "charts/series_key.h"

#include "lwm2m/lwm2m_path.h"
#include "lwm2m/object_registry.h"

#include <QString>

namespace hangar::app {

/// The resource's unit from the object model ("Cel"), empty when unknown.
QString seriesUnit(const lwm2m::ObjectRegistry& models, const SeriesKey& key);
/// The legend text: endpoint, resource name (or path) and unit, e.g.
/// "sim-ht-001 · Sensor Value /3303/0/5700 [Cel]". `deviceUnit` (what the device reports, see
/// series_loader.h) is used when the object model gives none.
QString seriesLabel(const lwm2m::ObjectRegistry& models, const SeriesKey& key, const QString& deviceUnit = {});

} // namespace hangar::app
