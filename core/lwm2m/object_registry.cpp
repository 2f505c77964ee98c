#include "lwm2m/object_registry.h"

namespace hangar::lwm2m {

void ObjectRegistry::add(ObjectModel model)
{
    const std::uint16_t id = model.id;
    m_objects.insert_or_assign(id, std::move(model));
}

const ObjectModel* ObjectRegistry::object(std::uint16_t objectId) const
{
    const auto it = m_objects.find(objectId);
    return it == m_objects.end() ? nullptr : &it->second;
}

const ResourceModel* ObjectRegistry::resource(std::uint16_t objectId, std::uint16_t resourceId) const
{
    const ObjectModel* model = object(objectId);
    return model ? model->resource(resourceId) : nullptr;
}

std::vector<std::uint16_t> ObjectRegistry::objectIds() const
{
    std::vector<std::uint16_t> ids;
    ids.reserve(m_objects.size());
    for (const auto& entry : m_objects)
        ids.push_back(entry.first);
    return ids;
}

} // namespace hangar::lwm2m
