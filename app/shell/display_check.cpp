#include "shell/display_check.h"

#include <QCoreApplication>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

namespace hangar::app {
namespace {

QtMessageHandler g_previousHandler = nullptr;

QString headlessHint()
{
    return QCoreApplication::translate("hangar::app::Startup",
                                       "run hangard for the headless engine, or set "
                                       "QT_QPA_PLATFORM=offscreen");
}

void exitOnPlatformFailure(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type != QtFatalMsg) {
        if (g_previousHandler != nullptr)
            g_previousHandler(type, context, message);
        else
            std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
        return;
    }
    std::fprintf(stderr, "%s\nhangar: %s: %s\n", qPrintable(message),
                 qPrintable(QCoreApplication::translate("hangar::app::Startup", "cannot open a window")),
                 qPrintable(headlessHint()));
    std::fflush(stderr);
    // Qt would abort after this handler returns; nothing was started yet, so end plainly.
    std::_Exit(1);
}

} // namespace

QString missingDisplayReason(bool qtPlatformGiven)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    if (qtPlatformGiven || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") ||
        !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return {};
    return QCoreApplication::translate("hangar::app::Startup",
                                       "no display (DISPLAY and WAYLAND_DISPLAY are not set): %1")
        .arg(headlessHint());
#else
    Q_UNUSED(qtPlatformGiven);
    return {};
#endif
}

PlatformFailureGuard::PlatformFailureGuard()
{
    g_previousHandler = qInstallMessageHandler(exitOnPlatformFailure);
}

PlatformFailureGuard::~PlatformFailureGuard()
{
    qInstallMessageHandler(g_previousHandler);
    g_previousHandler = nullptr;
}

} // namespace hangar::app
