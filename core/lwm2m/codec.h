#pragma once

#include "common/error.h"
#include "lwm2m/content_format.h"
#include "lwm2m/lwm2m_path.h"
#include "lwm2m/object_registry.h"
#include "lwm2m/path_value.h"

#include <cstdint>
#include <span>

namespace hangar::lwm2m {

/// Decodes an LwM2M payload that answered (or was sent to) `requestPath`.
/// The bytes are untrusted: any malformed, truncated, oversized, over-nested or trailing-garbage
/// input gives an Error, never a crash or an out-of-bounds read. Values are typed against
/// `models`: a known resource gets its model's type (or TypeMismatch if the payload cannot be
/// that type); an unknown one keeps the type the format states (opaque for TLV, string for text).
/// The result is sorted by path, holds no duplicate paths and lies below `requestPath`.
Expected<PathValues> decode(ContentFormat format, std::span<const std::uint8_t> payload,
                            const LwM2mPath& requestPath, const ObjectRegistry& models);

/// Encodes `values` (all below `requestPath`) for a response or a write to `requestPath`.
/// Fails with Unsupported when the format cannot carry this content (text/plain for an
/// object instance, LinkFormat) and InvalidArgument when a value lies outside `requestPath`.
Expected<Bytes> encode(ContentFormat format, const LwM2mPath& requestPath, const PathValues& values,
                       const ObjectRegistry& models);

/// Safety limits shared by all decoders.
namespace limits {
inline constexpr std::size_t kMaxPayloadBytes = 4 * 1024 * 1024; ///< larger bodies are refused
inline constexpr std::size_t kMaxEntries = 65536;                ///< values in one payload
inline constexpr int kMaxNesting = 8;                            ///< JSON/CBOR/TLV depth
} // namespace limits

} // namespace hangar::lwm2m
