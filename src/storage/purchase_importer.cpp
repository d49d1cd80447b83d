#include "storage/purchase_importer.h"

#include "core/base/clock.h"
#include "core/base/string_table.h"
#include "core/portfolio/portfolio.h"
#include "storage/recovery_repository.h"
#include "storage/sqlite/connection.h"
#include "storage/sqlite/purchase_store.h"
#include "storage/sqlite/sqlite_statement.h"
#include "storage/storage_error.h"

#include <SQLiteCpp/Transaction.h>
#include <algorithm>
#include <fmt/format.h>
#include <numeric>
#include <unordered_map>

namespace cartera {

namespace {

// Existing customers by external id; the keys view into one StringTable.
class CustomerIndex {
  public:
    explicit CustomerIndex(sqlite3* h) {
        SqliteStatement q(h, "SELECT id, external_id FROM customers");
        std::vector<std::int64_t> ids;
        while (q.step() == SQLITE_ROW) {
            ids.push_back(q.int64At(0));
            m_keys.push_back(q.textAt(1));
        }
        m_map.reserve(ids.size() * 2);
        for (std::size_t i = 0; i < ids.size(); ++i)
            m_map.emplace(m_keys[i], ids[i]);
    }
    std::int64_t find(std::string_view key) const {
        const auto it = m_map.find(key);
        return it == m_map.end() ? 0 : it->second;
    }
    void add(std::string_view key, std::int64_t id) { m_map.emplace(key, id); }

  private:
    StringTable m_keys;
    std::unordered_map<std::string_view, std::int64_t> m_map;
};

// An import waits for another writer (a second import of a million rows takes seconds) far
// longer than an edit in the app would; restores the usual wait when done.
class PatientWriter {
  public:
    explicit PatientWriter(sqlite3* h) : m_h(h) { sqlite3_busy_timeout(m_h, 120'000); }
    ~PatientWriter() { sqlite3_busy_timeout(m_h, 5000); }
    PatientWriter(const PatientWriter&) = delete;
    PatientWriter& operator=(const PatientWriter&) = delete;

  private:
    sqlite3* m_h;
};

// Gives the connection its usual page cache back after an import.
class CacheRestorer {
  public:
    explicit CacheRestorer(SQLite::Database& db) : m_db(db) {}
    ~CacheRestorer() {
        try {
            m_db.exec("PRAGMA cache_size = -2000");
        } catch (const SQLite::Exception&) {
            // The default cache only costs memory; the import's outcome stands.
        }
    }
    CacheRestorer(const CacheRestorer&) = delete;
    CacheRestorer& operator=(const CacheRestorer&) = delete;

  private:
    SQLite::Database& m_db;
};

void checkProgress(const ImportProgress& progress, std::size_t done, std::size_t total) {
    if (progress && !progress(done, total))
        throw ImportCancelled();
}

} // namespace

ImportSummary importPurchases(Database& db, const PurchaseRows& rows,
                              const ImportProgress& progress, std::optional<Date> today) {
    ImportSummary summary;
    summary.rows = rows.size();
    summary.lines = rows.lines;
    summary.skippedNoCustomer = rows.skippedNoCustomer;
    summary.mergedLines = rows.mergedLines;
    summary.refunds = rows.refunds();
    summary.rejects = rows.rejects;
    const std::size_t n = rows.size();
    const std::size_t distinct = rows.customers.size();
    // Customers, then purchases: count both in the progress.
    const std::size_t total = distinct + n;
    try {
        sqlite3* h = sqlOf(db).getHandle();
        const PatientWriter patient(h);
        SQLite::Transaction transaction(sqlOf(db), SQLite::TransactionBehavior::IMMEDIATE);
        CustomerIndex index(h);
        const std::string now = nowTimestamp();

        // A large import touches far more pages than SQLite's default 2 MB cache holds; spilling
        // them to the log mid-transaction and reading them back cost a third of the writing.
        // The cache only grows as pages are used, and is given back when the import ends.
        sqlOf(db).exec("PRAGMA cache_size = -1048576");
        const CacheRestorer cacheRestorer(sqlOf(db));

        // New customers get the ids after the largest one (this transaction holds the write
        // lock), so that they can go in many rows to a statement.
        std::vector<std::int64_t> idOf(distinct);
        const std::int64_t firstNewId =
            sqlOf(db).execAndGet("SELECT coalesce(max(id), 0) + 1 FROM customers").getInt64();
        std::int64_t nextId = firstNewId;
        constexpr int kCustomerBatch = 64;
        auto customerSql = [](int count) {
            std::string sql = "INSERT INTO customers(id, external_id, created_at, updated_at) "
                              "VALUES (?, ?, ?, ?)";
            for (int k = 1; k < count; ++k)
                sql += ",(?, ?, ?, ?)";
            return sql;
        };
        SqliteStatement addCustomers(h, customerSql(kCustomerBatch));
        std::vector<std::pair<std::int64_t, std::string_view>> pending;
        auto addPending = [&](SqliteStatement& q) {
            for (std::size_t k = 0; k < pending.size(); ++k) {
                const int o = static_cast<int>(k) * 4;
                q.bindInt64(o + 1, pending[k].first);
                q.bindText(o + 2, pending[k].second);
                q.bindText(o + 3, now);
                q.bindText(o + 4, now);
            }
            q.step();
            q.reset();
            pending.clear();
        };
        for (std::size_t c = 0; c < distinct; ++c) {
            const std::string_view ext = rows.customers[c];
            std::int64_t id = index.find(ext);
            if (id == 0) {
                id = nextId++;
                pending.emplace_back(id, ext);
                if (pending.size() == kCustomerBatch)
                    addPending(addCustomers);
                ++summary.newCustomers;
            }
            idOf[c] = id;
            if ((c & 0xFFFF) == 0)
                checkProgress(progress, c, total);
        }
        if (!pending.empty()) {
            SqliteStatement rest(h, customerSql(static_cast<int>(pending.size())));
            addPending(rest);
        }

        // In (customer, day, amount) order, repeated purchases in file order: each customer's
        // rows then form one run, merged into its block at once.
        std::vector<std::uint32_t> order(n);
        std::iota(order.begin(), order.end(), 0u);
        auto before = [&](std::uint32_t a, std::uint32_t b) {
            const std::int64_t ca = idOf[rows.customer[a]], cb = idOf[rows.customer[b]];
            if (ca != cb)
                return ca < cb;
            if (rows.day[a] != rows.day[b])
                return rows.day[a] < rows.day[b];
            return rows.amount[a] < rows.amount[b];
        };
        if (!std::is_sorted(order.begin(), order.end(), before))
            std::stable_sort(order.begin(), order.end(), before);

        // One customer's rows at a time, in id order: merge them into its purchases, skipping
        // what the file brought before (a known purchase id, or an id-less purchase whose
        // (day, amount) the customer already has as often as this file has it). The store
        // writes each chunk of customers once.
        PurchaseStore store(h);
        const bool hadPurchases =
            sqlOf(db).execAndGet("SELECT EXISTS (SELECT 1 FROM purchase_chunks)").getInt() == 1;
        const bool hadIds =
            sqlOf(db).execAndGet("SELECT EXISTS (SELECT 1 FROM purchase_ids)").getInt() == 1;
        PurchaseBlock block, added;
        std::vector<PurchaseStore::Id> knownIds;
        for (std::size_t begin = 0; begin < n;) {
            const std::int64_t customer = idOf[rows.customer[order[begin]]];
            std::size_t end = begin;
            while (end < n && idOf[rows.customer[order[end]]] == customer)
                ++end;
            // A new customer starts with nothing, whatever another tool left behind.
            block = hadPurchases && customer < firstNewId ? store.read(customer) : PurchaseBlock{};
            knownIds = hadIds && block.size() > 0 ? store.ids(customer) : decltype(knownIds){};
            added.day.clear();
            added.amount.clear();
            for (std::size_t k = begin; k < end;) {
                const std::uint32_t first = order[k];
                const std::int32_t day = rows.day[first];
                const Cents amount = rows.amount[first];
                std::size_t runEnd = k;
                while (runEnd < end && rows.day[order[runEnd]] == day &&
                       rows.amount[order[runEnd]] == amount)
                    ++runEnd;
                // Id-less purchases the customer already has on this day for this amount.
                std::size_t stored = 0;
                if (!block.day.empty()) {
                    auto at = std::lower_bound(block.day.begin(), block.day.end(), day);
                    for (auto i = static_cast<std::size_t>(at - block.day.begin());
                         i < block.size() && block.day[i] == day; ++i)
                        stored += block.amount[i] == amount;
                    // Ids come in (day, amount) order: the ones on this day and amount.
                    const auto on = std::ranges::equal_range(
                        knownIds, std::pair{day, amount}, {}, [](const PurchaseStore::Id& id) {
                            return std::pair{id.day, id.amount};
                        });
                    stored -= on.size();
                }
                for (; k < runEnd; ++k) {
                    const std::string_view ext = rows.purchaseIdOf(order[k]);
                    bool fresh = true;
                    if (!ext.empty())
                        fresh = store.addId(ext, customer, day, amount);
                    else if (stored > 0) {
                        --stored;
                        fresh = false;
                    }
                    if (fresh) {
                        added.day.push_back(day);
                        added.amount.push_back(amount);
                    }
                }
            }
            summary.inserted += added.size();
            summary.duplicates += (end - begin) - added.size();
            if (added.size() > 0) {
                if (block.size() == 0)
                    store.write(customer, added);
                else {
                    block.merge(added);
                    store.write(customer, block);
                }
            }
            if ((begin >> 16) != (end >> 16))
                checkProgress(progress, distinct + end, total);
            begin = end;
        }
        store.flush();
        if (summary.inserted > 0)
            summary.wonBack = RecoveryRepository(db).applyWinBacks(today ? *today : Clock::today());
        checkProgress(progress, total, total);
        transaction.commit();
    } catch (const SQLite::Exception& e) {
        rethrowStorageError(db.path(), e);
    }
    return summary;
}

ImportSummary importCustomers(Database& db, const CustomerRows& rows,
                              const ImportProgress& progress) {
    ImportSummary summary;
    summary.rows = rows.records.size();
    summary.lines = rows.records.size() + rows.rejects.size();
    summary.rejects = rows.rejects;
    try {
        sqlite3* h = sqlOf(db).getHandle();
        const PatientWriter patient(h);
        SQLite::Transaction transaction(sqlOf(db), SQLite::TransactionBehavior::IMMEDIATE);
        const std::string now = nowTimestamp();
        SqliteStatement exists(h, "SELECT 1 FROM customers WHERE external_id = ?");
        SqliteStatement upsert(
            h, "INSERT INTO customers(external_id, name, company, email, phone, birthday, "
               "customer_since, owner, source, notes, created_at, updated_at) "
               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11) "
               "ON CONFLICT(external_id) DO UPDATE SET name = excluded.name, company = "
               "excluded.company, email = excluded.email, phone = excluded.phone, birthday = "
               "excluded.birthday, customer_since = excluded.customer_since, owner = "
               "excluded.owner, source = excluded.source, notes = excluded.notes, updated_at = "
               "excluded.updated_at WHERE name IS NOT excluded.name OR company IS NOT "
               "excluded.company OR email IS NOT excluded.email OR phone IS NOT excluded.phone "
               "OR birthday IS NOT excluded.birthday OR customer_since IS NOT "
               "excluded.customer_since OR owner IS NOT excluded.owner OR source IS NOT "
               "excluded.source OR notes IS NOT excluded.notes");
        upsert.bindText(11, now);
        // Profiles only from files that have them: a file without them keeps what is stored.
        SqliteStatement profile(
            h, "UPDATE customers SET industry = ?2, region = ?3, size_band = ?4, tags = ?5 "
               "WHERE external_id = ?1 AND (industry IS NOT ?2 OR region IS NOT ?3 OR "
               "size_band IS NOT ?4 OR tags IS NOT ?5)");
        const auto& records = rows.records;
        for (std::size_t r = 0; r < records.size(); ++r) {
            const CustomerRecord& c = records[r];
            exists.bindText(1, c.externalId);
            const bool known = exists.step() == SQLITE_ROW;
            exists.reset();
            upsert.bindText(1, c.externalId);
            upsert.bindText(2, c.name);
            upsert.bindText(3, c.company);
            upsert.bindText(4, c.email);
            upsert.bindText(5, c.phone);
            if (c.birthday == kNoDay)
                upsert.bindNull(6);
            else
                upsert.bindInt64(6, c.birthday);
            if (c.customerSince == kNoDay)
                upsert.bindNull(7);
            else
                upsert.bindInt64(7, c.customerSince);
            upsert.bindText(8, c.owner);
            upsert.bindText(9, c.source);
            upsert.bindText(10, c.notes);
            upsert.step();
            upsert.reset();
            bool changed = sqlite3_changes(h) > 0;
            if (rows.hasProfile) {
                profile.bindText(1, c.externalId);
                profile.bindText(2, c.profile.industry);
                profile.bindText(3, c.profile.region);
                profile.bindText(4, c.profile.sizeBand);
                profile.bindText(5, c.profile.tags);
                profile.step();
                profile.reset();
                changed = changed || sqlite3_changes(h) > 0;
            }
            if (!known)
                ++summary.inserted;
            else if (changed)
                ++summary.updated;
            else
                ++summary.duplicates;
            if ((r & 0xFFF) == 0)
                checkProgress(progress, r, records.size());
        }
        // Referrers may appear later in the same file: link them once everyone exists.
        SqliteStatement refer(h, "UPDATE customers SET referred_by = (SELECT id FROM customers "
                                 "WHERE external_id = ?2) WHERE external_id = ?1 AND "
                                 "referred_by IS NOT (SELECT id FROM customers WHERE "
                                 "external_id = ?2)");
        for (std::size_t r = 0; r < records.size(); ++r) {
            const CustomerRecord& c = records[r];
            if (c.referredBy.empty())
                continue;
            exists.bindText(1, c.referredBy);
            const bool known = exists.step() == SQLITE_ROW;
            exists.reset();
            if (!known)
                throw ImportError(
                    rows.fileName,
                    {rows.line[r], 0, errorFact(ErrorKind::ImportUnknownReferrer), c.referredBy});
            refer.bindText(1, c.externalId);
            refer.bindText(2, c.referredBy);
            refer.step();
            refer.reset();
        }
        checkProgress(progress, records.size(), records.size());
        transaction.commit();
    } catch (const SQLite::Exception& e) {
        rethrowStorageError(db.path(), e);
    }
    return summary;
}

} // namespace cartera
