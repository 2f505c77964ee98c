#pragma once

#include "fleet_spec.h"

#include "common/error.h"

#include <string_view>

namespace hangar::devicesim {

/// Parses `coap://HOST[:PORT]` or `coaps://HOST[:PORT]` (IPv6 in brackets, an optional trailing
/// '/'); a missing port becomes 5683 or 5684. The host stays unresolved. Fails with
/// InvalidArgument saying what is wrong with the URI.
Expected<ServerAddress> parseServerUri(std::string_view uri);

/// Fills `server.address` with a numeric address: a numeric host as it is, a name through the
/// system resolver. Blocks on DNS: call it before starting a fleet, never on the simulator's
/// event loop. Fails with NotFound naming the host.
Expected<void> resolveServer(ServerAddress& server);

/// Resolves the fleet's server and every group's own server.
Expected<void> resolveServers(FleetSpec& spec);

/// True when `address` is a numeric IPv4 or IPv6 address.
bool isNumericAddress(const std::string& address);

} // namespace hangar::devicesim
