#include "storage/customer_backup.h"

#include "storage/sqlite/connection.h"
#include "storage/sqlite/purchase_store.h"
#include "storage/storage_error.h"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace cartera {

namespace {

// Table and column names below are constants of this file, never user input.
StoredRows readRows(Database& db, const std::string& table, const std::string& where,
                    std::int64_t id) {
    StoredRows out;
    out.table = table;
    SQLite::Statement q(sqlOf(db), "SELECT * FROM " + table + " WHERE " + where + " ORDER BY 1");
    q.bind(1, id);
    for (int c = 0; c < q.getColumnCount(); ++c)
        out.columns.emplace_back(q.getColumnName(c));
    while (q.executeStep()) {
        std::vector<StoredRows::Value> row;
        for (int c = 0; c < q.getColumnCount(); ++c) {
            const SQLite::Column v = q.getColumn(c);
            if (v.isNull())
                row.emplace_back(std::monostate{});
            else if (v.isInteger())
                row.emplace_back(v.getInt64());
            else if (v.isFloat())
                row.emplace_back(v.getDouble());
            else
                row.emplace_back(v.getString());
        }
        out.rows.push_back(std::move(row));
    }
    return out;
}

void writeRows(Database& db, const StoredRows& t) {
    if (t.rows.empty())
        return;
    std::string names, marks;
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
        names += (c ? "," : "") + t.columns[c];
        marks += c ? ",?" : "?";
    }
    SQLite::Statement q(sqlOf(db),
                        "INSERT INTO " + t.table + "(" + names + ") VALUES (" + marks + ")");
    for (const auto& row : t.rows) {
        for (std::size_t c = 0; c < row.size(); ++c) {
            const int k = static_cast<int>(c) + 1;
            std::visit(
                [&](const auto& v) {
                    using T = std::decay_t<decltype(v)>;
                    if constexpr (std::is_same_v<T, std::monostate>)
                        q.bind(k);

                    else
                        q.bind(k, v);
                },
                row[c]);
        }
        q.exec();
        q.reset();
    }
}

std::vector<std::int64_t> idsWhere(Database& db, const std::string& sql, std::int64_t id) {
    SQLite::Statement q(sqlOf(db), sql);
    q.bind(1, id);
    std::vector<std::int64_t> out;
    while (q.executeStep())
        out.push_back(q.getColumn(0).getInt64());
    return out;
}

void relink(Database& db, const std::string& sql, std::int64_t customer,
            const std::vector<std::int64_t>& ids) {
    SQLite::Statement q(sqlOf(db), sql);
    for (std::int64_t other : ids) {
        q.bind(1, customer);
        q.bind(2, other);
        q.exec();
        q.reset();
    }
}

} // namespace

CustomerBackup backupCustomer(Database& db, std::int64_t id) {
    CustomerBackup b;
    const auto c = CustomerRepository(db).find(id);
    if (!c)
        throw StorageError(ErrorKind::CustomerGone, id);
    b.customer = *c;
    PurchaseBlock purchases = PurchaseStore(sqlOf(db).getHandle()).read(id);
    b.purchaseDays = std::move(purchases.day);
    b.purchaseAmounts = std::move(purchases.amount);
    b.tables.push_back(readRows(db, "customers", "id = ?", id));
    for (const char* table : {"purchase_ids", "interactions", "lost_marks", "recovery_cases"})
        b.tables.push_back(readRows(db, table, "customer_id = ?", id));
    b.tables.push_back(readRows(db, "recovery_attempts",
                                "case_id IN (SELECT id FROM recovery_cases WHERE customer_id = ?)",
                                id));
    // Its tasks (and those of its cases) and its campaign memberships go with it too.
    b.tables.push_back(readRows(db, "tasks",
                                "customer_id = ?1 OR case_id IN (SELECT id FROM recovery_cases "
                                "WHERE customer_id = ?1)",
                                id));
    b.tables.push_back(readRows(db, "campaign_members", "customer_id = ?", id));
    b.referredCustomers = idsWhere(db, "SELECT id FROM customers WHERE referred_by = ?", id);
    b.referredProspects = idsWhere(db, "SELECT id FROM prospects WHERE referred_by = ?", id);
    b.convertedProspects = idsWhere(db, "SELECT id FROM prospects WHERE customer_id = ?", id);
    return b;
}

void restoreCustomer(Database& db, const CustomerBackup& b) {
    db.write([&] {
        for (const StoredRows& t : b.tables)
            writeRows(db, t);
        PurchaseStore store(sqlOf(db).getHandle());
        store.write(b.customer.id, b.purchaseDays, b.purchaseAmounts);
        store.flush();
        const std::int64_t id = b.customer.id;
        relink(db, "UPDATE customers SET referred_by = ? WHERE id = ?", id, b.referredCustomers);
        relink(db, "UPDATE prospects SET referred_by = ? WHERE id = ?", id, b.referredProspects);
        relink(db, "UPDATE prospects SET customer_id = ? WHERE id = ?", id, b.convertedProspects);
    });
}

} // namespace cartera
