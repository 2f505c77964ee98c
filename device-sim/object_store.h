#pragma once

#include "common/error.h"
#include "lwm2m/lwm2m_path.h"
#include "lwm2m/object_registry.h"
#include "lwm2m/path_value.h"

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace hangar::devicesim {

/// How a Write treats what it does not mention.
enum class WriteMode : std::uint8_t {
    Replace = 1,       ///< PUT: a written multiple resource loses its other instances
    PartialUpdate = 2, ///< POST: resource instances are merged
};

/// The objects, instances and typed resource values of one device, checked against the shared
/// object models. Server-facing operations (read, write, create, remove) apply the model's
/// rules and fail with NotFound (unknown path), Unsupported (operation not allowed on that
/// resource) or InvalidArgument/TypeMismatch (bad content); device-side setters do not check.
///
/// One ordered map holds everything: object and instance markers (None values at depth 1
/// and 2), resource values (depth 3), multiple resources (a None marker at depth 3 plus
/// depth-4 values) and executable resources (a None value at depth 3).
class ObjectStore
{
public:
    explicit ObjectStore(const lwm2m::ObjectRegistry& registry) : m_registry(&registry) {}

    const lwm2m::ObjectRegistry& registry() const { return *m_registry; }

    // Device side: build and change the data model without server rules.
    void addObject(std::uint16_t objectId);
    void addInstance(std::uint16_t objectId, std::uint16_t instanceId);
    /// Sets a single resource (depth 3) or one resource instance (depth 4).
    void set(const lwm2m::LwM2mPath& path, lwm2m::Value value);
    /// Replaces all instances of a multiple resource with 0..n-1.
    void setMultiple(const lwm2m::LwM2mPath& resource, const std::vector<lwm2m::Value>& values);
    /// Lists an executable resource so that Discover shows it.
    void addExecutable(const lwm2m::LwM2mPath& resource);
    void clear() { m_entries.clear(); }

    bool exists(const lwm2m::LwM2mPath& path) const { return m_entries.contains(path); }
    /// The value of a single resource or resource instance, if set.
    const lwm2m::Value* value(const lwm2m::LwM2mPath& path) const;
    std::vector<std::uint16_t> objectIds() const;
    std::vector<std::uint16_t> instanceIds(std::uint16_t objectId) const;

    /// Readable values at or below `path` (object, instance, resource or resource instance).
    Expected<lwm2m::PathValues> read(const lwm2m::LwM2mPath& path) const;
    /// Every value plus executables (as None) below `path`, for a Discover answer.
    lwm2m::PathValues discoverValues(const lwm2m::LwM2mPath& path) const;

    /// Writes decoded `values` to an existing instance or resource: all-or-nothing, writable
    /// resources of the model only. Returns the resource paths that were written.
    Expected<std::vector<lwm2m::LwM2mPath>> write(const lwm2m::LwM2mPath& requestPath,
                                                  const lwm2m::PathValues& values, WriteMode mode);
    /// Creates an instance of `objectId` from decoded values (their instance id, or the lowest
    /// free id when they carry none). Returns the new instance id.
    Expected<std::uint16_t> create(std::uint16_t objectId, const lwm2m::PathValues& values);
    /// Deletes an object instance and everything below it.
    Expected<void> remove(const lwm2m::LwM2mPath& instance);

private:
    using Map = std::map<lwm2m::LwM2mPath, lwm2m::Value>;
    Map::const_iterator subtreeEnd(Map::const_iterator from, const lwm2m::LwM2mPath& path) const;
    void eraseSubtree(const lwm2m::LwM2mPath& path);
    Expected<void> checkWritable(const lwm2m::LwM2mPath& requestPath, const lwm2m::PathValue& entry,
                                 bool creating) const;

    const lwm2m::ObjectRegistry* m_registry;
    Map m_entries;
};

} // namespace hangar::devicesim
