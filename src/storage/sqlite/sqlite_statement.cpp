#include "storage/sqlite/sqlite_statement.h"

#include <SQLiteCpp/Exception.h>

namespace cartera {

SqliteStatement::SqliteStatement(sqlite3* db, std::string_view sql) : m_db(db) {
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK)
        throw SQLite::Exception(db, rc);
    m_stmt.reset(stmt);
}

int SqliteStatement::step() {
    const int rc = sqlite3_step(m_stmt.get());
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        throw SQLite::Exception(m_db, rc);
    return rc;
}

} // namespace cartera
