#include "store/sqlite_database.h"

#include <sqlite3.h>

#include <cerrno>

namespace hangar::store {

namespace {

ErrorCode errorCodeFor(int resultCode)
{
    switch (resultCode & 0xff) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return ErrorCode::MalformedInput;
    case SQLITE_FULL:
        return ErrorCode::StorageFull;
    case SQLITE_TOOBIG:
        return ErrorCode::LimitExceeded;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return ErrorCode::Timeout;
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_RANGE:
        return ErrorCode::InvalidArgument;
    default:
        return ErrorCode::IoFailure;
    }
}

std::string_view adviceFor(int resultCode)
{
    switch (resultCode & 0xff) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return " The file is not a usable Hangar database: restore it from a backup or move it "
               "away to start empty.";
    case SQLITE_FULL:
        return " Free disk space: writing resumes by itself once there is room.";
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_READONLY:
        return " Check that the data directory exists and is writable by this user.";
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return " Another process holds the database: stop the other Hangar instance.";
    default:
        return "";
    }
}

} // namespace

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

void Statement::bind(int index, std::int64_t number)
{
    const int rc = sqlite3_bind_int64(m_statement, index, number);
    if (rc != SQLITE_OK)
        m_bindError = rc;
}

void Statement::bind(int index, double number)
{
    const int rc = sqlite3_bind_double(m_statement, index, number);
    if (rc != SQLITE_OK)
        m_bindError = rc;
}

void Statement::bind(int index, std::string_view text)
{
    const int rc = sqlite3_bind_text64(m_statement, index, text.data(), text.size(),
                                       SQLITE_TRANSIENT, SQLITE_UTF8);
    if (rc != SQLITE_OK)
        m_bindError = rc;
}

void Statement::bindBlob(int index, const std::vector<std::uint8_t>& bytes)
{
    // A zero-length blob must stay a blob, not NULL: SQLite wants a non-null pointer for that.
    static const std::uint8_t kEmpty = 0;
    const void* data = bytes.empty() ? &kEmpty : bytes.data();
    const int rc = sqlite3_bind_blob64(m_statement, index, data, bytes.size(), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        m_bindError = rc;
}

void Statement::bindNull(int index)
{
    const int rc = sqlite3_bind_null(m_statement, index);
    if (rc != SQLITE_OK)
        m_bindError = rc;
}

Expected<bool> Statement::step()
{
    if (m_bindError != SQLITE_OK) {
        return std::unexpected(m_database.error(
            std::string("binding parameters of \"") + sqlite3_sql(m_statement) + "\"", m_bindError));
    }
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return std::unexpected(
        m_database.error(std::string("running \"") + sqlite3_sql(m_statement) + "\"", rc));
}

Expected<void> Statement::run()
{
    while (true) {
        auto row = step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return {};
    }
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

std::int64_t Statement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

std::string Statement::text(int column) const
{
    const auto* data = sqlite3_column_text(m_statement, column);
    const int size = sqlite3_column_bytes(m_statement, column);
    if (data == nullptr)
        return {};
    return std::string(reinterpret_cast<const char*>(data), static_cast<std::size_t>(size));
}

std::vector<std::uint8_t> Statement::blob(int column) const
{
    const auto* data = static_cast<const std::uint8_t*>(sqlite3_column_blob(m_statement, column));
    const int size = sqlite3_column_bytes(m_statement, column);
    if (data == nullptr)
        return {};
    return std::vector<std::uint8_t>(data, data + size);
}

int Statement::columnType(int column) const
{
    return sqlite3_column_type(m_statement, column);
}

void Statement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_bindError = SQLITE_OK;
}

Expected<std::unique_ptr<Database>> Database::open(const std::string& path, Mode mode)
{
    const int flags = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE)
                      | SQLITE_OPEN_NOMUTEX;
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
    std::unique_ptr<Database> database(new Database(db, path));
    if (rc != SQLITE_OK)
        return std::unexpected(database->error("opening the database", rc));
    sqlite3_extended_result_codes(db, 1);
    // Readers may meet a checkpoint in progress; the writer may meet a reader resetting the WAL.
    sqlite3_busy_timeout(db, 5000);
    return database;
}

Database::~Database()
{
    m_statements.clear();
    sqlite3_close(m_db);
}

Expected<void> Database::exec(const std::string& sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        return std::unexpected(error("running \"" + sql.substr(0, 60) + "\"", rc));
    return {};
}

Expected<Statement*> Database::prepare(const std::string& sql)
{
    if (auto found = m_statements.find(sql); found != m_statements.end())
        return found->second.get();
    sqlite3_stmt* raw = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql.c_str(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &raw, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(raw);
        return std::unexpected(error("preparing \"" + sql + "\"", rc));
    }
    auto& slot = m_statements[sql];
    slot = std::make_unique<Statement>(*this, raw);
    return slot.get();
}

Expected<std::int64_t> Database::queryInt(const std::string& sql)
{
    auto statement = prepare(sql);
    if (!statement)
        return std::unexpected(statement.error());
    StatementUse use(**statement);
    auto row = use->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? use->int64(0) : 0;
}

Expected<std::string> Database::queryText(const std::string& sql)
{
    auto statement = prepare(sql);
    if (!statement)
        return std::unexpected(statement.error());
    StatementUse use(**statement);
    auto row = use->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? use->text(0) : std::string();
}

Error Database::error(std::string_view what, int resultCode) const
{
    std::string message = "SQLite: " + std::string(what) + " failed on \"" + m_path + "\": ";
    message += m_db != nullptr ? sqlite3_errmsg(m_db) : sqlite3_errstr(resultCode);
    message += " (code " + std::to_string(resultCode) + ").";
    // Some writes (the WAL index, a truncate) report a full disk as an I/O error; the
    // operating system's errno tells them apart.
    const bool diskFull = (resultCode & 0xff) == SQLITE_IOERR && m_db != nullptr &&
                          sqlite3_system_errno(m_db) == ENOSPC;
    message += adviceFor(diskFull ? SQLITE_FULL : resultCode);
    return Error(diskFull ? ErrorCode::StorageFull : errorCodeFor(resultCode), std::move(message));
}

} // namespace hangar::store
