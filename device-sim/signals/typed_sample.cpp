#include "signals/typed_sample.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace hangar::devicesim {

namespace {

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

std::optional<double> number(std::string_view text)
{
    text = trimmed(text);
    double value = 0.0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

} // namespace

std::optional<NumericRange> numericRange(std::string_view rangeEnumeration)
{
    const auto dots = rangeEnumeration.find("..");
    if (dots == std::string_view::npos)
        return std::nullopt;
    const auto low = number(rangeEnumeration.substr(0, dots));
    const auto high = number(rangeEnumeration.substr(dots + 2));
    if (!low || !high || *low > *high)
        return std::nullopt;
    return NumericRange{*low, *high};
}

lwm2m::Value typedSample(double sample, const lwm2m::ResourceModel* model)
{
    if (model == nullptr)
        return lwm2m::Value::floating(sample);
    if (const auto range = numericRange(model->rangeEnumeration))
        sample = std::clamp(sample, range->low, range->high);
    switch (model->type) {
    case lwm2m::ResourceType::Integer:
        return lwm2m::Value::integer(std::llround(sample));
    case lwm2m::ResourceType::UnsignedInteger:
        return lwm2m::Value::unsignedInteger(static_cast<std::uint64_t>(std::max<long long>(std::llround(sample), 0)));
    case lwm2m::ResourceType::Time:
        return lwm2m::Value::time(std::llround(sample));
    case lwm2m::ResourceType::Boolean:
        return lwm2m::Value::boolean(sample >= 0.5);
    default:
        return lwm2m::Value::floating(sample);
    }
}

} // namespace hangar::devicesim
