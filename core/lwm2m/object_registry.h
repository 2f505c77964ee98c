#pragma once

#include "lwm2m/object_model.h"

#include <cstdint>
#include <map>
#include <vector>

namespace hangar::lwm2m {

/// The object definitions the engine and the simulator know, by object id.
/// Filled by DdfLoader; read-only and safe to share between threads once filled.
class ObjectRegistry
{
public:
    /// Adds or replaces the definition of `model.id`.
    void add(ObjectModel model);

    const ObjectModel* object(std::uint16_t objectId) const;
    const ResourceModel* resource(std::uint16_t objectId, std::uint16_t resourceId) const;
    std::vector<std::uint16_t> objectIds() const;
    std::size_t size() const { return m_objects.size(); }

private:
    std::map<std::uint16_t, ObjectModel> m_objects;
};

} // namespace hangar::lwm2m
