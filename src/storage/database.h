#pragma once

#include "core/analysis/analysis_settings.h"

#include <SQLiteCpp/Database.h>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace cartera {

// One portfolio file. Opening never overwrites data: a missing, foreign, corrupt, locked or
// newer file is refused with a StorageError that says which.
class Database {
  public:
    enum class OpenMode { OpenExisting, CreateIfMissing, CreateNew };

    static std::unique_ptr<Database> open(const std::string& path,
                                          OpenMode mode = OpenMode::OpenExisting);

    SQLite::Database& sql() { return m_db; }
    const std::string& path() const { return m_path; }

    AnalysisSettings analysisSettings();
    std::optional<std::string> setting(const std::string& key);
    // Validates the value for its key (known keys only) and stores it.
    void setSetting(const std::string& key, const std::string& value);
    // Several settings at once, checked together, in one transaction.
    void setSettings(const std::vector<std::pair<std::string, std::string>>& values);
    static std::vector<std::string> settingKeys();
    std::vector<std::pair<std::string, std::string>> allSettings();

    // Runs fn in one transaction (a savepoint, so that writes may nest) and turns SQLite
    // failures into worded StorageErrors.
    template <typename Fn> auto write(Fn&& fn);

  private:
    Database(const std::string& path, int flags);
    static void validateSetting(const std::string& key, const std::string& value);
    std::string m_path;
    SQLite::Database m_db;
};

// Wraps a SQLite failure (locked, read-only, full disk, corrupt) in words naming the file.
[[noreturn]] void rethrowStorageError(const std::string& path, const std::exception& e);

std::string nowTimestamp();

// The SQLite library in use, for About boxes.
std::string sqliteVersion();

} // namespace cartera

namespace cartera {

// One level of write(): a uniquely named savepoint that is rolled back *and* released when the
// work throws, so that an outer write sees exactly its own changes.
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

template <typename Fn> auto Database::write(Fn&& fn) {
    try {
        WriteScope scope(m_db);
        if constexpr (std::is_void_v<decltype(fn())>) {
            fn();
            scope.commit();
        } else {
            auto result = fn();
            scope.commit();
            return result;
        }
    } catch (const SQLite::Exception& e) {
        rethrowStorageError(m_path, e);
    }
}

} // namespace cartera
