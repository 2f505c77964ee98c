#pragma once

#include "common/error.h"
#include "lwm2m/lwm2m_path.h"
#include "lwm2m/object_registry.h"
#include "lwm2m/path_value.h"

#include <span>

namespace hangar::lwm2m {

/// text/plain (Content-Format 0): one resource or resource instance value.
/// See codec.h for the contract every decoder and encoder keeps.
Expected<PathValues> decodeText(std::span<const std::uint8_t> payload, const LwM2mPath& requestPath,
                              const ObjectRegistry& models);
Expected<Bytes> encodeText(const LwM2mPath& requestPath, const PathValues& values,
                         const ObjectRegistry& models);

} // namespace hangar::lwm2m
