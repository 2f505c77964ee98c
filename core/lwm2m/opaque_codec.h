#pragma once

#include "common/error.h"
#include "lwm2m/lwm2m_path.h"
#include "lwm2m/object_registry.h"
#include "lwm2m/path_value.h"

#include <span>

namespace hangar::lwm2m {

/// application/octet-stream (Content-Format 42): one opaque resource value.
/// See codec.h for the contract every decoder and encoder keeps.
Expected<PathValues> decodeOpaque(std::span<const std::uint8_t> payload, const LwM2mPath& requestPath,
                              const ObjectRegistry& models);
Expected<Bytes> encodeOpaque(const LwM2mPath& requestPath, const PathValues& values,
                         const ObjectRegistry& models);

} // namespace hangar::lwm2m
