#include "store/text_search_function.h"

#include "store/sqlite_database.h"

#include <sqlite3.h>

#include <cstring>

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

} // namespace

Expected<void> registerTextSearchFunction(Database& database)
{
    const int rc = sqlite3_create_function_v2(
        database.handle(), kContainsFunction, 2,
        SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr, contains, nullptr,
        nullptr, nullptr);
    if (rc != SQLITE_OK)
        return std::unexpected(database.error("registering the text search function", rc));
    return {};
}

} // namespace hangar::store
