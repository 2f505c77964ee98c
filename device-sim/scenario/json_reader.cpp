#include "scenario/json_reader.h"

#include <cmath>
#include <sstream>

namespace hangar::devicesim {
namespace {

std::string numberText(double value)
{
    std::ostringstream text;
    text << value;
    return text.str();
}

} // namespace

JsonReader::JsonReader(QJsonObject object, std::string path) : m_object(std::move(object)), m_path(std::move(path)) {}

std::string JsonReader::pathOf(const char* key) const
{
    return m_path.empty() ? std::string(key) : m_path + "." + key;
}

bool JsonReader::has(const char* key) const
{
    return m_object.contains(QLatin1String(key));
}

QJsonValue JsonReader::take(const char* key)
{
    m_known.insert(key);
    return m_object.value(QLatin1String(key));
}

QJsonValue JsonReader::raw(const char* key)
{
    return take(key);
}

Error JsonReader::error(const char* key, const std::string& reason) const
{
    return Error(ErrorCode::InvalidArgument, pathOf(key) + ": " + reason);
}

Error JsonReader::error(const std::string& reason) const
{
    return Error(ErrorCode::InvalidArgument, (m_path.empty() ? std::string("(top level)") : m_path) + ": " + reason);
}

std::string JsonReader::describe(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return "null";
    case QJsonValue::Bool:
        return value.toBool() ? "true" : "false";
    case QJsonValue::Double:
        return numberText(value.toDouble());
    case QJsonValue::String:
        return "the string \"" + value.toString().left(40).toStdString() + "\"";
    case QJsonValue::Array:
        return "an array";
    case QJsonValue::Object:
        return "an object";
    case QJsonValue::Undefined:
        break;
    }
    return "nothing";
}

Expected<std::optional<std::string>> JsonReader::string(const char* key)
{
    const QJsonValue value = take(key);
    if (value.isUndefined())
        return std::optional<std::string>();
    if (!value.isString())
        return std::unexpected(error(key, "expected a string, found " + describe(value)));
    return std::optional<std::string>(value.toString().toStdString());
}

Expected<std::optional<bool>> JsonReader::boolean(const char* key)
{
    const QJsonValue value = take(key);
    if (value.isUndefined())
        return std::optional<bool>();
    if (!value.isBool())
        return std::unexpected(error(key, "expected true or false, found " + describe(value)));
    return std::optional<bool>(value.toBool());
}

Expected<std::optional<double>> JsonReader::number(const char* key, double min, double max)
{
    const QJsonValue value = take(key);
    if (value.isUndefined())
        return std::optional<double>();
    if (!value.isDouble() || !std::isfinite(value.toDouble()) || value.toDouble() < min || value.toDouble() > max)
        return std::unexpected(error(key, "expected a number from " + numberText(min) + " to " + numberText(max) +
                                              ", found " + describe(value)));
    return std::optional<double>(value.toDouble());
}

Expected<std::optional<std::int64_t>> JsonReader::integer(const char* key, std::int64_t min, std::int64_t max)
{
    const QJsonValue value = take(key);
    if (value.isUndefined())
        return std::optional<std::int64_t>();
    const double number = value.toDouble();
    if (!value.isDouble() || !std::isfinite(number) || std::floor(number) != number ||
        number < static_cast<double>(min) || number > static_cast<double>(max))
        return std::unexpected(error(key, "expected a whole number from " + std::to_string(min) + " to " +
                                              std::to_string(max) + ", found " + describe(value)));
    return std::optional<std::int64_t>(static_cast<std::int64_t>(number));
}

Expected<std::optional<JsonReader>> JsonReader::object(const char* key)
{
    const QJsonValue value = take(key);
    if (value.isUndefined())
        return std::optional<JsonReader>();
    if (!value.isObject())
        return std::unexpected(error(key, "expected an object {...}, found " + describe(value)));
    return std::optional<JsonReader>(JsonReader(value.toObject(), pathOf(key)));
}

Expected<std::optional<QJsonArray>> JsonReader::array(const char* key)
{
    const QJsonValue value = take(key);
    if (value.isUndefined())
        return std::optional<QJsonArray>();
    if (!value.isArray())
        return std::unexpected(error(key, "expected an array [...], found " + describe(value)));
    return std::optional<QJsonArray>(value.toArray());
}

Expected<void> JsonReader::rejectUnknown() const
{
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        const std::string key = it.key().toStdString();
        if (m_known.contains(key))
            continue;
        std::string allowed;
        for (const std::string& known : m_known)
            allowed += (allowed.empty() ? "" : ", ") + known;
        return std::unexpected(error(key.c_str(), "unknown field; the fields allowed here are " + allowed));
    }
    return {};
}

std::string indexPath(const std::string& path, qsizetype index)
{
    return path + "[" + std::to_string(index) + "]";
}

} // namespace hangar::devicesim
