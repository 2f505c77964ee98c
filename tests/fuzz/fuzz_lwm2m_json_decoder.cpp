// One payload into the OMA LwM2M JSON (Content-Format 11543) decoder at every request path.
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    hangar::fuzz::decodeEverywhere(hangar::lwm2m::ContentFormat::Lwm2mJson, data, size);
    return 0;
}
