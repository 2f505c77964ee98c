// One payload into the SenML JSON (Content-Format 110) decoder at every request path.
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    hangar::fuzz::decodeEverywhere(hangar::lwm2m::ContentFormat::SenmlJson, data, size);
    return 0;
}
