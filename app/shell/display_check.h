#pragma once

#include <QString>

namespace hangar::app {

/// Why the desktop app cannot open a window in this environment: no DISPLAY, no
/// WAYLAND_DISPLAY, no QT_QPA_PLATFORM and no -platform flag (X11/Wayland systems only).
/// Empty when a display may be there.
QString missingDisplayReason(bool qtPlatformGiven);

/// While alive, a fatal error from Qt's platform setup (a DISPLAY nobody answers, a platform
/// plugin that cannot load) ends the program with exit code 1 and a message that points to
/// hangard, instead of Qt's abort. Wrap only the construction of QApplication in it.
class PlatformFailureGuard
{
public:
    PlatformFailureGuard();
    ~PlatformFailureGuard();

    PlatformFailureGuard(const PlatformFailureGuard&) = delete;
    PlatformFailureGuard& operator=(const PlatformFailureGuard&) = delete;
};

} // namespace hangar::app
