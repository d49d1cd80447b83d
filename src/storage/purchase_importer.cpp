#include "purchase_importer.h"

#include "core/portfolio.h"
#include "core/string_table.h"
#include "sqlite_statement.h"
#include "storage_error.h"

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

void checkProgress(const ImportProgress& progress, std::size_t done, std::size_t total) {
    if (progress && !progress(done, total))
        throw ImportCancelled();
}

} // namespace

ImportSummary importPurchases(Database& db, const PurchaseRows& rows,
                              const ImportProgress& progress) {
    ImportSummary summary;
    summary.rows = rows.size();
    summary.rejects = rows.rejects;
    const std::size_t n = rows.size();
    // Customers, then purchases: count both in the progress.
    const std::size_t total = n * 2;
    try {
        sqlite3* h = db.sql().getHandle();
        SQLite::Transaction transaction(db.sql());
        CustomerIndex index(h);
        const std::string now = nowTimestamp();

        std::vector<std::int64_t> customerOf(n);
        SqliteStatement addCustomer(
            h, "INSERT INTO customers(external_id, created_at, updated_at) VALUES (?1, ?2, ?2)");
        addCustomer.bindText(2, now);
        for (std::size_t r = 0; r < n; ++r) {
            const std::string_view ext = rows.customer[r];
            std::int64_t id = index.find(ext);
            if (id == 0) {
                addCustomer.bindText(1, ext);
                addCustomer.step();
                addCustomer.reset();
                id = sqlite3_last_insert_rowid(h);
                index.add(ext, id);
                ++summary.newCustomers;
            }
            customerOf[r] = id;
            if ((r & 0xFFFF) == 0)
                checkProgress(progress, r, total);
        }

        // Insert in (customer, day) order: the index then grows at its end, and repeated
        // (customer, day, amount) rows get their seq in file order.
        std::vector<std::uint32_t> order(n);
        std::iota(order.begin(), order.end(), 0u);
        auto before = [&](std::uint32_t a, std::uint32_t b) {
            if (customerOf[a] != customerOf[b])
                return customerOf[a] < customerOf[b];
            return rows.day[a] < rows.day[b];
        };
        if (!std::is_sorted(order.begin(), order.end(), before))
            std::stable_sort(order.begin(), order.end(), before);

        SqliteStatement insert(h, "INSERT OR IGNORE INTO purchases(customer_id, day, amount, seq, "
                                  "external_id) VALUES (?, ?, ?, ?, ?)");
        std::size_t groupStart = 0;
        for (std::size_t k = 0; k < n; ++k) {
            const std::uint32_t r = order[k];
            if (k > 0) {
                const std::uint32_t prev = order[k - 1];
                if (customerOf[prev] != customerOf[r] || rows.day[prev] != rows.day[r])
                    groupStart = k;
            }
            insert.bindInt64(1, customerOf[r]);
            insert.bindInt64(2, rows.day[r]);
            insert.bindInt64(3, rows.amount[r]);
            const std::string_view ext = rows.externalId[r];
            if (ext.empty()) {
                std::int64_t seq = 0;
                for (std::size_t j = groupStart; j < k; ++j) {
                    const std::uint32_t o = order[j];
                    if (rows.amount[o] == rows.amount[r] && rows.externalId[o].empty())
                        ++seq;
                }
                insert.bindInt64(4, seq);
                insert.bindNull(5);
            } else {
                insert.bindNull(4);
                insert.bindText(5, ext);
            }
            insert.step();
            insert.reset();
            if (sqlite3_changes(h) > 0)
                ++summary.inserted;
            else
                ++summary.duplicates;
            if ((k & 0xFFFF) == 0)
                checkProgress(progress, n + k, total);
        }
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
    summary.rejects = rows.rejects;
    try {
        SQLite::Transaction transaction(db.sql());
        sqlite3* h = db.sql().getHandle();
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
            const bool changed = sqlite3_changes(h) > 0;
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
                throw ImportError(rows.fileName,
                                  {rows.line[r], 0,
                                   fmt::format("referred_by names no known customer"),
                                   c.referredBy});
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
