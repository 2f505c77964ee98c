#pragma once

#include "common/error.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hangar::lwm2m {

/// One link parameter (RFC 6690 §2 link-param): `name`, `name=token` or `name="quoted"`.
struct LinkAttribute
{
    std::string name;
    std::optional<std::string> value; ///< absent for a parameter without '='; unescaped text
    bool quoted = false;              ///< the value was (and will be written) a quoted-string

    friend bool operator==(const LinkAttribute&, const LinkAttribute&) = default;
};

/// One link-value: `<target>` followed by its parameters in payload order.
struct Link
{
    std::string target; ///< the URI-Reference between '<' and '>', never empty
    std::vector<LinkAttribute> attributes;

    /// The first parameter called `name`, or nullptr.
    const LinkAttribute* attribute(std::string_view name) const;

    friend bool operator==(const Link&, const Link&) = default;
};

using Links = std::vector<Link>;

/// Parses a CoRE Link Format payload (RFC 6690, Content-Format 40). The text is untrusted: an
/// unterminated '<' or quote, an empty or invalid target, a bad parameter name, garbage after a
/// link, a trailing comma, more than limits::kMaxEntries links or more than
/// limits::kMaxPayloadBytes bytes give an Error naming the byte offset and the text there.
/// Whitespace around ',' and ';' and at both ends is tolerated; an empty payload is no links.
Expected<Links> parseLinkFormat(std::string_view payload);

/// Writes `links` in the compact form (no whitespace). Values are written as tokens unless they
/// were quoted or cannot be a token. Targets and names must be valid (as parseLinkFormat gives
/// them); then parseLinkFormat(serializeLinkFormat(links)) == links.
std::string serializeLinkFormat(const Links& links);

} // namespace hangar::lwm2m
