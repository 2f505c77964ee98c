#include "charts/series_label.h"

#include <QCoreApplication>

namespace hangar::app {

namespace {

const lwm2m::ResourceModel* resourceOf(const lwm2m::ObjectRegistry& models, const SeriesKey& key)
{
    const auto path = lwm2m::LwM2mPath::parse(key.path.toStdString());
    if (!path || path->depth() < 3)
        return nullptr;
    return models.resource(path->objectId(), path->resourceId());
}

} // namespace

QString seriesUnit(const lwm2m::ObjectRegistry& models, const SeriesKey& key)
{
    const lwm2m::ResourceModel* resource = resourceOf(models, key);
    return resource ? QString::fromStdString(resource->units) : QString();
}

QString seriesLabel(const lwm2m::ObjectRegistry& models, const SeriesKey& key, const QString& deviceUnit)
{
    const lwm2m::ResourceModel* resource = resourceOf(models, key);
    const QString name = resource ? QString::fromStdString(resource->name) : QString();
    const QString modelUnit = seriesUnit(models, key);
    const QString unit = modelUnit.isEmpty() ? deviceUnit : modelUnit;
    if (name.isEmpty())
        return QCoreApplication::translate("hangar::app::SeriesLabel", "%1 · %2").arg(key.endpoint, key.path);
    if (unit.isEmpty())
        return QCoreApplication::translate("hangar::app::SeriesLabel", "%1 · %2 %3").arg(key.endpoint, name, key.path);
    //: endpoint · resource name, path [unit]
    return QCoreApplication::translate("hangar::app::SeriesLabel", "%1 · %2 %3 [%4]")
        .arg(key.endpoint, name, key.path, unit);
}

} // namespace hangar::app
