#pragma once

#include "common/error.h"
#include "lwm2m/lwm2m_path.h"
#include "lwm2m/object_registry.h"
#include "lwm2m/path_value.h"

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace hangar::lwm2m {

/// The LwM2M attributes a Discover answer may carry on a link (LwM2M 1.1 core §5.1.2).
struct DiscoverAttributes
{
    std::optional<std::uint32_t> pminSec;  ///< "pmin" minimum period
    std::optional<std::uint32_t> pmaxSec;  ///< "pmax" maximum period
    std::optional<double> greaterThan;     ///< "gt"
    std::optional<double> lessThan;        ///< "lt"
    std::optional<double> step;            ///< "st", never negative
    std::optional<std::uint32_t> epminSec; ///< "epmin" minimum evaluation period
    std::optional<std::uint32_t> epmaxSec; ///< "epmax" maximum evaluation period
    std::optional<std::uint16_t> dim;      ///< "dim" instance count of a multiple resource
    std::optional<std::string> version;    ///< "ver" object version, "major.minor"

    friend bool operator==(const DiscoverAttributes&, const DiscoverAttributes&) = default;
};

/// One link of a Discover answer.
struct DiscoveredLink
{
    LwM2mPath path;
    DiscoverAttributes attributes;

    friend bool operator==(const DiscoveredLink&, const DiscoveredLink&) = default;
};

/// Reads a Discover answer. Every target must be an absolute LwM2M path below the root ("/3/0/1");
/// the attributes above are parsed to their types and must have a value in range; a repeated one
/// is an error; other parameters are ignored. Errors (MalformedInput) name the link and attribute.
Expected<std::vector<DiscoveredLink>> parseDiscoverLinks(std::string_view payload);

/// Writes links in the order given, attributes in the order ver, dim, pmin, pmax, gt, lt, st,
/// epmin, epmax. parseDiscoverLinks of the result gives `links` back.
std::string serializeDiscoverLinks(std::span<const DiscoveredLink> links);

/// Attributes set by Write-Attributes, by path, for encodeDiscoverAnswer.
using DiscoverAttributeMap = std::map<LwM2mPath, DiscoverAttributes>;

/// Builds the Discover answer a device gives for `requestPath` (object, object instance or
/// resource) when it holds `values` (which may cover the whole device; only those below
/// `requestPath` count). Lists the requested node, then its instances and resources in path
/// order: an instance or resource is present when `values` has an entry at or below it (an
/// executable resource is listed by a None value at its resource path). Object links carry "ver"
/// when the model's version is not 1.0; multiple resources carry "dim" (the number of
/// resource-instance values). `attributes` adds Write-Attributes state. Fails with
/// InvalidArgument for a root or resource-instance request, NotFound when the object is not in
/// `models` or nothing exists at `requestPath`.
Expected<std::string> encodeDiscoverAnswer(const LwM2mPath& requestPath, const PathValues& values,
                                           const ObjectRegistry& models,
                                           const DiscoverAttributeMap& attributes = {});

} // namespace hangar::lwm2m
