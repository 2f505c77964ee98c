#pragma once

#include <cstdint>

namespace hangar::coap {

/// Raises this process's soft limit on open files to its hard limit and returns the limit now
/// in force. Every CoAP client session and every listening shard is a socket, so programs that
/// run fleets or large servers call this once at start.
std::uint64_t raiseOpenFileLimit();

/// Open-file slots still free under the soft limit (counted from /proc/self/fd).
std::uint64_t freeFileDescriptors();

} // namespace hangar::coap
