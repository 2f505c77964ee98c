#pragma once

#include "common/error.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hangar::lwm2m {

/// One object a client announced in Register or Update.
struct RegisteredObject
{
    std::uint16_t id = 0;
    std::optional<std::string> version;     ///< "ver" of the object link ("1.1"); absent: 1.0
    std::vector<std::uint16_t> instanceIds; ///< ascending; empty when only </id> was listed

    friend bool operator==(const RegisteredObject&, const RegisteredObject&) = default;
};

/// The LwM2M reading of a Register/Update payload (LwM2M 1.1 core §6.2.1 / transport §6.3).
struct RegistrationLinks
{
    /// Where the client's objects live: "/" or an alternate path such as "/lwm2m" (no
    /// trailing '/'). Requests to the client go to rootPath + LwM2M path.
    std::string rootPath = "/";
    bool hasRootLink = false;                ///< the payload held a link with rt="oma.lwm2m"
    std::vector<std::uint16_t> contentFormats; ///< "ct" of the root link, in payload order
    std::vector<RegisteredObject> objects;   ///< ascending by id

    /// The announced object `objectId`, or nullptr.
    const RegisteredObject* object(std::uint16_t objectId) const;

    friend bool operator==(const RegistrationLinks&, const RegistrationLinks&) = default;
};

/// Reads a Register/Update link-format payload. The root link (rt="oma.lwm2m", anywhere in the
/// list) gives the root path and "ct" (one number or a quoted space-separated list). Every other
/// link must be an object or object instance path below the root path; "ver" on an object link
/// must be "major.minor". Unknown parameters are ignored. Fails (MalformedInput, naming the link)
/// on any other link, on a second root link, on a link listed twice, and on the errors of
/// parseLinkFormat.
Expected<RegistrationLinks> parseRegistrationLinks(std::string_view payload);

/// How an object link's "ver" is written: `ver=1.1` (LwM2M 1.1 on) or `ver="1.1"` (how clients
/// word a 1.0 registration).
enum class VersionQuoting : std::uint8_t { Bare = 1, Quoted };

/// Writes the payload a client sends in Register: the root link when hasRootLink, rootPath is not
/// "/" or contentFormats is set, then per object `</id>;ver=…` (when versioned or without
/// instances) and its instance links. parseRegistrationLinks of the result equals `links` once
/// hasRootLink is implied by the root link being written.
std::string serializeRegistrationLinks(const RegistrationLinks& links,
                                       VersionQuoting quoting = VersionQuoting::Bare);

} // namespace hangar::lwm2m
