#pragma once

#include "common/error.h"
#include "lwm2m/lwm2m_path.h"
#include "lwm2m/object_registry.h"
#include "lwm2m/path_value.h"

#include <span>

namespace hangar::lwm2m {

/// OMA LwM2M JSON (Content-Format 11543, LwM2M 1.0 §6.4.4), for 1.0 devices.
/// See codec.h for the contract every decoder and encoder keeps.
Expected<PathValues> decodeLwm2mJson(std::span<const std::uint8_t> payload, const LwM2mPath& requestPath,
                              const ObjectRegistry& models);
Expected<Bytes> encodeLwm2mJson(const LwM2mPath& requestPath, const PathValues& values,
                         const ObjectRegistry& models);

} // namespace hangar::lwm2m
