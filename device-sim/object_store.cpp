#include "object_store.h"

#include "lwm2m/codec_support.h"

#include <set>

namespace hangar::devicesim {

using lwm2m::LwM2mPath;
using lwm2m::PathValue;
using lwm2m::PathValues;
using lwm2m::Value;

void ObjectStore::addObject(std::uint16_t objectId)
{
    m_entries.try_emplace(LwM2mPath(objectId));
}

void ObjectStore::addInstance(std::uint16_t objectId, std::uint16_t instanceId)
{
    addObject(objectId);
    m_entries.try_emplace(LwM2mPath(objectId, instanceId));
}

void ObjectStore::set(const LwM2mPath& path, Value value)
{
    if (path.depth() < 3)
        return;
    addInstance(path.objectId(), path.instanceId());
    if (path.isResourceInstance())
        m_entries.try_emplace(path.truncated(3));
    m_entries.insert_or_assign(path, std::move(value));
}

void ObjectStore::setMultiple(const LwM2mPath& resource, const std::vector<Value>& values)
{
    if (!resource.isResource())
        return;
    eraseSubtree(resource);
    addInstance(resource.objectId(), resource.instanceId());
    m_entries.try_emplace(resource);
    for (std::size_t i = 0; i < values.size(); ++i)
        m_entries.insert_or_assign(
            LwM2mPath(resource.objectId(), resource.instanceId(), resource.resourceId(), static_cast<std::uint16_t>(i)),
            values[i]);
}

void ObjectStore::addExecutable(const LwM2mPath& resource)
{
    if (!resource.isResource())
        return;
    addInstance(resource.objectId(), resource.instanceId());
    m_entries.insert_or_assign(resource, Value());
}

const Value* ObjectStore::value(const LwM2mPath& path) const
{
    const auto found = m_entries.find(path);
    if (found == m_entries.end() || found->second.isNone())
        return nullptr;
    return &found->second;
}

std::vector<std::uint16_t> ObjectStore::objectIds() const
{
    std::vector<std::uint16_t> ids;
    for (const auto& [path, value] : m_entries)
        if (path.isObject())
            ids.push_back(path.objectId());
    return ids;
}

std::vector<std::uint16_t> ObjectStore::instanceIds(std::uint16_t objectId) const
{
    std::vector<std::uint16_t> ids;
    const LwM2mPath object(objectId);
    for (auto it = m_entries.lower_bound(object); it != m_entries.end() && it->first.startsWith(object); ++it)
        if (it->first.isObjectInstance())
            ids.push_back(it->first.instanceId());
    return ids;
}

ObjectStore::Map::const_iterator ObjectStore::subtreeEnd(Map::const_iterator from, const LwM2mPath& path) const
{
    auto it = from;
    while (it != m_entries.end() && it->first.startsWith(path))
        ++it;
    return it;
}

void ObjectStore::eraseSubtree(const LwM2mPath& path)
{
    const auto first = m_entries.lower_bound(path);
    m_entries.erase(first, subtreeEnd(first, path));
}

Expected<PathValues> ObjectStore::read(const LwM2mPath& path) const
{
    const auto first = m_entries.find(path);
    if (path.isRoot() || first == m_entries.end())
        return fail(ErrorCode::NotFound, "nothing exists at " + path.toString());
    if (path.depth() >= 3) {
        if (const auto* model = m_registry->resource(path.objectId(), path.resourceId());
            model != nullptr && !lwm2m::isReadable(model->operations))
            return fail(ErrorCode::Unsupported, "resource " + path.toString() + " cannot be read");
    }
    PathValues values;
    for (auto it = first; it != m_entries.end() && it->first.startsWith(path); ++it) {
        if (it->first.depth() < 3 || it->second.isNone())
            continue;
        const auto* model = m_registry->resource(it->first.objectId(), it->first.resourceId());
        if (model != nullptr && !lwm2m::isReadable(model->operations))
            continue;
        values.push_back(PathValue{it->first, it->second, std::nullopt});
    }
    return values;
}

PathValues ObjectStore::discoverValues(const LwM2mPath& path) const
{
    PathValues values;
    for (auto it = m_entries.lower_bound(path); it != m_entries.end() && it->first.startsWith(path); ++it) {
        if (it->first.isResourceInstance())
            values.push_back(PathValue{it->first, it->second, std::nullopt});
        else if (it->first.isResource()) {
            const auto* model = m_registry->resource(it->first.objectId(), it->first.resourceId());
            // A multiple resource is listed through its instances, a single one by its own value.
            if (model == nullptr || !model->multiple)
                values.push_back(PathValue{it->first, it->second, std::nullopt});
        }
    }
    return values;
}

Expected<void> ObjectStore::checkWritable(const LwM2mPath& requestPath, const PathValue& entry, bool creating) const
{
    const LwM2mPath& path = entry.path;
    if (!path.startsWith(requestPath))
        return fail(ErrorCode::InvalidArgument, path.toString() + " lies outside " + requestPath.toString());
    if (path.depth() < 3) {
        if (creating && path.isObjectInstance() && entry.value.isNone())
            return {};
        return fail(ErrorCode::InvalidArgument, "a write carries resource values, not " + path.toString());
    }
    const auto* model = m_registry->resource(path.objectId(), path.resourceId());
    if (model == nullptr)
        return fail(creating ? ErrorCode::InvalidArgument : ErrorCode::NotFound,
                    "object " + std::to_string(path.objectId()) + " defines no resource " +
                        std::to_string(path.resourceId()) + " (" + path.toString() + ")");
    if (lwm2m::isExecutable(model->operations) || model->operations == lwm2m::Operations::None ||
        (!creating && !lwm2m::isWritable(model->operations)))
        return fail(ErrorCode::Unsupported, "resource " + path.toString() + " (" + model->name + ") is not writable");
    if (path.isResourceInstance() != model->multiple)
        return fail(ErrorCode::InvalidArgument,
                    path.toString() + ": " + model->name + (model->multiple ? " is" : " is not") + " a multiple resource");
    if (!lwm2m::typedForPath(*m_registry, path, entry.value))
        return fail(ErrorCode::TypeMismatch, path.toString() + ": the value is not of type " +
                                                 std::string(lwm2m::resourceTypeName(model->type)));
    return {};
}

Expected<std::vector<LwM2mPath>> ObjectStore::write(const LwM2mPath& requestPath, const PathValues& values, WriteMode mode)
{
    if (requestPath.depth() < 2)
        return fail(ErrorCode::Unsupported, "write to " + requestPath.toString() + ": only instances and resources are writable");
    if (!m_entries.contains(requestPath.truncated(2)))
        return fail(ErrorCode::NotFound, "write to " + requestPath.toString() + ": the instance does not exist");
    if (requestPath.depth() >= 3) {
        const auto* model = m_registry->resource(requestPath.objectId(), requestPath.resourceId());
        if (model == nullptr)
            return fail(ErrorCode::NotFound, "write to " + requestPath.toString() + ": no such resource in the model");
        if (!lwm2m::isWritable(model->operations))
            return fail(ErrorCode::Unsupported, "resource " + requestPath.toString() + " (" + model->name + ") is not writable");
    }
    for (const PathValue& entry : values)
        if (auto checked = checkWritable(requestPath, entry, false); !checked)
            return std::unexpected(checked.error());

    std::set<LwM2mPath> resources;
    for (const PathValue& entry : values)
        resources.insert(entry.path.truncated(3));
    if (requestPath.isResource())
        resources.insert(requestPath);
    if (mode == WriteMode::Replace && requestPath.depth() <= 3)
        for (const LwM2mPath& resource : resources)
            if (const auto* model = m_registry->resource(resource.objectId(), resource.resourceId()); model && model->multiple) {
                eraseSubtree(resource);
                m_entries.try_emplace(resource);
            }
    for (const PathValue& entry : values)
        set(entry.path, *lwm2m::typedForPath(*m_registry, entry.path, entry.value));
    return std::vector<LwM2mPath>(resources.begin(), resources.end());
}

Expected<std::uint16_t> ObjectStore::create(std::uint16_t objectId, const PathValues& values)
{
    const LwM2mPath object(objectId);
    if (!m_entries.contains(object))
        return fail(ErrorCode::NotFound, "create in /" + std::to_string(objectId) + ": the device has no such object");
    const auto* model = m_registry->object(objectId);
    const auto existing = instanceIds(objectId);
    if (model != nullptr && !model->multipleInstances && !existing.empty())
        return fail(ErrorCode::InvalidArgument, "object " + std::to_string(objectId) + " holds a single instance");
    std::optional<std::uint16_t> instanceId;
    for (const PathValue& entry : values) {
        if (entry.path.depth() < 2)
            return fail(ErrorCode::InvalidArgument, "create in " + object.toString() + ": a value names no instance");
        if (instanceId && *instanceId != entry.path.instanceId())
            return fail(ErrorCode::InvalidArgument, "create in " + object.toString() + ": values for several instances");
        instanceId = entry.path.instanceId();
        if (auto checked = checkWritable(object, entry, true); !checked)
            return std::unexpected(checked.error());
    }
    if (!instanceId) {
        std::uint16_t free = 0;
        for (const std::uint16_t id : existing)
            if (id == free)
                ++free;
        instanceId = free;
    }
    if (m_entries.contains(LwM2mPath(objectId, *instanceId)))
        return fail(ErrorCode::InvalidArgument,
                    "create: instance " + LwM2mPath(objectId, *instanceId).toString() + " exists already");
    addInstance(objectId, *instanceId);
    for (const PathValue& entry : values)
        if (entry.path.depth() >= 3)
            set(entry.path, *lwm2m::typedForPath(*m_registry, entry.path, entry.value));
    return *instanceId;
}

Expected<void> ObjectStore::remove(const LwM2mPath& instance)
{
    if (!instance.isObjectInstance())
        return fail(ErrorCode::Unsupported, "delete " + instance.toString() + ": only object instances can be deleted");
    if (!m_entries.contains(instance))
        return fail(ErrorCode::NotFound, "delete " + instance.toString() + ": no such instance");
    eraseSubtree(instance);
    return {};
}

} // namespace hangar::devicesim
