#pragma once

#include "daemon_options.h"

namespace hangar::daemon {

/// Routes Qt messages to stderr as "hangard: <level>: <text>", dropping those below `level`
/// (and enabling the debug output of Hangar's logging categories for LogLevel::Debug).
void installLogFilter(LogLevel level);

} // namespace hangar::daemon
