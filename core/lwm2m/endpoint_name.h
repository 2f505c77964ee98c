#pragma once

#include "common/error.h"

#include <cstddef>
#include <string_view>

namespace hangar::lwm2m {

/// Longest endpoint client name, in bytes (also the API's limit).
inline constexpr std::size_t kMaxEndpointNameBytes = 255;
/// Longest DTLS-PSK identity, in bytes (what the handshake records; RFC 4279 allows more).
inline constexpr std::size_t kMaxPskIdentityBytes = 128;

/// True when `text` is well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing
/// above U+10FFFF).
bool isValidUtf8(std::string_view text);

/// An endpoint client name (LwM2M `ep`) Hangar accepts everywhere (Register, REST paths,
/// credentials, imports): 1 to 255 bytes of valid UTF-8 without control characters (U+0000 to
/// U+001F, U+007F to U+009F). Names are compared byte for byte. Fails with InvalidArgument
/// saying what is wrong, without echoing the name.
Expected<void> checkEndpointName(std::string_view name);

/// A DTLS-PSK identity: 1 to 128 bytes of valid UTF-8 (RFC 4279 §5.1) without control
/// characters (so no NUL, at which libcoap would cut it). InvalidArgument otherwise.
Expected<void> checkPskIdentity(std::string_view identity);

} // namespace hangar::lwm2m
