#include "coap/file_limit.h"

#include "coap/socket_tools.h"

#include <sys/resource.h>

namespace hangar::coap {

std::uint64_t raiseOpenFileLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 0;
    if (limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
        ::getrlimit(RLIMIT_NOFILE, &limit);
    }
    return static_cast<std::uint64_t>(limit.rlim_cur);
}

std::uint64_t freeFileDescriptors()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 0;
    const std::uint64_t open = detail::openDescriptors().size();
    const auto soft = static_cast<std::uint64_t>(limit.rlim_cur);
    return soft > open ? soft - open : 0;
}

} // namespace hangar::coap
