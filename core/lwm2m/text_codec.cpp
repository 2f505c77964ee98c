#include "lwm2m/text_codec.h"

#include "lwm2m/codec.h"
#include "lwm2m/codec_support.h"
#include "lwm2m/tlv_reader.h"

#include <charconv>
#include <limits>
#include <string>
#include <string_view>

namespace hangar::lwm2m {

namespace {

std::unexpected<Error> notA(const LwM2mPath& path, ResourceType type, std::string_view text)
{
    return fail(ErrorCode::TypeMismatch, "text/plain value '" + std::string(text.substr(0, 40)) +
                                             "' for " + path.toString() + " is not a valid " +
                                             std::string(resourceTypeName(type)));
}

bool allDigits(std::string_view text)
{
    return !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
}

// Exact decimal integers only: no sign other than a leading '-', no spaces, no trailing junk.
template <typename Number> std::optional<Number> parseDecimal(std::string_view text)
{
    const std::string_view digits = text.starts_with('-') ? text.substr(1) : text;
    if (!allDigits(digits))
        return std::nullopt;
    Number number{};
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return number;
}

// A decimal number with an optional fraction and exponent; "inf", "nan" and hex are refused.
std::optional<double> parseFloat(std::string_view text)
{
    if (text.empty() || text.find_first_not_of("0123456789.eE+-") != std::string_view::npos ||
        text.starts_with('+'))
        return std::nullopt;
    double number = 0;
    const auto [end, error] =
        std::from_chars(text.data(), text.data() + text.size(), number, std::chars_format::general);
    if (error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return number;
}

std::optional<ObjectLink> parseObjectLink(std::string_view text)
{
    const auto colon = text.find(':');
    if (colon == std::string_view::npos)
        return std::nullopt;
    const std::string_view objectText = text.substr(0, colon);
    const std::string_view instanceText = text.substr(colon + 1);
    if (!allDigits(objectText) || !allDigits(instanceText))
        return std::nullopt;
    const auto objectId = parseDecimal<std::uint16_t>(objectText);
    const auto instanceId = parseDecimal<std::uint16_t>(instanceText);
    if (!objectId || !instanceId)
        return std::nullopt;
    return ObjectLink{*objectId, *instanceId};
}

Expected<Value> parseText(const LwM2mPath& path, ResourceType type, std::string_view text)
{
    switch (type) {
    case ResourceType::None:
    case ResourceType::String:
        return Value::string(std::string(text));
    case ResourceType::CoreLink:
        return Value::coreLink(std::string(text));
    case ResourceType::Integer:
    case ResourceType::Time:
        if (const auto number = parseDecimal<std::int64_t>(text))
            return type == ResourceType::Integer ? Value::integer(*number) : Value::time(*number);
        break;
    case ResourceType::UnsignedInteger:
        if (!text.starts_with('-'))
            if (const auto number = parseDecimal<std::uint64_t>(text))
                return Value::unsignedInteger(*number);
        break;
    case ResourceType::Float:
        if (const auto number = parseFloat(text))
            return Value::floating(*number);
        break;
    case ResourceType::Boolean:
        if (text == "0" || text == "1")
            return Value::boolean(text == "1");
        break;
    case ResourceType::ObjectLink:
        if (const auto link = parseObjectLink(text))
            return Value::objectLink(*link);
        break;
    case ResourceType::Opaque: {
        auto bytes = fromBase64(text);
        if (!bytes)
            return fail(ErrorCode::TypeMismatch,
                        "text/plain value for " + path.toString() + ": " + bytes.error().message);
        return Value::opaque(std::move(*bytes));
    }
    }
    return notA(path, type, text);
}

Expected<void> checkSingleValuePath(const LwM2mPath& path, const ObjectRegistry& models,
                                    const char* action)
{
    if (path.depth() < 3)
        return fail(ErrorCode::Unsupported,
                    std::string("text/plain cannot ") + action + " " + path.toString() +
                        ": it carries one resource value; use TLV or SenML for instances");
    if (path.isResource() && modelSaysMultiple(models, path, false))
        return fail(ErrorCode::Unsupported, std::string("text/plain cannot ") + action +
                                                " the multiple resource " + path.toString() +
                                                "; address one instance (" + path.toString() +
                                                "/0) or use TLV or SenML");
    return {};
}

} // namespace

Expected<PathValues> decodeText(std::span<const std::uint8_t> payload, const LwM2mPath& requestPath,
                                const ObjectRegistry& models)
{
    if (auto checked = checkSingleValuePath(requestPath, models, "carry"); !checked)
        return std::unexpected(checked.error());
    if (payload.size() > limits::kMaxPayloadBytes)
        return fail(ErrorCode::LimitExceeded, "text/plain payload of " +
                                                  std::to_string(payload.size()) +
                                                  " bytes is over "
                                                  "the limit");
    if (!tlv::isValidUtf8(payload))
        return fail(ErrorCode::MalformedInput,
                    "text/plain payload for " + requestPath.toString() + " is not valid UTF-8");
    const std::string_view text(reinterpret_cast<const char*>(payload.data()), payload.size());
    auto value = parseText(requestPath, modelType(models, requestPath), text);
    if (!value)
        return std::unexpected(value.error());
    return finishDecoded(PathValues{PathValue{requestPath, std::move(*value), std::nullopt}},
                         requestPath);
}

Expected<Bytes> encodeText(const LwM2mPath& requestPath, const PathValues& values,
                           const ObjectRegistry& models)
{
    if (auto checked = checkSingleValuePath(requestPath, models, "encode"); !checked)
        return std::unexpected(checked.error());
    if (auto checked = checkEncodable(values, requestPath); !checked)
        return std::unexpected(checked.error());
    if (values.size() != 1 || values.front().path != requestPath)
        return fail(ErrorCode::InvalidArgument,
                    "text/plain for " + requestPath.toString() +
                        " carries exactly one value at that path, got " +
                        std::to_string(values.size()) + " value(s)");
    auto typed = typedForPath(models, requestPath, values.front().value);
    if (!typed)
        return std::unexpected(typed.error());
    if (typed->isNone())
        return fail(ErrorCode::InvalidArgument,
                    "cannot encode an untyped value for " + requestPath.toString());
    const std::string text = typed->toText();
    return Bytes(text.begin(), text.end());
}

} // namespace hangar::lwm2m
