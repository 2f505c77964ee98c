#pragma once

#include "common/error.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstdint>
#include <optional>
#include <set>
#include <string>

namespace hangar::devicesim {

/// Typed reads from one JSON object of a file that a person wrote. Every failure is an
/// InvalidArgument whose message is "<json path>: <reason>" (e.g. `groups[2].count: expected a
/// whole number from 1 to 100000, found 2.5`), and rejectUnknown() names fields nobody asked for.
class JsonReader
{
public:
    JsonReader(QJsonObject object, std::string path);

    /// The path of a field of this object ("groups[2].count"; "count" at the top).
    std::string pathOf(const char* key) const;
    const std::string& path() const { return m_path; }
    bool has(const char* key) const;

    Expected<std::optional<std::string>> string(const char* key);
    Expected<std::optional<bool>> boolean(const char* key);
    Expected<std::optional<double>> number(const char* key, double min, double max);
    Expected<std::optional<std::int64_t>> integer(const char* key, std::int64_t min, std::int64_t max);
    /// The field as an object reader (its own fields are checked by its own rejectUnknown()).
    Expected<std::optional<JsonReader>> object(const char* key);
    Expected<std::optional<QJsonArray>> array(const char* key);
    /// The raw value, marked as known; Undefined when absent.
    QJsonValue raw(const char* key);

    /// Fails naming the first field none of the reads above asked for.
    Expected<void> rejectUnknown() const;

    /// An error "<path of key>: <reason>".
    Error error(const char* key, const std::string& reason) const;
    /// An error "<this object's path>: <reason>".
    Error error(const std::string& reason) const;
    /// "a string", "2.5", "null", ... for messages.
    static std::string describe(const QJsonValue& value);

private:
    QJsonValue take(const char* key);

    QJsonObject m_object;
    std::string m_path;
    std::set<std::string> m_known;
};

/// "path[index]".
std::string indexPath(const std::string& path, qsizetype index);

} // namespace hangar::devicesim
