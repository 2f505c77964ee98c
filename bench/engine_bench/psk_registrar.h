#pragma once

// DTLS-PSK registrations through the project's CoAP transport (libcoap does the handshake):
// one client session per device, a bounded number of handshakes + Registers in flight.

#include "plain_registrar.h"

#include "store/store_records.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace hangar::bench {

struct PskRegisterSettings
{
    std::uint16_t port = 0; ///< the engine's coaps port on 127.0.0.1
    std::string endpointPrefix;
    std::uint64_t count = 0;
    int window = 100; ///< sessions handshaking or registering at once
    std::chrono::milliseconds timeLimit{60000};
};

/// The credential of PSK device `index` (identity "<prefix>id-<index>", a 16-byte key).
store::Credential pskCredential(const std::string& endpointPrefix, std::uint64_t index);

/// Registers `count` devices over coaps from the calling thread, which must have a Qt event
/// loop available (it is spun here). Sessions are closed at the end.
RegisterOutcome registerPskDevices(const PskRegisterSettings& settings);

} // namespace hangar::bench
