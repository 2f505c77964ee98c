#pragma once

#include <QProcess>

#include <csignal>

namespace hangar::test {

/// Sends `signal` to the process, if it runs. kill() with pid 0 (what QProcess reports for a
/// process that is not running) would signal the whole process group: the test runner too.
inline void signalProcess(const QProcess& process, int signal)
{
    if (const qint64 pid = process.processId(); pid > 0)
        ::kill(static_cast<pid_t>(pid), signal);
}

} // namespace hangar::test
