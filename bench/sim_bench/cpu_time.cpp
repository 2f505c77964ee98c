#include "cpu_time.h"

#include <sys/resource.h>
#include <unistd.h>

#include <fstream>
#include <sstream>
#include <string>

namespace hangar::bench {

namespace {

std::chrono::microseconds toMicroseconds(const timeval& value)
{
    return std::chrono::seconds(value.tv_sec) + std::chrono::microseconds(value.tv_usec);
}

} // namespace

std::chrono::microseconds selfCpuTime()
{
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return toMicroseconds(usage.ru_utime) + toMicroseconds(usage.ru_stime);
}

std::chrono::microseconds processCpuTime(pid_t pid)
{
    std::ifstream file("/proc/" + std::to_string(pid) + "/stat");
    std::string text;
    std::getline(file, text);
    // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
    const std::size_t close = text.rfind(')');
    if (close == std::string::npos)
        return {};
    std::istringstream fields(text.substr(close + 2));
    std::string skipped;
    for (int field = 3; field < 14; ++field)
        fields >> skipped;
    long long userTicks = 0;
    long long systemTicks = 0;
    fields >> userTicks >> systemTicks;
    const long ticksPerSecond = ::sysconf(_SC_CLK_TCK);
    if (ticksPerSecond <= 0)
        return {};
    return std::chrono::microseconds((userTicks + systemTicks) * 1'000'000 / ticksPerSecond);
}

} // namespace hangar::bench
