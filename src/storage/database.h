#pragma once

#include "core/analysis/analysis_settings.h"
#include "core/tasks/task_rule_settings.h"
#include "core/value/value_settings.h"

#include <functional>
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
    // Whether connections opened from now on read the file through a memory map. A map saves a
    // command-line report ~10 % of its time; the app turns it off, because the mapped pages of a
    // million customers (300 MB) count as its own while a portfolio loads.
    static void setMapReads(bool map);
    static bool mapReads();

    ~Database();
    const std::string& path() const { return m_path; }
    // The SQLite connection, complete only inside the storage layer (storage/sqlite/).
    struct Connection;
    Connection& connection() { return *m_connection; }

    AnalysisSettings analysisSettings();
    // Throws StorageError when a stored table no longer reads (edited by another program).
    ValueSettings valueSettings();
    TaskRuleSettings taskRuleSettings();
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
    void runInTransaction(const std::function<void()>& work);
    static void validateSetting(const std::string& key, const std::string& value);
    std::string m_path;
    std::unique_ptr<Connection> m_connection;
};

// Wraps a SQLite failure (locked, read-only, full disk, corrupt) in words naming the file.
[[noreturn]] void rethrowStorageError(const std::string& path, const std::exception& e);

std::string nowTimestamp();

// The SQLite library in use, for About boxes.
std::string sqliteVersion();

} // namespace cartera

namespace cartera {

template <typename Fn> auto Database::write(Fn&& fn) {
    using Result = decltype(fn());
    if constexpr (std::is_void_v<Result>) {
        runInTransaction([&] { fn(); });
    } else {
        std::optional<Result> result;
        runInTransaction([&] { result.emplace(fn()); });
        return std::move(*result);
    }
}

} // namespace cartera
