#include "storage/customer_repository.h"

#include "core/portfolio/portfolio.h"
#include "storage/sqlite/connection.h"
#include "storage/sqlite/purchase_store.h"
#include "storage/sqlite/sql_values.h"
#include "storage/sqlite/sqlite_statement.h"
#include "storage/storage_error.h"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace cartera {

namespace {

constexpr const char* kSelect =
    "SELECT c.id, c.external_id, c.name, c.company, c.email, c.phone, c.birthday, "
    "c.customer_since, c.owner, c.source, coalesce(r.external_id, ''), c.notes, c.created_at, "
    "c.updated_at, c.industry, c.region, c.size_band, c.tags FROM customers c LEFT JOIN customers "
    "r ON r.id = c.referred_by ";

Customer readCustomer(SQLite::Statement& q) {
    Customer c;
    c.id = q.getColumn(0).getInt64();
    c.record.externalId = q.getColumn(1).getString();
    c.record.name = q.getColumn(2).getString();
    c.record.company = q.getColumn(3).getString();
    c.record.email = q.getColumn(4).getString();
    c.record.phone = q.getColumn(5).getString();
    c.record.birthday = dayOrNone(q.getColumn(6));
    c.record.customerSince = dayOrNone(q.getColumn(7));
    c.record.owner = q.getColumn(8).getString();
    c.record.source = q.getColumn(9).getString();
    c.record.referredBy = q.getColumn(10).getString();
    c.record.notes = q.getColumn(11).getString();
    c.createdAt = q.getColumn(12).getString();
    c.updatedAt = q.getColumn(13).getString();
    c.record.profile = {q.getColumn(14).getString(), q.getColumn(15).getString(),
                        q.getColumn(16).getString(), q.getColumn(17).getString()};
    return c;
}

void bindReferrer(SQLite::Statement& q, int index, std::optional<std::int64_t> id) {
    if (id)
        q.bind(index, *id);
    else
        q.bind(index);
}

std::optional<std::int64_t> referrerId(Database& db, const std::string& externalId) {
    if (externalId.empty())
        return std::nullopt;
    SQLite::Statement q(sqlOf(db), "SELECT id FROM customers WHERE external_id = ?");
    q.bind(1, externalId);
    if (!q.executeStep())
        throw StorageError(ErrorKind::ReferrerUnknown, externalId);
    return q.getColumn(0).getInt64();
}

// Binds the record's fields to parameters 1 to 11 and its profile to 14 to 17, in the order
// add() and update() use.
void bindRecord(Database& db, SQLite::Statement& q, const CustomerRecord& r) {
    q.bind(1, r.externalId);
    q.bind(2, r.name);
    q.bind(3, r.company);
    q.bind(4, r.email);
    q.bind(5, r.phone);
    bindDay(q, 6, r.birthday);
    bindDay(q, 7, r.customerSince);
    q.bind(8, r.owner);
    q.bind(9, r.source);
    bindReferrer(q, 10, referrerId(db, r.referredBy));
    q.bind(11, r.notes);
    q.bind(14, r.profile.industry);
    q.bind(15, r.profile.region);
    q.bind(16, r.profile.sizeBand);
    q.bind(17, r.profile.tags);
}

} // namespace

std::optional<Customer> CustomerRepository::find(std::int64_t id) {
    SQLite::Statement q(sqlOf(m_db), std::string(kSelect) + "WHERE c.id = ?");
    q.bind(1, id);
    if (!q.executeStep())
        return std::nullopt;
    return readCustomer(q);
}

std::optional<Customer> CustomerRepository::findByExternalId(const std::string& externalId) {
    SQLite::Statement q(sqlOf(m_db), std::string(kSelect) + "WHERE c.external_id = ?");
    q.bind(1, externalId);
    if (!q.executeStep())
        return std::nullopt;
    return readCustomer(q);
}

std::int64_t CustomerRepository::count() {
    return sqlOf(m_db).execAndGet("SELECT count(*) FROM customers").getInt64();
}

std::int64_t CustomerRepository::add(const CustomerRecord& r) {
    if (const auto error = customerRecordError(r))
        throw StorageError(*error);
    return m_db.write([&] {
        if (findByExternalId(r.externalId))
            throw StorageError(ErrorKind::CustomerExists, r.externalId);
        SQLite::Statement q(sqlOf(m_db),
                            "INSERT INTO customers(external_id, name, company, email, phone, "
                            "birthday, customer_since, owner, source, referred_by, notes, "
                            "created_at, updated_at, industry, region, size_band, tags) "
                            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        const std::string now = nowTimestamp();
        bindRecord(m_db, q, r);
        q.bind(12, now);
        q.bind(13, now);
        q.exec();
        const std::int64_t id = sqlOf(m_db).getLastInsertRowid();
        // A new customer starts with no purchases, whatever another tool left under its id.
        PurchaseStore store(sqlOf(m_db).getHandle());
        store.remove(id);
        store.flush();
        return id;
    });
}

void CustomerRepository::update(std::int64_t id, const CustomerRecord& r) {
    m_db.write([&] {
        const auto stored = find(id);
        if (const auto error = customerRecordError(r, stored ? &stored->record : nullptr))
            throw StorageError(*error);
        if (const auto other = findByExternalId(r.externalId); other && other->id != id)
            throw StorageError(ErrorKind::CustomerExists, r.externalId);
        SQLite::Statement q(
            sqlOf(m_db), "UPDATE customers SET external_id = ?, name = ?, company = ?, email = ?, "
                         "phone = ?, birthday = ?, customer_since = ?, owner = ?, source = ?, "
                         "referred_by = ?, notes = ?, updated_at = ?, industry = ?14, "
                         "region = ?15, size_band = ?16, tags = ?17 WHERE id = ?13");
        bindRecord(m_db, q, r);
        q.bind(12, nowTimestamp());
        q.bind(13, id);
        if (q.exec() == 0)
            throw StorageError(ErrorKind::CustomerGone, id);
    });
}

void CustomerRepository::remove(std::int64_t id) {
    m_db.write([&] {
        PurchaseStore store(sqlOf(m_db).getHandle());
        store.remove(id);
        store.flush();
        SQLite::Statement q(sqlOf(m_db), "DELETE FROM customers WHERE id = ?");
        q.bind(1, id);
        q.exec();
    });
}

CustomerProfiles loadCustomerProfiles(Database& db) {
    try {
        CustomerProfiles profiles;
        // A million rows: text straight from SQLite into the tables, no string per cell.
        SqliteStatement q(sqlOf(db).getHandle(), "SELECT industry, region, size_band, tags FROM "
                                                 "customers ORDER BY id");
        while (q.step() == SQLITE_ROW) {
            profiles.industry.push_back(q.textAt(0));
            profiles.region.push_back(q.textAt(1));
            profiles.sizeBand.push_back(q.textAt(2));
            profiles.tags.push_back(q.textAt(3));
        }
        return profiles;
    } catch (const SQLite::Exception& e) {
        rethrowStorageError(db.path(), e);
    }
}

} // namespace cartera
