#include "engine/registration_query.h"

#include "lwm2m/endpoint_name.h"

#include <charconv>
#include <string_view>

namespace hangar::engine {

namespace {

bool allDigits(std::string_view text)
{
    if (text.empty())
        return false;
    for (const char c : text)
        if (c < '0' || c > '9')
            return false;
    return true;
}

template <typename T>
Expected<void> setOnce(std::optional<T>& field, T value, std::string_view name)
{
    if (field)
        return fail(ErrorCode::MalformedInput, "registration query repeats '" + std::string(name) +
                                                   "'; send each parameter once");
    field = std::move(value);
    return {};
}

} // namespace

Expected<RegistrationQuery> parseRegistrationQuery(const std::vector<std::string>& items)
{
    RegistrationQuery query;
    bool sawQ = false;
    for (const std::string& item : items) {
        const std::size_t equals = item.find('=');
        const std::string_view name = std::string_view(item).substr(0, equals);
        const std::string_view value =
            equals == std::string::npos ? std::string_view() : std::string_view(item).substr(equals + 1);
        if (name == "ep") {
            if (auto valid = lwm2m::checkEndpointName(value); !valid)
                return fail(ErrorCode::MalformedInput,
                            "registration query 'ep': " + valid.error().message +
                                " (names are 1 to 255 bytes of UTF-8 text)");
            if (auto set = setOnce(query.endpoint, std::string(value), name); !set)
                return std::unexpected(set.error());
        } else if (name == "lt") {
            std::int64_t lifetime = 0;
            const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), lifetime);
            if (!allDigits(value) || error != std::errc() || end != value.data() + value.size() ||
                lifetime <= 0 || lifetime > 0xFFFFFFFFLL)
                return fail(ErrorCode::MalformedInput, "registration query 'lt=" + std::string(value) +
                                                           "' is not a lifetime in seconds (1 to 4294967295)");
            if (auto set = setOnce(query.lifetimeSec, lifetime, name); !set)
                return std::unexpected(set.error());
        } else if (name == "lwm2m") {
            if (auto set = setOnce(query.lwm2mVersion, std::string(value), name); !set)
                return std::unexpected(set.error());
        } else if (name == "b") {
            if (value.empty() || value.size() > 8 || value.find_first_not_of("USTNQ") != std::string_view::npos)
                return fail(ErrorCode::MalformedInput, "registration query 'b=" + std::string(value) +
                                                           "' is not a binding (letters U, S, T, N, Q)");
            if (auto set = setOnce(query.binding, std::string(value), name); !set)
                return std::unexpected(set.error());
            if (value.find('Q') != std::string_view::npos)
                query.queueMode = true;
        } else if (name == "Q") {
            if (sawQ)
                return fail(ErrorCode::MalformedInput, "registration query repeats 'Q'; send it once");
            sawQ = true;
            query.queueMode = true;
        }
    }
    return query;
}

VersionSupport checkLwm2mVersion(const std::string& version)
{
    const std::size_t dot = version.find('.');
    if (dot == std::string::npos || !allDigits(std::string_view(version).substr(0, dot)) ||
        !allDigits(std::string_view(version).substr(dot + 1)) || version.size() > 9)
        return VersionSupport::Malformed;
    if (version == "1.0" || version == "1.1")
        return VersionSupport::Supported;
    return VersionSupport::Unsupported;
}

} // namespace hangar::engine
