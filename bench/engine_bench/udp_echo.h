#pragma once

// The loopback ceiling: plain UDP round trips between two sockets, the echo side on its own
// thread (as the engine is), with one or many datagrams in flight.

#include <chrono>

namespace hangar::bench {

/// Round trips per second with `window` datagrams of `bytes` bytes in flight.
double udpEchoRoundTripsPerSecond(int window, int bytes, std::chrono::milliseconds runTime);

} // namespace hangar::bench
