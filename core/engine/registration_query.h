#pragma once

#include "common/error.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hangar::engine {

/// The Uri-Query parameters of Register and Update (LwM2M 1.1 core §6.2.1, §6.2.2, transport
/// §6.2.x). Absent parameters stay empty; defaults are applied by the caller.
struct RegistrationQuery
{
    std::optional<std::string> endpoint;    ///< ep
    std::optional<std::int64_t> lifetimeSec; ///< lt, > 0
    std::optional<std::string> lwm2mVersion; ///< lwm2m
    std::optional<std::string> binding;      ///< b
    bool queueMode = false;                  ///< Q (or a 1.0 binding such as "UQ")
};

/// Parses the query items. Unknown parameters and sms are ignored (later versions add more);
/// a repeated parameter, an endpoint name lwm2m::checkEndpointName refuses (empty, over 255
/// bytes, not UTF-8, control characters), a non-numeric or non-positive
/// lifetime, or a binding with letters other than U, S, T, N, Q fails with MalformedInput.
Expected<RegistrationQuery> parseRegistrationQuery(const std::vector<std::string>& items);

/// How the engine treats an announced LwM2M version.
enum class VersionSupport : std::uint8_t {
    Supported = 1,   ///< 1.0 or 1.1
    Unsupported,     ///< a well-formed version this engine does not serve (answer 4.12)
    Malformed,       ///< not "major.minor" (answer 4.00)
};

VersionSupport checkLwm2mVersion(const std::string& version);

} // namespace hangar::engine
