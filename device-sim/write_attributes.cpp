#include "write_attributes.h"

#include "lwm2m/codec_support.h"

#include <charconv>
#include <cmath>
#include <limits>

namespace hangar::devicesim {

using lwm2m::DiscoverAttributes;
using lwm2m::LwM2mPath;

namespace {

std::unexpected<Error> badAttribute(const LwM2mPath& path, const std::string& item, const std::string& why)
{
    return fail(ErrorCode::InvalidArgument, "Write-Attributes on " + path.toString() + ": '" + item + "' " + why);
}

std::optional<std::uint32_t> parseSeconds(std::string_view text)
{
    std::uint32_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || text.empty())
        return std::nullopt;
    return value;
}

std::optional<double> parseNumber(std::string_view text)
{
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || text.empty() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

bool isNumeric(lwm2m::ResourceType type)
{
    return type == lwm2m::ResourceType::Integer || type == lwm2m::ResourceType::UnsignedInteger ||
           type == lwm2m::ResourceType::Float;
}

} // namespace

bool isEmpty(const DiscoverAttributes& attributes)
{
    return attributes == DiscoverAttributes{};
}

Expected<DiscoverAttributes> applyWriteAttributes(const DiscoverAttributes& current, const std::vector<std::string>& query,
                                                  const LwM2mPath& path, const lwm2m::ObjectRegistry& models)
{
    if (query.empty())
        return fail(ErrorCode::InvalidArgument, "Write-Attributes on " + path.toString() + " names no attribute");
    DiscoverAttributes result = current;
    const bool numericResource = path.depth() >= 3 && isNumeric(lwm2m::modelType(models, path));
    for (const std::string& item : query) {
        const auto equals = item.find('=');
        const std::string name = item.substr(0, equals);
        const bool unset = equals == std::string::npos;
        const std::string_view text = unset ? std::string_view() : std::string_view(item).substr(equals + 1);
        if (name == "pmin" || name == "pmax" || name == "epmin" || name == "epmax") {
            auto& slot = name == "pmin" ? result.pminSec : name == "pmax" ? result.pmaxSec
                       : name == "epmin" ? result.epminSec : result.epmaxSec;
            if (unset) {
                slot.reset();
                continue;
            }
            const auto seconds = parseSeconds(text);
            if (!seconds)
                return badAttribute(path, item, "needs a whole number of seconds");
            slot = *seconds;
        } else if (name == "gt" || name == "lt" || name == "st") {
            if (!numericResource)
                return badAttribute(path, item, "applies only to a numeric resource");
            auto& slot = name == "gt" ? result.greaterThan : name == "lt" ? result.lessThan : result.step;
            if (unset) {
                slot.reset();
                continue;
            }
            const auto number = parseNumber(text);
            if (!number || (name == "st" && *number < 0))
                return badAttribute(path, item, name == "st" ? "needs a non-negative number" : "needs a number");
            slot = *number;
        } else {
            return badAttribute(path, item, "is not a writable attribute (pmin, pmax, gt, lt, st, epmin, epmax)");
        }
    }
    if (result.pminSec && result.pmaxSec && *result.pmaxSec < *result.pminSec)
        return fail(ErrorCode::InvalidArgument, "Write-Attributes on " + path.toString() + ": pmax is below pmin");
    if (result.epminSec && result.epmaxSec && *result.epmaxSec <= *result.epminSec)
        return fail(ErrorCode::InvalidArgument, "Write-Attributes on " + path.toString() + ": epmax must exceed epmin");
    if (result.lessThan && result.greaterThan) {
        const double step = result.step.value_or(0.0);
        if (!(*result.lessThan + 2 * step < *result.greaterThan))
            return fail(ErrorCode::InvalidArgument,
                        "Write-Attributes on " + path.toString() + ": lt + 2*st must be below gt");
    }
    return result;
}

DiscoverAttributes effectiveAttributes(const lwm2m::DiscoverAttributeMap& stored, const LwM2mPath& path,
                                       std::uint32_t defaultPminSec, std::uint32_t defaultPmaxSec)
{
    DiscoverAttributes result;
    for (int level = 1; level <= path.depth(); ++level) {
        const auto found = stored.find(path.truncated(level));
        if (found == stored.end())
            continue;
        const DiscoverAttributes& at = found->second;
        const auto take = [](auto& into, const auto& from) {
            if (from)
                into = from;
        };
        take(result.pminSec, at.pminSec);
        take(result.pmaxSec, at.pmaxSec);
        take(result.greaterThan, at.greaterThan);
        take(result.lessThan, at.lessThan);
        take(result.step, at.step);
        take(result.epminSec, at.epminSec);
        take(result.epmaxSec, at.epmaxSec);
    }
    if (!result.pminSec && defaultPminSec > 0)
        result.pminSec = defaultPminSec;
    if (!result.pmaxSec && defaultPmaxSec > 0)
        result.pmaxSec = defaultPmaxSec;
    return result;
}

} // namespace hangar::devicesim
