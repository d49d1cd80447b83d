#pragma once

#include "storage/database.h"

#include <SQLiteCpp/Database.h>
#include <string>

// The storage layer's own view of a Database: the SQLite connection behind it. Nothing
// outside src/storage (and its tests) includes this; scripts/check-sources enforces it.

namespace cartera {

struct Database::Connection {
    SQLite::Database sql;
};

inline SQLite::Database& sqlOf(Database& db) {
    return db.connection().sql;
}

// One level of Database::write(): a uniquely named savepoint that is rolled back *and* released
// when the work throws, so that an outer write sees exactly its own changes.
class WriteScope {
  public:
    explicit WriteScope(SQLite::Database& db);
    ~WriteScope();
    void commit();

  private:
    SQLite::Database& m_db;
    std::string m_name;
    bool m_outermost = false;
    bool m_done = false;
};

} // namespace cartera
