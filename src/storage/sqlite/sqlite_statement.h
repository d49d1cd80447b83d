#pragma once

#include <memory>
#include <sqlite3.h>
#include <string_view>

namespace cartera {

// A bare prepared statement for the hot loops (bulk import, loading a million rows), where
// SQLiteCpp's per-column objects cost more than the work itself.
class SqliteStatement {
  public:
    SqliteStatement(sqlite3* db, std::string_view sql);

    sqlite3_stmt* get() const { return m_stmt.get(); }
    // SQLITE_ROW or SQLITE_DONE; anything else throws SQLite::Exception.
    int step();
    void reset() { sqlite3_reset(m_stmt.get()); }
    void bindText(int index, std::string_view text) {
        sqlite3_bind_text(m_stmt.get(), index, text.data(), static_cast<int>(text.size()),
                          SQLITE_STATIC);
    }
    void bindInt64(int index, sqlite3_int64 value) {
        sqlite3_bind_int64(m_stmt.get(), index, value);
    }
    void bindNull(int index) { sqlite3_bind_null(m_stmt.get(), index); }
    void bindBlob(int index, const void* data, std::size_t bytes) {
        sqlite3_bind_blob(m_stmt.get(), index, data, static_cast<int>(bytes), SQLITE_STATIC);
    }
    const void* blobAt(int column) const { return sqlite3_column_blob(m_stmt.get(), column); }
    int bytesAt(int column) const { return sqlite3_column_bytes(m_stmt.get(), column); }
    sqlite3_int64 int64At(int column) const { return sqlite3_column_int64(m_stmt.get(), column); }
    std::string_view textAt(int column) const {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt.get(), column));
        return p ? std::string_view(
                       p, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt.get(), column)))
                 : std::string_view{};
    }
    bool isNull(int column) const {
        return sqlite3_column_type(m_stmt.get(), column) == SQLITE_NULL;
    }

  private:
    struct Finalize {
        void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
    };
    sqlite3* m_db;
    std::unique_ptr<sqlite3_stmt, Finalize> m_stmt;
};

} // namespace cartera
