// One payload into the application/octet-stream (Content-Format 42) decoder at every request path.
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    hangar::fuzz::decodeEverywhere(hangar::lwm2m::ContentFormat::Opaque, data, size);
    return 0;
}
