#pragma once

#include "lwm2m/content_format.h"

#include <cstdint>
#include <span>
#include <string_view>

namespace hangar::engine {

/// The format the engine uses for a device: among the formats its root link announced ("ct"),
/// the first of SenML CBOR, SenML JSON, TLV, LwM2M JSON; without an announcement TLV, which
/// every 1.0 and 1.1 client that supports object instances reads and writes.
lwm2m::ContentFormat pickContentFormat(std::span<const std::uint16_t> announced);

} // namespace hangar::engine
