#pragma once

// Waiting without starving the simulator: everything here runs this thread's Qt event loop
// (where the simulator lives) and sleeps in it, so waiting itself costs no CPU.

#include <chrono>
#include <functional>

namespace hangar::bench {

/// Runs the event loop until `done()` holds, checked every `poll`, or `limit` has passed.
/// Returns whether `done()` held.
bool runUntil(const std::function<bool()>& done, std::chrono::milliseconds limit,
              std::chrono::milliseconds poll = std::chrono::milliseconds(10));

/// Runs the event loop for `duration` with no timer of its own but the one that ends it.
void runFor(std::chrono::milliseconds duration);

/// Runs `work` on a new thread while the event loop runs here; returns once it finished.
void runOffThread(const std::function<void()>& work);

} // namespace hangar::bench
