#include "lwm2m/codec_support.h"

#include "lwm2m/codec.h"

#include <algorithm>

namespace hangar::lwm2m {

ResourceType modelType(const ObjectRegistry& models, const LwM2mPath& path)
{
    if (path.depth() < 3)
        return ResourceType::None;
    const ResourceModel* resource = models.resource(path.objectId(), path.resourceId());
    return resource ? resource->type : ResourceType::None;
}

bool modelSaysMultiple(const ObjectRegistry& models, const LwM2mPath& path, bool fallback)
{
    if (path.depth() < 3)
        return fallback;
    const ResourceModel* resource = models.resource(path.objectId(), path.resourceId());
    return resource ? resource->multiple : fallback;
}

Expected<Value> typedForPath(const ObjectRegistry& models, const LwM2mPath& path, Value value)
{
    const ResourceType wanted = modelType(models, path);
    if (wanted == ResourceType::None || value.type() == wanted)
        return value;
    auto converted = value.convertedTo(wanted);
    if (!converted)
        return fail(ErrorCode::TypeMismatch, path.toString() + ": " + converted.error().message);
    return converted;
}

Expected<PathValues> finishDecoded(PathValues values, const LwM2mPath& requestPath)
{
    if (values.size() > limits::kMaxEntries)
        return fail(ErrorCode::LimitExceeded,
                    "payload holds " + std::to_string(values.size()) + " values, more than " +
                        std::to_string(limits::kMaxEntries));
    for (const PathValue& entry : values) {
        if (!entry.path.startsWith(requestPath))
            return fail(ErrorCode::MalformedInput, "payload for " + requestPath.toString() +
                                                       " holds a value for " +
                                                       entry.path.toString());
    }
    std::stable_sort(values.begin(), values.end(),
                     [](const PathValue& a, const PathValue& b) { return a.path < b.path; });
    const auto duplicate = std::adjacent_find(
        values.begin(), values.end(),
        [](const PathValue& a, const PathValue& b) { return a.path == b.path; });
    if (duplicate != values.end())
        return fail(ErrorCode::MalformedInput,
                    "payload holds " + duplicate->path.toString() + " more than once");
    // An empty instance (a None value at its path) cannot also hold resources: no encoder could
    // write both back (found by tests/fuzz/fuzz_tlv_decoder: an instance TLV given twice).
    const auto contradiction = std::adjacent_find(
        values.begin(), values.end(), [](const PathValue& a, const PathValue& b) {
            return a.path.isObjectInstance() && a.value.isNone() && b.path.startsWith(a.path);
        });
    if (contradiction != values.end())
        return fail(ErrorCode::MalformedInput, "payload gives " + contradiction->path.toString() +
                                                   " both as an empty instance and with resources");
    return values;
}

Expected<void> checkEncodable(const PathValues& values, const LwM2mPath& requestPath)
{
    for (const PathValue& entry : values) {
        if (!entry.path.startsWith(requestPath))
            return fail(ErrorCode::InvalidArgument, "cannot encode " + entry.path.toString() +
                                                        " in content for " + requestPath.toString());
        if (entry.path.depth() < 3)
            return fail(ErrorCode::InvalidArgument,
                        "cannot encode " + entry.path.toString() +
                            ": only resources and resource instances carry values");
    }
    return {};
}

} // namespace hangar::lwm2m
