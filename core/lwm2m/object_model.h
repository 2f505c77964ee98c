#pragma once

#include "lwm2m/resource_model.h"

#include <cstdint>
#include <map>
#include <string>

namespace hangar::lwm2m {

/// One LwM2M object definition (an <Object> of a DDF file).
struct ObjectModel
{
    std::uint16_t id = 0;
    std::string name;
    std::string description;
    std::string urn;
    std::string version = "1.0";      ///< object version (<ObjectVersion>)
    std::string lwm2mVersion = "1.0"; ///< LwM2M version the definition targets (<LWM2MVersion>)
    bool multipleInstances = false;
    bool mandatory = false;
    std::map<std::uint16_t, ResourceModel> resources;

    /// The resource definition, or nullptr if the object does not define `resourceId`.
    const ResourceModel* resource(std::uint16_t resourceId) const
    {
        const auto it = resources.find(resourceId);
        return it == resources.end() ? nullptr : &it->second;
    }
};

} // namespace hangar::lwm2m
