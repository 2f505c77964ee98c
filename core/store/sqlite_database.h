#pragma once

#include "common/error.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace hangar::store {

class Database;

/// A prepared statement owned by a Database's cache. Use it through a StatementUse.
class Statement
{
public:
    Statement(Database& database, sqlite3_stmt* statement) : m_database(database), m_statement(statement) {}
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    void bind(int index, std::int64_t number);
    void bind(int index, double number);
    void bind(int index, std::string_view text);
    void bindBlob(int index, const std::vector<std::uint8_t>& bytes);
    void bindNull(int index);

    /// Runs one step: true when a row is available, false when done.
    Expected<bool> step();
    /// Steps until done (for statements that return no rows).
    Expected<void> run();

    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    double real(int column) const;
    std::string text(int column) const;
    std::vector<std::uint8_t> blob(int column) const;
    /// SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB or SQLITE_NULL.
    int columnType(int column) const;

    /// Resets the statement and clears its bindings, ready for the next use.
    void reset();

private:
    Database& m_database;
    sqlite3_stmt* m_statement = nullptr;
    int m_bindError = 0;
};

/// Resets a cached statement when the use ends, so no read transaction stays open.
class StatementUse
{
public:
    explicit StatementUse(Statement& statement) : m_statement(&statement) {}
    ~StatementUse() { m_statement->reset(); }
    StatementUse(const StatementUse&) = delete;
    StatementUse& operator=(const StatementUse&) = delete;
    Statement* operator->() const { return m_statement; }
    Statement& operator*() const { return *m_statement; }

private:
    Statement* m_statement;
};

/// One SQLite connection with a cache of prepared statements. Not thread-safe: one thread at
/// a time uses a connection.
class Database
{
public:
    enum class Mode : std::uint8_t {
        ReadWrite = 1, ///< the file must exist (the store creates it with mode 0600 first)
        ReadOnly,
    };

    static Expected<std::unique_ptr<Database>> open(const std::string& path, Mode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Runs one or more statements that return no rows.
    Expected<void> exec(const std::string& sql);
    /// The cached prepared statement for `sql`, preparing it on first use.
    Expected<Statement*> prepare(const std::string& sql);
    /// The single integer a query like "PRAGMA user_version" returns.
    Expected<std::int64_t> queryInt(const std::string& sql);
    /// The single text a query like "PRAGMA integrity_check" returns.
    Expected<std::string> queryText(const std::string& sql);

    /// An Error naming what failed, the file, SQLite's message and result code.
    Error error(std::string_view what, int resultCode) const;
    const std::string& path() const { return m_path; }
    sqlite3* handle() const { return m_db; }

private:
    Database(sqlite3* db, std::string path) : m_db(db), m_path(std::move(path)) {}

    sqlite3* m_db = nullptr;
    std::string m_path;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_statements;
};

} // namespace hangar::store
