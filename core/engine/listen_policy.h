#pragma once

#include "common/error.h"

#include <string>

namespace hangar::engine {

/// True for 127.0.0.0/8 and ::1 (numeric addresses only).
bool isLoopbackAddress(const std::string& host);

/// Plain CoAP has no authentication: it may listen on loopback, elsewhere only when the user
/// explicitly allowed it (`--allow-insecure-coap` of hangard and hangar, which the message
/// names). Fails with SecurityFailure otherwise; 0.0.0.0 and :: are not loopback.
Expected<void> checkPlainCoapAddress(const std::string& host, bool allowInsecure);

} // namespace hangar::engine
