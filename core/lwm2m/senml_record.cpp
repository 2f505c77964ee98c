#include "lwm2m/senml_record.h"

#include "lwm2m/codec.h"
#include "lwm2m/codec_support.h"

#include <cmath>
#include <limits>

namespace hangar::lwm2m {

SenmlField senmlFieldFromKey(std::string_view key)
{
    if (key == "bn")
        return SenmlField::BaseName;
    if (key == "bt")
        return SenmlField::BaseTime;
    if (key == "n")
        return SenmlField::Name;
    if (key == "t")
        return SenmlField::Time;
    if (key == "v")
        return SenmlField::NumberValue;
    if (key == "vs")
        return SenmlField::StringValue;
    if (key == "vb")
        return SenmlField::BooleanValue;
    if (key == "vd")
        return SenmlField::DataValue;
    if (key == "vlo")
        return SenmlField::ObjectLinkValue;
    if (key == "bver" || key == "bu" || key == "u" || key == "ut")
        return SenmlField::Ignored;
    if (key == "bv" || key == "bs" || key == "s")
        return SenmlField::Unsupported;
    if (!key.empty() && key.back() == '_')
        return SenmlField::MustUnderstand;
    return SenmlField::Unknown;
}

SenmlField senmlFieldFromLabel(std::int64_t label)
{
    switch (label) {
    case -2:
        return SenmlField::BaseName;
    case -3:
        return SenmlField::BaseTime;
    case 0:
        return SenmlField::Name;
    case 6:
        return SenmlField::Time;
    case 2:
        return SenmlField::NumberValue;
    case 3:
        return SenmlField::StringValue;
    case 4:
        return SenmlField::BooleanValue;
    case 8:
        return SenmlField::DataValue;
    case -1: // bver
    case -4: // bu
    case 1:  // u
    case 7:  // ut
        return SenmlField::Ignored;
    case -5: // bv
    case -6: // bs
    case 5:  // s
        return SenmlField::Unsupported;
    default:
        // RFC 8428 marks must-understand extensions by a trailing '_' in the name; an integer
        // label has no name, so unknown labels are ignored.
        return SenmlField::Unknown;
    }
}

Expected<void> setRecordValue(SenmlRecord& record, Value value, std::size_t index,
                              std::string_view format)
{
    if (!record.value.isNone())
        return fail(ErrorCode::MalformedInput,
                    std::string(format) + " record " + std::to_string(index) +
                        " holds more than one value field; a record carries exactly one of v, "
                        "vs, vb, vd, vlo");
    record.value = std::move(value);
    return {};
}

Value senmlNumber(double number)
{
    // Strictly below 2^63: the double 2^63 itself does not fit an int64.
    constexpr double kInt64High = 9223372036854775808.0;
    if (std::isfinite(number) && std::trunc(number) == number && number >= -kInt64High &&
        number < kInt64High)
        return Value::integer(static_cast<std::int64_t>(number));
    return Value::floating(number);
}

Value senmlNumber(std::int64_t number)
{
    return Value::integer(number);
}

Value senmlNumber(std::uint64_t number)
{
    if (number <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
        return Value::integer(static_cast<std::int64_t>(number));
    return Value::unsignedInteger(number);
}

namespace {

std::optional<std::uint16_t> parseLinkId(std::string_view text)
{
    if (text.empty() || text.size() > 5)
        return std::nullopt;
    std::uint32_t value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + static_cast<std::uint32_t>(c - '0');
    }
    if (value > 65535)
        return std::nullopt;
    return static_cast<std::uint16_t>(value);
}

} // namespace

Expected<ObjectLink> parseObjectLink(std::string_view text)
{
    const std::size_t colon = text.find(':');
    const auto objectId = parseLinkId(text.substr(0, colon));
    const auto instanceId = colon == std::string_view::npos
                                ? std::nullopt
                                : parseLinkId(text.substr(colon + 1));
    if (!objectId || !instanceId)
        return fail(ErrorCode::MalformedInput,
                    "'" + std::string(text.substr(0, 40)) +
                        "' is not an object link; expected objectId:instanceId such as 3:0");
    return ObjectLink{*objectId, *instanceId};
}

std::string objectLinkText(ObjectLink link)
{
    return std::to_string(link.objectId) + ":" + std::to_string(link.instanceId);
}

SenmlResolver::SenmlResolver(const LwM2mPath& requestPath, const ObjectRegistry& models,
                             std::string_view format, bool base64Strings)
    : m_requestPath(requestPath), m_models(models), m_format(format), m_base64Strings(base64Strings)
{
}

namespace {

std::string_view keyFor(ResourceType sent)
{
    switch (sent) {
    case ResourceType::Integer:
    case ResourceType::UnsignedInteger:
    case ResourceType::Float:
        return "a number (v)";
    case ResourceType::String:
        return "a string (vs)";
    case ResourceType::Boolean:
        return "a boolean (vb)";
    case ResourceType::Opaque:
        return "data (vd)";
    case ResourceType::ObjectLink:
        return "an object link (vlo)";
    default:
        return "a value";
    }
}

bool isNumber(ResourceType type)
{
    return type == ResourceType::Integer || type == ResourceType::UnsignedInteger ||
           type == ResourceType::Float || type == ResourceType::Time;
}

// Which model types a value field may fill. Stricter than Value::convertedTo on purpose: a "v"
// of 1 for a Boolean or a "vs" for an Opaque resource is a sender bug worth reporting.
bool fieldFits(ResourceType sent, ResourceType model)
{
    switch (sent) {
    case ResourceType::Integer:
    case ResourceType::UnsignedInteger:
    case ResourceType::Float:
        return isNumber(model);
    case ResourceType::String:
        return model == ResourceType::String || model == ResourceType::CoreLink;
    default:
        return sent == model;
    }
}

} // namespace

Expected<Value> SenmlResolver::typed(const LwM2mPath& path, const Value& value) const
{
    const ResourceType model = modelType(m_models, path);
    if (model == ResourceType::None)
        return value;
    if (m_base64Strings && model == ResourceType::Opaque && value.type() == ResourceType::String) {
        auto bytes = fromBase64(value.asString());
        if (!bytes)
            return fail(ErrorCode::TypeMismatch, path.toString() + " is Opaque: " +
                                                     bytes.error().message);
        return Value::opaque(std::move(*bytes));
    }
    if (!fieldFits(value.type(), model))
        return fail(ErrorCode::TypeMismatch, path.toString() + " is a " +
                                                 std::string(resourceTypeName(model)) +
                                                 " resource but carries " +
                                                 std::string(keyFor(value.type())));
    return typedForPath(m_models, path, value);
}

Expected<void> SenmlResolver::add(const SenmlRecord& record)
{
    const std::string where = m_format + " record " + std::to_string(m_index);
    if (m_values.size() >= limits::kMaxEntries)
        return fail(ErrorCode::LimitExceeded, m_format + " payload holds more than " +
                                                  std::to_string(limits::kMaxEntries) + " records");
    if (record.baseName)
        m_baseName = *record.baseName;
    if (record.baseTime)
        m_baseTime = *record.baseTime;

    const std::string name = m_baseName + record.name.value_or(std::string());
    if (name.empty())
        return fail(ErrorCode::MalformedInput,
                    where + " has no name: neither it nor an earlier record gives bn or n");
    auto path = LwM2mPath::parse(name);
    if (!path)
        return fail(ErrorCode::MalformedInput, where + ": name '" + name.substr(0, 64) +
                                                   "' is not an LwM2M path (" +
                                                   path.error().message + ")");
    if (record.value.isNone())
        return fail(ErrorCode::MalformedInput,
                    where + " (" + path->toString() +
                        ") carries no value; every record of a response or write needs one of "
                        "v, vs, vb, vd, vlo");
    if (path->depth() < 3)
        return fail(ErrorCode::MalformedInput,
                    where + " gives a value to " + path->toString() +
                        ", which is not a resource; values belong to /object/instance/resource");

    auto value = typed(*path, record.value);
    if (!value)
        return fail(value.error().code, where + ": " + value.error().message);

    PathValue entry{*path, std::move(*value), std::nullopt};
    if (m_baseTime || record.time) {
        const double time = m_baseTime.value_or(0.0) + record.time.value_or(0.0);
        if (!std::isfinite(time))
            return fail(ErrorCode::MalformedInput, where + " has a time that is not finite");
        entry.timeSec = time;
    }
    m_values.push_back(std::move(entry));
    ++m_index;
    return {};
}

Expected<PathValues> SenmlResolver::finish()
{
    auto finished = finishDecoded(std::move(m_values), m_requestPath);
    if (!finished)
        return fail(finished.error().code, m_format + ": " + finished.error().message);
    return finished;
}

double absoluteSenmlTime(double resolvedSec, double receivedSec)
{
    constexpr double kRelativeBelow = 268435456.0; // 2^28
    return resolvedSec < kRelativeBelow ? receivedSec + resolvedSec : resolvedSec;
}

Expected<std::vector<SenmlOutRecord>> planSenmlRecords(const LwM2mPath& requestPath,
                                                       const PathValues& values,
                                                       const ObjectRegistry& models)
{
    if (auto checked = checkEncodable(values, requestPath); !checked)
        return std::unexpected(checked.error());

    bool anyBelow = false;
    for (const PathValue& entry : values)
        anyBelow = anyBelow || entry.path != requestPath;
    std::string base = requestPath.toString();
    if (anyBelow && !requestPath.isRoot())
        base += '/';

    std::vector<SenmlOutRecord> records;
    records.reserve(values.size());
    for (const PathValue& entry : values) {
        if (entry.value.isNone())
            return fail(ErrorCode::InvalidArgument,
                        "cannot encode " + entry.path.toString() + ": it has no value");
        auto value = typedForPath(models, entry.path, entry.value);
        if (!value)
            return fail(ErrorCode::InvalidArgument, "cannot encode " + value.error().message);
        SenmlOutRecord record;
        record.path = entry.path;
        if (records.empty())
            record.baseName = base;
        if (entry.path != requestPath)
            record.name = entry.path.toString().substr(base.size());
        record.value = std::move(*value);
        record.timeSec = entry.timeSec;
        records.push_back(std::move(record));
    }
    return records;
}

} // namespace hangar::lwm2m
