#pragma once

#include "store/sqlite_database.h"

namespace hangar::store {

/// Keeps the statements of one read in one snapshot, ending it however the read ends.
class ReadTransaction
{
public:
    explicit ReadTransaction(Database& database) : m_database(database) {}
    ~ReadTransaction()
    {
        if (m_open)
            (void)m_database.exec("COMMIT");
    }
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;

    Expected<void> begin()
    {
        auto begun = m_database.exec("BEGIN");
        m_open = begun.has_value();
        return begun;
    }

private:
    Database& m_database;
    bool m_open = false;
};

} // namespace hangar::store
