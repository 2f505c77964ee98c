#pragma once

// CPU time (user + system) consumed so far, of this process or of a child.

#include <chrono>
#include <sys/types.h>

namespace hangar::bench {

/// This process, all threads (getrusage).
std::chrono::microseconds selfCpuTime();

/// Process `pid`, from /proc/<pid>/stat; zero when it cannot be read.
std::chrono::microseconds processCpuTime(pid_t pid);

} // namespace hangar::bench
