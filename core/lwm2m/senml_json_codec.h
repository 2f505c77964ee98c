#pragma once

#include "common/error.h"
#include "lwm2m/lwm2m_path.h"
#include "lwm2m/object_registry.h"
#include "lwm2m/path_value.h"

#include <span>

namespace hangar::lwm2m {

/// SenML JSON (Content-Format 110, RFC 8428 as profiled by LwM2M 1.1 §7.4.4).
/// See codec.h for the contract every decoder and encoder keeps.
Expected<PathValues> decodeSenmlJson(std::span<const std::uint8_t> payload, const LwM2mPath& requestPath,
                              const ObjectRegistry& models);
Expected<Bytes> encodeSenmlJson(const LwM2mPath& requestPath, const PathValues& values,
                         const ObjectRegistry& models);

} // namespace hangar::lwm2m
