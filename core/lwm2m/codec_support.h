#pragma once

#include "common/error.h"
#include "lwm2m/lwm2m_path.h"
#include "lwm2m/object_registry.h"
#include "lwm2m/path_value.h"

namespace hangar::lwm2m {

/// The model type of the resource at `path` (resource or resource instance), or None when the
/// object or resource is unknown.
ResourceType modelType(const ObjectRegistry& models, const LwM2mPath& path);

/// Whether the model says the resource at `path` is a multiple resource. Unknown resources
/// answer `fallback`.
bool modelSaysMultiple(const ObjectRegistry& models, const LwM2mPath& path, bool fallback);

/// Gives `value` the model type of `path` (see Value::convertedTo); values of unknown resources
/// are returned unchanged. The error names the path.
Expected<Value> typedForPath(const ObjectRegistry& models, const LwM2mPath& path, Value value);

/// Sorts decoded values by path and rejects duplicates, entries outside `requestPath`, and more
/// than limits::kMaxEntries values. Every decoder ends with this.
Expected<PathValues> finishDecoded(PathValues values, const LwM2mPath& requestPath);

/// Checks, before encoding, that every value lies at or below `requestPath` and is a resource or
/// resource instance.
Expected<void> checkEncodable(const PathValues& values, const LwM2mPath& requestPath);

} // namespace hangar::lwm2m
