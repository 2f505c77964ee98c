#include "lwm2m/registration_links.h"

#include "lwm2m/link_format.h"
#include "lwm2m/lwm2m_path.h"

#include <algorithm>
#include <charconv>
#include <map>

namespace hangar::lwm2m {

namespace {

constexpr std::string_view kRootResourceType = "oma.lwm2m";

std::unexpected<Error> badLink(std::size_t index, const Link& link, const std::string& what)
{
    return fail(ErrorCode::MalformedInput, "registration payload: link " + std::to_string(index + 1) +
                                               " <" + link.target.substr(0, 64) + "> " + what);
}

// Splits a space-separated list (rt, ct); runs of spaces count as one separator.
std::vector<std::string_view> splitSpaces(std::string_view text)
{
    std::vector<std::string_view> parts;
    while (!text.empty()) {
        const std::size_t space = text.find(' ');
        if (space != 0)
            parts.push_back(text.substr(0, space));
        if (space == std::string_view::npos)
            break;
        text.remove_prefix(space + 1);
    }
    return parts;
}

bool isRootLink(const Link& link)
{
    const LinkAttribute* rt = link.attribute("rt");
    if (!rt || !rt->value)
        return false;
    const auto types = splitSpaces(*rt->value);
    return std::find(types.begin(), types.end(), kRootResourceType) != types.end();
}

bool isDecimal(std::string_view text)
{
    return !text.empty() &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool isVersion(std::string_view text)
{
    const std::size_t dot = text.find('.');
    return dot != std::string_view::npos && isDecimal(text.substr(0, dot)) &&
           isDecimal(text.substr(dot + 1));
}

bool isPathSegment(std::string_view segment)
{
    return !segment.empty() && std::all_of(segment.begin(), segment.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '-' || c == '.' || c == '_' || c == '~';
    });
}

// "/" or "/a/b" (a trailing '/' is dropped); nullopt when the target is not such a path.
std::optional<std::string> rootPathOf(std::string_view target)
{
    if (target.empty() || target.front() != '/')
        return std::nullopt;
    if (target.size() > 1 && target.back() == '/')
        target.remove_suffix(1);
    if (target == "/")
        return std::string(target);
    std::string_view rest = target.substr(1);
    while (true) {
        const std::size_t slash = rest.find('/');
        if (!isPathSegment(rest.substr(0, slash)))
            return std::nullopt;
        if (slash == std::string_view::npos)
            break;
        rest.remove_prefix(slash + 1);
    }
    return std::string(target);
}

Expected<std::vector<std::uint16_t>> parseContentFormats(std::size_t index, const Link& link,
                                                         const LinkAttribute& ct)
{
    if (!ct.value)
        return badLink(index, link, "has \"ct\" without a value; give a Content-Format number");
    const auto parts = splitSpaces(*ct.value);
    if (parts.empty())
        return badLink(index, link, "has an empty \"ct\"; give a Content-Format number");
    std::vector<std::uint16_t> formats;
    for (std::string_view part : parts) {
        std::uint16_t number = 0;
        const auto [end, error] = std::from_chars(part.data(), part.data() + part.size(), number);
        if (!isDecimal(part) || error != std::errc() || end != part.data() + part.size())
            return badLink(index, link,
                           "has \"ct\" entry '" + std::string(part.substr(0, 32)) +
                               "' that is not a Content-Format number (0..65535)");
        formats.push_back(number);
    }
    return formats;
}

} // namespace

const RegisteredObject* RegistrationLinks::object(std::uint16_t objectId) const
{
    const auto it = std::lower_bound(
        objects.begin(), objects.end(), objectId,
        [](const RegisteredObject& entry, std::uint16_t id) { return entry.id < id; });
    return it != objects.end() && it->id == objectId ? &*it : nullptr;
}

Expected<RegistrationLinks> parseRegistrationLinks(std::string_view payload)
{
    auto links = parseLinkFormat(payload);
    if (!links)
        return std::unexpected(std::move(links.error()));

    RegistrationLinks result;
    // The root link may come anywhere, and object links are read relative to it.
    std::size_t rootIndex = links->size();
    for (std::size_t i = 0; i < links->size(); ++i) {
        const Link& link = (*links)[i];
        if (!isRootLink(link))
            continue;
        if (result.hasRootLink)
            return badLink(i, link, "is a second rt=\"oma.lwm2m\" link; a client has one root");
        const auto root = rootPathOf(link.target);
        if (!root)
            return badLink(i, link, "has rt=\"oma.lwm2m\" but is not an absolute path such as "
                                    "</> or </lwm2m>");
        result.hasRootLink = true;
        result.rootPath = *root;
        rootIndex = i;
        if (const LinkAttribute* ct = link.attribute("ct")) {
            auto formats = parseContentFormats(i, link, *ct);
            if (!formats)
                return std::unexpected(std::move(formats.error()));
            result.contentFormats = std::move(*formats);
        }
    }

    const std::string prefix = result.rootPath == "/" ? std::string() : result.rootPath;
    struct Entry
    {
        RegisteredObject object;
        bool objectLinkSeen = false;
    };
    std::map<std::uint16_t, Entry> objects;
    for (std::size_t i = 0; i < links->size(); ++i) {
        if (i == rootIndex)
            continue;
        const Link& link = (*links)[i];
        const std::string_view target = link.target;
        if (!target.starts_with(prefix) || target.size() <= prefix.size() ||
            target[prefix.size()] != '/')
            return badLink(i, link, "is not below the root path \"" + result.rootPath + "\"");
        auto path = LwM2mPath::parse(target.substr(prefix.size()));
        if (!path)
            return badLink(i, link, "is not an LwM2M path: " + path.error().message);
        if (!path->isObject() && !path->isObjectInstance())
            return badLink(i, link, "is not an object or object instance; a registration lists "
                                    "only those");

        Entry& entry = objects[path->objectId()];
        RegisteredObject& object = entry.object;
        object.id = path->objectId();
        if (path->isObjectInstance()) {
            auto& ids = object.instanceIds;
            if (std::find(ids.begin(), ids.end(), path->instanceId()) != ids.end())
                return badLink(i, link, "is listed twice");
            ids.push_back(path->instanceId());
            continue;
        }
        if (entry.objectLinkSeen)
            return badLink(i, link, "is listed twice");
        entry.objectLinkSeen = true;
        if (const LinkAttribute* ver = link.attribute("ver")) {
            if (!ver->value || !isVersion(*ver->value))
                return badLink(i, link, "has \"ver\" that is not major.minor such as 1.1");
            object.version = *ver->value;
        }
    }

    result.objects.reserve(objects.size());
    for (auto& [id, entry] : objects) {
        std::sort(entry.object.instanceIds.begin(), entry.object.instanceIds.end());
        result.objects.push_back(std::move(entry.object));
    }
    return result;
}

std::string serializeRegistrationLinks(const RegistrationLinks& links, VersionQuoting quoting)
{
    Links out;
    if (links.hasRootLink || links.rootPath != "/" || !links.contentFormats.empty()) {
        Link root{links.rootPath, {{"rt", std::string(kRootResourceType), true}}};
        if (!links.contentFormats.empty()) {
            std::string list;
            for (std::uint16_t format : links.contentFormats)
                list += (list.empty() ? "" : " ") + std::to_string(format);
            root.attributes.push_back({"ct", list, links.contentFormats.size() > 1});
        }
        out.push_back(std::move(root));
    }
    const std::string prefix = links.rootPath == "/" ? std::string() : links.rootPath;
    for (const RegisteredObject& object : links.objects) {
        const std::string objectTarget = prefix + "/" + std::to_string(object.id);
        if (object.version || object.instanceIds.empty()) {
            Link link{objectTarget, {}};
            if (object.version)
                link.attributes.push_back({"ver", *object.version, quoting == VersionQuoting::Quoted});
            out.push_back(std::move(link));
        }
        for (std::uint16_t instanceId : object.instanceIds)
            out.push_back({objectTarget + "/" + std::to_string(instanceId), {}});
    }
    return serializeLinkFormat(out);
}

} // namespace hangar::lwm2m
