// One payload into the SenML CBOR (Content-Format 112) decoder at every request path.
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    hangar::fuzz::decodeEverywhere(hangar::lwm2m::ContentFormat::SenmlCbor, data, size);
    return 0;
}
