#include "common/secure_random.h"

#include <sys/random.h>

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace hangar {

void fillSecureRandom(std::span<std::uint8_t> out)
{
    std::size_t filled = 0;
    while (filled < out.size()) {
        const ssize_t got = getrandom(out.data() + filled, out.size() - filled, 0);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            std::fprintf(stderr, "hangar: the kernel's random generator failed (%s); stopping\n",
                         std::strerror(errno));
            std::abort();
        }
        filled += static_cast<std::size_t>(got);
    }
}

std::uint32_t secureRandom32()
{
    std::array<std::uint8_t, 4> bytes{};
    fillSecureRandom(bytes);
    return static_cast<std::uint32_t>(bytes[0]) | static_cast<std::uint32_t>(bytes[1]) << 8 |
           static_cast<std::uint32_t>(bytes[2]) << 16 | static_cast<std::uint32_t>(bytes[3]) << 24;
}

} // namespace hangar
