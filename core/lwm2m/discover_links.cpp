#include "lwm2m/discover_links.h"

#include "lwm2m/codec_support.h"
#include "lwm2m/link_format.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace hangar::lwm2m {

namespace {

std::unexpected<Error> badLink(std::size_t index, const Link& link, const std::string& what)
{
    return fail(ErrorCode::MalformedInput, "discover payload: link " + std::to_string(index + 1) +
                                               " <" + link.target.substr(0, 64) + "> " + what);
}

bool isDecimal(std::string_view text)
{
    return !text.empty() &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

template <typename Number>
std::optional<Number> parseUnsigned(std::string_view text)
{
    Number number{};
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (!isDecimal(text) || error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return number;
}

std::optional<double> parseDecimal(std::string_view text)
{
    // from_chars also takes "inf" and "nan"; an LwM2M attribute is a plain decimal number.
    if (text.empty() || !std::all_of(text.begin(), text.end(), [](char c) {
            return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' ||
                   c == 'E';
        }))
        return std::nullopt;
    double number = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(number))
        return std::nullopt;
    return number;
}

bool isVersion(std::string_view text)
{
    const std::size_t dot = text.find('.');
    return dot != std::string_view::npos && isDecimal(text.substr(0, dot)) &&
           isDecimal(text.substr(dot + 1));
}

// Stores one attribute; false when the value does not fit its type.
bool assignAttribute(DiscoverAttributes& out, std::string_view name, std::string_view value)
{
    auto setUnsigned = [&](std::optional<std::uint32_t>& field) {
        field = parseUnsigned<std::uint32_t>(value);
        return field.has_value();
    };
    auto setDecimal = [&](std::optional<double>& field) {
        field = parseDecimal(value);
        return field.has_value();
    };
    if (name == "pmin")
        return setUnsigned(out.pminSec);
    if (name == "pmax")
        return setUnsigned(out.pmaxSec);
    if (name == "epmin")
        return setUnsigned(out.epminSec);
    if (name == "epmax")
        return setUnsigned(out.epmaxSec);
    if (name == "gt")
        return setDecimal(out.greaterThan);
    if (name == "lt")
        return setDecimal(out.lessThan);
    if (name == "st")
        return setDecimal(out.step) && *out.step >= 0;
    if (name == "dim") {
        out.dim = parseUnsigned<std::uint16_t>(value);
        return out.dim.has_value();
    }
    out.version = std::string(value);
    return isVersion(value);
}

constexpr std::string_view kKnownNames[] = {"pmin", "pmax", "gt",    "lt", "st",
                                            "epmin", "epmax", "dim", "ver"};

std::string formatDecimal(double number)
{
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, number);
    return std::string(buffer, result.ptr);
}

LinkAttribute plain(std::string name, std::string value)
{
    return {std::move(name), std::move(value), false};
}

} // namespace

Expected<std::vector<DiscoveredLink>> parseDiscoverLinks(std::string_view payload)
{
    auto links = parseLinkFormat(payload);
    if (!links)
        return std::unexpected(std::move(links.error()));

    std::vector<DiscoveredLink> result;
    result.reserve(links->size());
    for (std::size_t i = 0; i < links->size(); ++i) {
        const Link& link = (*links)[i];
        if (link.target.front() != '/')
            return badLink(i, link, "is not an absolute LwM2M path such as </3/0/1>");
        auto path = LwM2mPath::parse(link.target);
        if (!path)
            return badLink(i, link, "is not an LwM2M path: " + path.error().message);
        DiscoveredLink entry{*path, {}};
        std::vector<std::string_view> seen;
        for (const LinkAttribute& attribute : link.attributes) {
            const auto known = std::find(std::begin(kKnownNames), std::end(kKnownNames),
                                         attribute.name);
            if (known == std::end(kKnownNames))
                continue;
            if (std::find(seen.begin(), seen.end(), *known) != seen.end())
                return badLink(i, link, "has \"" + attribute.name + "\" twice");
            seen.push_back(*known);
            if (!attribute.value)
                return badLink(i, link, "has \"" + attribute.name + "\" without a value");
            if (!assignAttribute(entry.attributes, *known, *attribute.value))
                return badLink(i, link,
                               "has " + attribute.name + "=" + attribute.value->substr(0, 32) +
                                   ", which is not a valid value for it");
        }
        result.push_back(std::move(entry));
    }
    return result;
}

std::string serializeDiscoverLinks(std::span<const DiscoveredLink> links)
{
    Links out;
    out.reserve(links.size());
    for (const DiscoveredLink& entry : links) {
        const DiscoverAttributes& a = entry.attributes;
        Link link{entry.path.toString(), {}};
        if (a.version)
            link.attributes.push_back(plain("ver", *a.version));
        if (a.dim)
            link.attributes.push_back(plain("dim", std::to_string(*a.dim)));
        if (a.pminSec)
            link.attributes.push_back(plain("pmin", std::to_string(*a.pminSec)));
        if (a.pmaxSec)
            link.attributes.push_back(plain("pmax", std::to_string(*a.pmaxSec)));
        if (a.greaterThan)
            link.attributes.push_back(plain("gt", formatDecimal(*a.greaterThan)));
        if (a.lessThan)
            link.attributes.push_back(plain("lt", formatDecimal(*a.lessThan)));
        if (a.step)
            link.attributes.push_back(plain("st", formatDecimal(*a.step)));
        if (a.epminSec)
            link.attributes.push_back(plain("epmin", std::to_string(*a.epminSec)));
        if (a.epmaxSec)
            link.attributes.push_back(plain("epmax", std::to_string(*a.epmaxSec)));
        out.push_back(std::move(link));
    }
    return serializeLinkFormat(out);
}

Expected<std::string> encodeDiscoverAnswer(const LwM2mPath& requestPath, const PathValues& values,
                                           const ObjectRegistry& models,
                                           const DiscoverAttributeMap& attributes)
{
    if (requestPath.isRoot() || requestPath.isResourceInstance())
        return fail(ErrorCode::InvalidArgument,
                    "Discover on " + requestPath.toString() +
                        ": only an object, object instance or resource can be discovered");
    const ObjectModel* model = models.object(requestPath.objectId());
    if (!model)
        return fail(ErrorCode::NotFound, "Discover on " + requestPath.toString() + ": object " +
                                             std::to_string(requestPath.objectId()) +
                                             " is not in the object registry; load its DDF");

    // Nodes to list, each with the number of resource-instance values below it.
    std::map<LwM2mPath, std::uint32_t> nodes;
    for (const PathValue& entry : values) {
        if (!entry.path.startsWith(requestPath))
            continue;
        const int deepest = std::min(entry.path.depth(), 3);
        for (int level = requestPath.depth(); level <= deepest; ++level)
            nodes.try_emplace(entry.path.truncated(level), 0);
        if (entry.path.isResourceInstance())
            ++nodes[entry.path.truncated(3)];
    }
    if (nodes.empty())
        return fail(ErrorCode::NotFound,
                    "Discover on " + requestPath.toString() + ": the device holds nothing there");

    std::vector<DiscoveredLink> links;
    links.reserve(nodes.size());
    for (const auto& [path, instanceCount] : nodes) {
        DiscoveredLink link{path, {}};
        if (const auto it = attributes.find(path); it != attributes.end())
            link.attributes = it->second;
        if (path.isObject() && model->version != "1.0")
            link.attributes.version = model->version;
        if (path.isResource() && modelSaysMultiple(models, path, instanceCount > 0))
            link.attributes.dim = static_cast<std::uint16_t>(
                std::min<std::uint32_t>(instanceCount, std::numeric_limits<std::uint16_t>::max()));
        links.push_back(std::move(link));
    }
    return serializeDiscoverLinks(links);
}

} // namespace hangar::lwm2m
