#include "store/text_search_function.h"

#include "store/device_tags.h"
#include "store/sqlite_database.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <string_view>
#include <utility>

namespace hangar::store {

namespace {

void contains(sqlite3_context* context, int argc, sqlite3_value** argv)
{
    if (argc != 2 || sqlite3_value_type(argv[0]) == SQLITE_NULL
        || sqlite3_value_type(argv[1]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const void* haystack = sqlite3_value_text(argv[0]);
    const auto haystackSize = static_cast<std::size_t>(sqlite3_value_bytes(argv[0]));
    const void* needle = sqlite3_value_text(argv[1]);
    const auto needleSize = static_cast<std::size_t>(sqlite3_value_bytes(argv[1]));
    const bool found = needleSize == 0
                       || (haystack != nullptr && needle != nullptr
                           && ::memmem(haystack, haystackSize, needle, needleSize) != nullptr);
    sqlite3_result_int(context, found ? 1 : 0);
}

bool listsTag(std::string_view text, std::string_view tag)
{
    // Tags follow the base fields, each after a kTagSeparator; the base never contains one.
    std::size_t at = text.find(kTagSeparator);
    while (at != std::string_view::npos) {
        const std::size_t end = std::min(text.find(kTagSeparator, at + 1), text.size());
        if (text.substr(at + 1, end - at - 1) == tag)
            return true;
        at = end < text.size() ? end : std::string_view::npos;
    }
    return false;
}

void hasTag(sqlite3_context* context, int argc, sqlite3_value** argv)
{
    if (argc != 2 || sqlite3_value_type(argv[0]) == SQLITE_NULL
        || sqlite3_value_type(argv[1]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    const auto textSize = static_cast<std::size_t>(sqlite3_value_bytes(argv[0]));
    const auto* tag = reinterpret_cast<const char*>(sqlite3_value_text(argv[1]));
    const auto tagSize = static_cast<std::size_t>(sqlite3_value_bytes(argv[1]));
    const bool found = text != nullptr && tag != nullptr
                       && listsTag(std::string_view(text, textSize), std::string_view(tag, tagSize));
    sqlite3_result_int(context, found ? 1 : 0);
}

} // namespace

Expected<void> registerTextSearchFunction(Database& database)
{
    for (const auto& [name, function] : {std::pair{kContainsFunction, &contains},
                                         std::pair{kHasTagFunction, &hasTag}}) {
        const int rc = sqlite3_create_function_v2(
            database.handle(), name, 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
            nullptr, function, nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK)
            return std::unexpected(database.error("registering the text search functions", rc));
    }
    return {};
}

} // namespace hangar::store
