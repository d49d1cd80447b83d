#include "customer_backup.h"

#include "core/portfolio.h"
#include "sql_values.h"
#include "storage_error.h"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace cartera {

CustomerBackup backupCustomer(Database& db, std::int64_t id) {
    CustomerBackup b;
    const auto c = CustomerRepository(db).find(id);
    if (!c)
        throw StorageError(fmt::format("customer {} no longer exists", id));
    b.customer = *c;
    SQLite::Statement p(db.sql(), "SELECT id, day, amount, seq, coalesce(external_id, '') FROM "
                                  "purchases WHERE customer_id = ?");
    p.bind(1, id);
    while (p.executeStep())
        b.purchases.push_back(
            {p.getColumn(0).getInt64(), p.getColumn(1).getInt(), p.getColumn(2).getInt64(),
             p.getColumn(3).isNull() ? std::nullopt
                                     : std::optional<std::int64_t>(p.getColumn(3).getInt64()),
             p.getColumn(4).getString()});
    ActivityRepository activity(db);
    b.interactions = activity.interactions(id);
    b.lostMarks = activity.lostMarks(id);
    SQLite::Statement r(db.sql(), "SELECT id FROM customers WHERE referred_by = ?");
    r.bind(1, id);
    while (r.executeStep())
        b.referred.push_back(r.getColumn(0).getInt64());
    return b;
}

void restoreCustomer(Database& db, const CustomerBackup& b) {
    db.write([&] {
        const CustomerRecord& r = b.customer.record;
        SQLite::Statement c(db.sql(),
                            "INSERT INTO customers(id, external_id, name, company, email, phone, "
                            "birthday, customer_since, owner, source, referred_by, notes, "
                            "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,(SELECT id FROM "
                            "customers WHERE external_id = ?),?,?,?)");
        c.bind(1, b.customer.id);
        c.bind(2, r.externalId);
        c.bind(3, r.name);
        c.bind(4, r.company);
        c.bind(5, r.email);
        c.bind(6, r.phone);
        bindDay(c, 7, r.birthday);
        bindDay(c, 8, r.customerSince);
        c.bind(9, r.owner);
        c.bind(10, r.source);
        c.bind(11, r.referredBy);
        c.bind(12, r.notes);
        c.bind(13, b.customer.createdAt);
        c.bind(14, b.customer.updatedAt);
        c.exec();
        SQLite::Statement p(db.sql(), "INSERT INTO purchases(id, customer_id, day, amount, seq, "
                                      "external_id) VALUES (?,?,?,?,?,?)");
        for (const auto& x : b.purchases) {
            p.bind(1, x.id);
            p.bind(2, b.customer.id);
            p.bind(3, x.day);
            p.bind(4, x.amount);
            if (x.seq)
                p.bind(5, *x.seq);
            else
                p.bind(5);
            bindTextOrNull(p, 6, x.externalId);
            p.exec();
            p.reset();
        }
        SQLite::Statement i(db.sql(), "INSERT INTO interactions(id, customer_id, day, kind, "
                                      "direction, note, created_at) VALUES (?,?,?,?,?,?,?)");
        for (const auto& x : b.interactions) {
            i.bind(1, x.id);
            i.bind(2, b.customer.id);
            i.bind(3, x.day);
            i.bind(4, x.kind);
            i.bind(5, x.direction);
            i.bind(6, x.note);
            i.bind(7, nowTimestamp());
            i.exec();
            i.reset();
        }
        SQLite::Statement m(db.sql(), "INSERT INTO lost_marks(id, customer_id, day, note, "
                                      "created_at) VALUES (?,?,?,?,?)");
        for (const auto& x : b.lostMarks) {
            m.bind(1, x.id);
            m.bind(2, b.customer.id);
            m.bind(3, x.day);
            m.bind(4, x.note);
            m.bind(5, nowTimestamp());
            m.exec();
            m.reset();
        }
        SQLite::Statement ref(db.sql(), "UPDATE customers SET referred_by = ? WHERE id = ?");
        for (std::int64_t other : b.referred) {
            ref.bind(1, b.customer.id);
            ref.bind(2, other);
            ref.exec();
            ref.reset();
        }
    });
}

} // namespace cartera
