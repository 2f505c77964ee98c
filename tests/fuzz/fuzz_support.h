#pragma once

// Shared by the libFuzzer harnesses: the object models, and the contract checks a harness
// applies to what a parser accepted. A broken contract aborts, so libFuzzer keeps the input.

#include "lwm2m/codec.h"
#include "lwm2m/ddf_loader.h"
#include "lwm2m/object_registry.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <span>
#include <string>
#include <string_view>

namespace hangar::fuzz {

/// The built-in object definitions, loaded once per process.
inline const lwm2m::ObjectRegistry& builtinModels()
{
    static const lwm2m::ObjectRegistry registry = [] {
        lwm2m::ObjectRegistry models;
        lwm2m::DdfLoader(models).loadBuiltin();
        return models;
    }();
    return registry;
}

/// Ends the run: the input broke a documented contract (libFuzzer saves it as a crash).
[[noreturn]] inline void violated(const std::string& what)
{
    std::fprintf(stderr, "contract violated: %s\n", what.c_str());
    std::abort();
}

inline std::string_view asText(const std::uint8_t* data, std::size_t size)
{
    return {reinterpret_cast<const char*>(data), size};
}

/// Request paths every decoder is tried at: root, object, instance, resource and the
/// instances the captured payloads in tests/data answer.
inline const lwm2m::LwM2mPath kRequestPaths[] = {
    lwm2m::LwM2mPath(),         lwm2m::LwM2mPath(3),       lwm2m::LwM2mPath(3, 0),
    lwm2m::LwM2mPath(3, 0, 13), lwm2m::LwM2mPath(3, 0, 6), lwm2m::LwM2mPath(1, 1),
    lwm2m::LwM2mPath(0, 1),     lwm2m::LwM2mPath(5, 0, 1)};

/// The codec contract of codec.h for what a decoder accepted: sorted, unique, below the
/// request path, and (as tests/lwm2m/malformed_corpus_test.cpp states it) written back by the
/// encoder to the same values.
inline void checkDecoded(lwm2m::ContentFormat format, const lwm2m::LwM2mPath& path,
                         const lwm2m::PathValues& values)
{
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!values[i].path.startsWith(path))
            violated(values[i].path.toString() + " lies outside " + path.toString());
        if (i > 0 && !(values[i - 1].path < values[i].path))
            violated("paths not sorted or repeated at " + values[i].path.toString());
    }
    if (format == lwm2m::ContentFormat::Text || format == lwm2m::ContentFormat::Opaque)
        return;
    for (const lwm2m::PathValue& entry : values) {
        if (entry.value.type() == lwm2m::ResourceType::Float && std::isnan(entry.value.asFloat()))
            return; // NaN never compares equal
    }
    const auto encoded = lwm2m::encode(format, path, values, builtinModels());
    if (!encoded)
        return; // e.g. an empty instance the format cannot write back
    const auto again = lwm2m::decode(format, *encoded, path, builtinModels());
    if (!again)
        violated("re-encoded values do not decode at " + path.toString() + ": " +
                 again.error().message);
    if (again->size() != values.size())
        violated("re-encoded values decode to a different count at " + path.toString());
    for (std::size_t i = 0; i < values.size(); ++i) {
        if ((*again)[i].path != values[i].path || !((*again)[i].value == values[i].value))
            violated("re-encoded value differs at " + values[i].path.toString());
    }
}

/// Decodes `data` as `format` at every request path; accepted content must keep the contract,
/// refused content must say why.
inline void decodeEverywhere(lwm2m::ContentFormat format, const std::uint8_t* data,
                             std::size_t size)
{
    const std::span<const std::uint8_t> payload(data, size);
    for (const lwm2m::LwM2mPath& path : kRequestPaths) {
        const auto decoded = lwm2m::decode(format, payload, path, builtinModels());
        if (decoded)
            checkDecoded(format, path, *decoded);
        else if (decoded.error().message.empty())
            violated("a refusal without a message at " + path.toString());
    }
}

} // namespace hangar::fuzz
