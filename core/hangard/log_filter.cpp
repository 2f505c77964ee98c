#include "log_filter.h"

#include <QLoggingCategory>

#include <atomic>
#include <cstdio>

namespace hangar::daemon {
namespace {

std::atomic<int> g_minimumRank{2};

int rank(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return 0;
    case QtInfoMsg: return 1;
    case QtWarningMsg: return 2;
    case QtCriticalMsg:
    case QtFatalMsg: return 3;
    }
    return 3;
}

const char* label(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return "debug";
    case QtInfoMsg: return "info";
    case QtWarningMsg: return "warning";
    case QtCriticalMsg: return "error";
    case QtFatalMsg: return "fatal";
    }
    return "error";
}

void handleMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (rank(type) < g_minimumRank.load(std::memory_order_relaxed))
        return;
    const char* category = context.category ? context.category : "default";
    std::fprintf(stderr, "hangard: %s: [%s] %s\n", label(type), category, qPrintable(message));
    std::fflush(stderr);
}

} // namespace

void installLogFilter(LogLevel level)
{
    switch (level) {
    case LogLevel::Error: g_minimumRank = 3; break;
    case LogLevel::Warning: g_minimumRank = 2; break;
    case LogLevel::Info: g_minimumRank = 1; break;
    case LogLevel::Debug: g_minimumRank = 0; break;
    }
    if (level == LogLevel::Debug)
        QLoggingCategory::setFilterRules(QStringLiteral("hangar.*.debug=true\nhangar.*.info=true"));
    else if (level == LogLevel::Info)
        QLoggingCategory::setFilterRules(QStringLiteral("hangar.*.info=true"));
    qInstallMessageHandler(handleMessage);
}

} // namespace hangar::daemon
