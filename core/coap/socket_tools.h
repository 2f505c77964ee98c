#pragma once

// Internal to core/coap: numeric addresses and the socket details libcoap 4.3.1 does not expose.

#include "common/error.h"

#include <coap3/coap.h>

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace hangar::coap::detail {

/// Parses a numeric IPv4/IPv6 address (no DNS) into a libcoap address with `port`.
Expected<coap_address_t> parseAddress(const std::string& host, std::uint16_t port);

/// Numeric text and port of an address.
std::string addressText(const coap_address_t& address);
std::uint16_t addressPort(const coap_address_t& address);

/// Fails when any socket of any process is bound to this UDP address and port. libcoap binds
/// with SO_REUSEADDR, so without this check a second server would share the port silently.
Expected<void> ensureUdpPortFree(const coap_address_t& address);

/// The file descriptors open in this process now.
std::set<int> openDescriptors();

/// The UDP socket among the descriptors opened since `before` (the endpoint libcoap just
/// bound), or -1.
int findNewUdpSocket(const std::set<int>& before);

/// Whether `fd` is a UDP socket bound to local `port`.
bool isUdpSocketOnPort(int fd, std::uint16_t port);

/// A UDP socket of this process bound to local `port` that is not in `exclude`, or -1.
int findUdpSocketOnPort(std::uint16_t port, const std::vector<int>& exclude);

/// Local port a socket is bound to, or 0.
std::uint16_t boundPort(int fd);

/// A new UDP socket bound to `address` with SO_REUSEADDR and SO_REUSEPORT and the options
/// libcoap sets on its endpoint sockets (destination address reporting), to take the place of
/// an endpoint socket so that several endpoints share one port.
Expected<int> openSharedUdpSocket(const coap_address_t& address);

/// Raises SO_RCVBUF (SO_RCVBUFFORCE when permitted); returns the size the kernel granted.
int raiseReceiveBuffer(int fd, int bytes);

/// Looks at the next datagram waiting on `fd` without consuming it (never blocks): its source
/// address if it is a DTLS epoch-0 ClientHello, otherwise nothing.
std::optional<coap_address_t> peekClientHello(int fd);

/// Compact map key for a peer's address and port seen on a local port.
std::string peerKey(const coap_address_t& remote, std::uint16_t localPort);

} // namespace hangar::coap::detail
