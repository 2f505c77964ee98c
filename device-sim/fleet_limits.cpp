#include "fleet_limits.h"

#include <QDir>

#include <cerrno>
#include <cstring>

#include <sys/resource.h>

namespace hangar::devicesim {
namespace {

constexpr std::uint64_t kDescriptorsPerRelay = 4; // listen socket, epoll, notifier slack
constexpr std::uint64_t kSpareDescriptors = 64;   // stdio, logs, the event loop, a credential file

std::uint64_t openDescriptors()
{
    const QDir fds(QStringLiteral("/proc/self/fd"));
    const auto count = fds.entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System).size();
    return count > 0 ? static_cast<std::uint64_t>(count) : 16;
}

} // namespace

std::uint64_t descriptorsNeeded(const FleetSpec& spec)
{
    std::uint64_t needed = kSpareDescriptors;
    for (const GroupSpec& group : spec.groups) {
        needed += group.count;
        if (group.needsRelay())
            needed += group.count + kDescriptorsPerRelay;
    }
    return needed;
}

Expected<void> ensureDescriptors(std::uint64_t needed)
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return fail(ErrorCode::IoFailure, std::string("cannot read the open-file limit: ") + std::strerror(errno));
    if (limit.rlim_cur < limit.rlim_max) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max;
        if (::setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    const std::uint64_t wanted = needed + openDescriptors();
    if (limit.rlim_cur != RLIM_INFINITY && wanted > limit.rlim_cur)
        return fail(ErrorCode::LimitExceeded,
                    "the fleet needs about " + std::to_string(wanted) + " open files (one socket per device, "
                    "two for devices behind a fault relay) but this process may open only " +
                        std::to_string(limit.rlim_cur) +
                        "; raise the hard limit (ulimit -Hn, LimitNOFILE= in a systemd unit, or "
                        "/etc/security/limits.conf) or simulate fewer devices");
    return {};
}

} // namespace hangar::devicesim
