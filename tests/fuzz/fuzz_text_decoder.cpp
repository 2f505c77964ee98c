// One payload into the text/plain (Content-Format 0) decoder at every request path.
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    hangar::fuzz::decodeEverywhere(hangar::lwm2m::ContentFormat::Text, data, size);
    return 0;
}
