#include "process_memory.h"

#include <malloc.h>

#include <fstream>
#include <sstream>
#include <string>

namespace hangar::bench {

ResidentMemory residentMemory()
{
    ::malloc_trim(0);
    ResidentMemory memory;
    std::ifstream rollup("/proc/self/smaps_rollup");
    std::string line;
    while (std::getline(rollup, line)) {
        std::istringstream fields(line);
        std::string name;
        std::uint64_t kilobytes = 0;
        fields >> name >> kilobytes;
        if (name == "Rss:")
            memory.rssBytes = kilobytes * 1024;
        else if (name == "Anonymous:")
            memory.anonymousBytes = kilobytes * 1024;
    }
    return memory;
}

} // namespace hangar::bench
