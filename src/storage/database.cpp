#include "storage/database.h"

#include "storage/sqlite/connection.h"
#include "storage/sqlite/schema_migrations.h"
#include "storage/storage_error.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fmt/chrono.h>
#include <fmt/format.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cartera {

namespace {

constexpr int kApplicationId = 0x43415254; // "CART"

std::atomic_bool g_mapReads{true};

struct SettingRule {
    const char* key;
    const char* defaultValue;
    int minimum;
    int maximum;
};

// Integer settings with their defaults and bounds; text settings are checked apart.
constexpr SettingRule kIntegerSettings[] = {
    {"adolescent_from_months", "12", 1, 1200},   {"mature_from_months", "24", 1, 1200},
    {"veteran_from_months", "60", 1, 1200},      {"at_risk_after_days", "180", 1, 36500},
    {"lost_after_days", "365", 1, 36500},        {"cadence_factor", "3", 1, 100},
    {"cadence_min_purchase_days", "3", 2, 1000}, {"minor_digits", "2", 0, 4},
    {"clv_horizon_months", "24", 1, 120},        {"clv_monthly_discount_bp", "100", 0, 10000},
};

// Tables kept as text; "default" puts the built-in table back.
constexpr const char* kTableSettings[] = {"rfm_segments", "reward_tiers"};

bool isTableSetting(const std::string& key) {
    return std::find(std::begin(kTableSettings), std::end(kTableSettings), key) !=
           std::end(kTableSettings);
}

std::optional<int> toInt(const std::string& text) {
    int v = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return v;
}

void createOwnerOnly(const std::string& path) {
    const int fd = ::open(path.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0)
        throw StorageError(ErrorKind::PortfolioNotCreated, path, std::strerror(errno));
    ::close(fd);
}

} // namespace

WriteScope::WriteScope(SQLite::Database& db) : m_db(db) {
    // The outermost level takes the write lock at once: a deferred transaction that later
    // wants to write fails at once on a busy file, whereas BEGIN IMMEDIATE waits out the busy
    // timeout. Inner levels nest as savepoints.
    m_outermost = sqlite3_get_autocommit(m_db.getHandle()) != 0;
    if (m_outermost) {
        m_db.exec("BEGIN IMMEDIATE");
        return;
    }
    static std::atomic<std::uint64_t> counter{0};
    m_name = fmt::format("cartera_write_{}", ++counter);
    m_db.exec("SAVEPOINT " + m_name);
}

WriteScope::~WriteScope() {
    if (m_done)
        return;
    try {
        if (m_outermost) {
            m_db.exec("ROLLBACK");
        } else {
            m_db.exec("ROLLBACK TO SAVEPOINT " + m_name);
            m_db.exec("RELEASE SAVEPOINT " + m_name);
        }
    } catch (...) {
        // Nothing more can be done in a destructor; SQLite rolls back on close.
    }
}

void WriteScope::commit() {
    m_db.exec(m_outermost ? std::string("COMMIT") : "RELEASE SAVEPOINT " + m_name);
    m_done = true;
}

std::string sqliteVersion() {
    return sqlite3_libversion();
}

std::string nowTimestamp() {
    return fmt::format("{:%Y-%m-%dT%H:%M:%SZ}",
                       std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
}

void rethrowStorageError(const std::string& path, const std::exception& e) {
    if (const auto* s = dynamic_cast<const SQLite::Exception*>(&e)) {
        switch (s->getErrorCode()) {
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            throw StorageError(ErrorKind::PortfolioLocked, path);
        case SQLITE_READONLY:
            throw StorageError(ErrorKind::PortfolioReadOnly, path);
        case SQLITE_FULL:
            throw StorageError(ErrorKind::DiskFull, path);
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB:
            throw StorageError(ErrorKind::PortfolioDamaged, path, s->what());
        case SQLITE_CANTOPEN:
            throw StorageError(ErrorKind::PortfolioNotOpened, path, s->what());
        default:
            break;
        }
        throw StorageError(ErrorKind::PortfolioFailed, path, s->what());
    }
    throw StorageError(ErrorKind::PortfolioFailed, path, e.what());
}

Database::Database(const std::string& path, int flags)
    : m_path(path),
      m_connection(std::make_unique<Connection>(SQLite::Database(path, flags, 5000))) {}

Database::~Database() = default;

void Database::runInTransaction(const std::function<void()>& work) {
    try {
        WriteScope scope(m_connection->sql);
        work();
        scope.commit();
    } catch (const SQLite::Exception& e) {
        rethrowStorageError(m_path, e);
    }
}

void Database::setMapReads(bool map) {
    g_mapReads = map;
}

bool Database::mapReads() {
    return g_mapReads;
}

std::unique_ptr<Database> Database::open(const std::string& path, OpenMode mode) {
    std::error_code ec;
    const bool exists = std::filesystem::exists(path, ec);
    if (mode == OpenMode::CreateNew && exists)
        throw StorageError(ErrorKind::PortfolioExists, path);
    if (mode == OpenMode::OpenExisting && !exists)
        throw StorageError(ErrorKind::PortfolioMissing, path);
    // A -shm or -wal file left read-only (by a copy, or from when the portfolio itself was
    // read-only) makes SQLite open a writable portfolio read-only. The files are ours: give
    // them the portfolio's owner-only permissions back.
    if (exists && ::access(path.c_str(), W_OK) == 0)
        for (const char* suffix : {"-shm", "-wal"}) {
            const std::string side = path + suffix;
            if (::access(side.c_str(), F_OK) == 0 && ::access(side.c_str(), W_OK) != 0)
                ::chmod(side.c_str(), 0600);
        }
    bool created = false;
    if (!exists) {
        createOwnerOnly(path);
        created = true;
    }

    std::unique_ptr<Database> db;
    try {
        // One connection per thread (workers open their own), so SQLite's per-call locking is
        // only overhead: it cost an eighth of reading a million customers' purchases.
        db.reset(new Database(path, SQLite::OPEN_READWRITE | SQLite::OPEN_NOMUTEX));
        auto& sql = db->m_connection->sql;
        const int appId = sql.execAndGet("PRAGMA application_id").getInt();
        const int version = schemaVersion(sql);
        const bool empty = sql.execAndGet("SELECT count(*) FROM sqlite_schema").getInt() == 0;
        // A zero-byte file is something else's (a placeholder, a failed copy): never turn it
        // into a portfolio behind the user's back.
        if (!created && empty && version == 0 && std::filesystem::file_size(path, ec) == 0)
            throw StorageError(ErrorKind::PortfolioEmptyFile, path);
        if (appId != kApplicationId && !(empty && version == 0))
            throw StorageError(ErrorKind::PortfolioForeign, path);
        if (version > latestSchemaVersion())
            throw StorageError(ErrorKind::PortfolioNewer, path, version, latestSchemaVersion());
        sql.exec("PRAGMA foreign_keys = ON");
        if (sql.execAndGet("PRAGMA journal_mode = WAL").getString() != "wal" && !created)
            sql.exec("PRAGMA journal_mode = WAL");
        sql.exec("PRAGMA synchronous = NORMAL");
        if (mapReads())
            sql.exec("PRAGMA mmap_size = 4294967296");
        if (empty)
            sql.exec(fmt::format("PRAGMA application_id = {}", kApplicationId));
        if (version < latestSchemaVersion())
            migrateSchema(sql, latestSchemaVersion());
    } catch (const StorageError&) {
        if (created)
            std::filesystem::remove(path, ec);
        throw;
    } catch (const std::exception& e) {
        if (created)
            std::filesystem::remove(path, ec);
        rethrowStorageError(path, e);
    }
    return db;
}

std::vector<std::string> Database::settingKeys() {
    std::vector<std::string> keys;
    for (const auto& rule : kIntegerSettings)
        keys.emplace_back(rule.key);
    keys.emplace_back("pareto_cut");
    keys.emplace_back("class_b_cut");
    keys.emplace_back("currency");
    for (const char* key : kTableSettings)
        keys.emplace_back(key);
    for (const std::string& key : TaskRuleSettings::keys())
        keys.push_back(key);
    return keys;
}

std::optional<std::string> Database::setting(const std::string& key) {
    SQLite::Statement q(m_connection->sql, "SELECT value FROM settings WHERE key = ?");
    q.bind(1, key);
    if (q.executeStep())
        return q.getColumn(0).getString();
    return std::nullopt;
}

std::vector<std::pair<std::string, std::string>> Database::allSettings() {
    AnalysisSettings s = analysisSettings();
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& rule : kIntegerSettings)
        out.emplace_back(rule.key, setting(rule.key).value_or(rule.defaultValue));
    out.emplace_back("pareto_cut", s.paretoCut.toString());
    out.emplace_back("class_b_cut", s.classBCut.toString());
    out.emplace_back("currency", s.currency);
    const ValueSettings v = valueSettings();
    out.emplace_back("rfm_segments", v.segments.toText());
    out.emplace_back("reward_tiers", v.tiers.toText(s.minorDigits));
    for (auto& pair : taskRuleSettings().toPairs())
        out.push_back(std::move(pair));
    return out;
}

void Database::setSetting(const std::string& key, const std::string& value) {
    setSettings({{key, value}});
}

void Database::setSettings(const std::vector<std::pair<std::string, std::string>>& values) {
    for (const auto& [key, value] : values)
        validateSetting(key, value);
    write([&] {
        SQLite::Statement q(m_connection->sql,
                            "INSERT INTO settings(key, value) VALUES (?, ?) "
                            "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
        SQLite::Statement reset(m_connection->sql, "DELETE FROM settings WHERE key = ?");
        for (const auto& [key, value] : values) {
            if (isTableSetting(key) && value == "default") {
                reset.bind(1, key);
                reset.exec();
                reset.reset();
                continue;
            }
            q.bind(1, key);
            q.bind(2, value);
            q.exec();
            q.reset();
        }
        valueSettings(); // the tiers are read in the currency's minor units, checked here
        const AnalysisSettings s = analysisSettings();
        if (!(s.adolescentFromMonths < s.matureFromMonths &&
              s.matureFromMonths < s.veteranFromMonths))
            throw StorageError(ErrorKind::StagesMustRise);
        if (s.atRiskAfterDays >= s.lostAfterDays)
            throw StorageError(ErrorKind::AtRiskBeforeLost);
        if (s.classBCut.toDouble() < s.paretoCut.toDouble())
            throw StorageError(ErrorKind::ClassBBelowPareto);
    });
}

void Database::validateSetting(const std::string& key, const std::string& value) {
    bool known = false;
    for (const auto& rule : kIntegerSettings) {
        if (key != rule.key)
            continue;
        known = true;
        const auto v = toInt(value);
        if (!v || *v < rule.minimum || *v > rule.maximum)
            throw StorageError(ErrorKind::SettingWholeNumber, key, rule.minimum, rule.maximum,
                               value);
    }
    if (key == "pareto_cut" || key == "class_b_cut") {
        known = true;
        if (!Ratio::parse(value))
            throw StorageError(ErrorKind::SettingFraction, key, value);
    }
    if (key == "currency") {
        known = true;
        if (value.size() != 3 ||
            !std::all_of(value.begin(), value.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
            throw StorageError(ErrorKind::SettingCurrency, value);
    }
    if (TaskRuleSettings::isKey(key)) {
        known = true;
        try {
            TaskRuleSettings().set(key, value);
        } catch (const InputError& e) {
            throw StorageError(e.fact);
        }
    }
    if (key == "rfm_segments" && value != "default") {
        known = true;
        try {
            RfmSegmentTable::parse(value);
        } catch (const InputError& e) {
            throw StorageError(e.fact);
        }
    }
    if (key == "reward_tiers")
        known = true;
    if (isTableSetting(key))
        known = true;
    if (!known)
        throw StorageError(ErrorKind::SettingUnknown, key);
}

TaskRuleSettings Database::taskRuleSettings() {
    TaskRuleSettings rules;
    try {
        for (const std::string& key : TaskRuleSettings::keys())
            if (const auto value = setting(key))
                rules.set(key, *value);
    } catch (const InputError& e) {
        throw StorageError(e.fact);
    }
    return rules;
}

ValueSettings Database::valueSettings() {
    ValueSettings v;
    const AnalysisSettings s = analysisSettings();
    try {
        if (const auto text = setting("rfm_segments"))
            v.segments = RfmSegmentTable::parse(*text);
        v.tiers = RewardTiers::defaults(s.minorDigits);
        if (const auto text = setting("reward_tiers"))
            v.tiers = RewardTiers::parse(*text, s.minorDigits);
    } catch (const InputError& e) {
        throw StorageError(e.fact);
    }
    v.clvHorizonMonths = toInt(setting("clv_horizon_months").value_or("24")).value_or(24);
    v.clvMonthlyDiscount =
        toInt(setting("clv_monthly_discount_bp").value_or("100")).value_or(100) / 10000.0;
    return v;
}

AnalysisSettings Database::analysisSettings() {
    AnalysisSettings s;
    SQLite::Statement q(m_connection->sql, "SELECT key, value FROM settings");
    while (q.executeStep()) {
        const std::string key = q.getColumn(0).getString();
        const std::string value = q.getColumn(1).getString();
        const auto n = toInt(value);
        if (key == "adolescent_from_months" && n)
            s.adolescentFromMonths = *n;
        else if (key == "mature_from_months" && n)
            s.matureFromMonths = *n;
        else if (key == "veteran_from_months" && n)
            s.veteranFromMonths = *n;
        else if (key == "at_risk_after_days" && n)
            s.atRiskAfterDays = *n;
        else if (key == "lost_after_days" && n)
            s.lostAfterDays = *n;
        else if (key == "cadence_factor" && n)
            s.cadenceFactor = *n;
        else if (key == "cadence_min_purchase_days" && n)
            s.cadenceMinPurchaseDays = *n;
        else if (key == "minor_digits" && n)
            s.minorDigits = *n;
        else if (key == "pareto_cut")
            s.paretoCut = Ratio::parse(value).value_or(s.paretoCut);
        else if (key == "class_b_cut")
            s.classBCut = Ratio::parse(value).value_or(s.classBCut);
        else if (key == "currency")
            s.currency = value;
    }
    return s;
}

} // namespace cartera
