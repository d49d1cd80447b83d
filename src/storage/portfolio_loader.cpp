#include "portfolio_loader.h"

#include "sqlite_statement.h"
#include "storage_error.h"

namespace cartera {

Portfolio loadPortfolio(Database& db) {
    try {
        sqlite3* h = db.sql().getHandle();
        // One read transaction, so that the three queries see the same state.
        SQLite::Transaction snapshot(db.sql());
        const auto customers = static_cast<std::size_t>(
            db.sql().execAndGet("SELECT count(*) FROM customers").getInt64());
        const auto purchases = static_cast<std::size_t>(
            db.sql().execAndGet("SELECT count(*) FROM purchases").getInt64());

        std::vector<std::int32_t> marks;
        std::vector<std::int64_t> markCustomer;
        SqliteStatement m(h, "SELECT customer_id, max(day) FROM lost_marks GROUP BY customer_id "
                             "ORDER BY customer_id");
        while (m.step() == SQLITE_ROW) {
            markCustomer.push_back(m.int64At(0));
            marks.push_back(static_cast<std::int32_t>(m.int64At(1)));
        }

        PortfolioBuilder builder;
        builder.reserve(customers, purchases);
        std::vector<std::int64_t> ids;
        ids.reserve(customers);
        SqliteStatement c(h, "SELECT id, external_id, customer_since FROM customers ORDER BY id");
        std::size_t nextMark = 0;
        while (c.step() == SQLITE_ROW) {
            const std::int64_t id = c.int64At(0);
            std::int32_t mark = kNoDay;
            while (nextMark < markCustomer.size() && markCustomer[nextMark] < id)
                ++nextMark;
            if (nextMark < markCustomer.size() && markCustomer[nextMark] == id)
                mark = marks[nextMark];
            builder.addCustomer(id, c.textAt(1),
                                c.isNull(2) ? kNoDay : static_cast<std::int32_t>(c.int64At(2)),
                                mark);
            ids.push_back(id);
        }
        Portfolio portfolio = builder.take();

        // Fill the purchase columns directly: the index gives (customer, day) order.
        portfolio.purchaseDay.reserve(purchases);
        portfolio.purchaseAmount.reserve(purchases);
        SqliteStatement p(h, "SELECT customer_id, day, amount FROM purchases INDEXED BY "
                             "purchases_by_customer ORDER BY customer_id, day");
        std::size_t customer = 0;
        std::uint32_t count = 0;
        while (p.step() == SQLITE_ROW) {
            const std::int64_t id = p.int64At(0);
            while (customer < ids.size() && ids[customer] != id)
                portfolio.purchaseBegin[++customer] = count;
            if (customer == ids.size())
                throw StorageError("a purchase belongs to no customer; run an integrity check");
            portfolio.purchaseDay.push_back(static_cast<std::int32_t>(p.int64At(1)));
            portfolio.purchaseAmount.push_back(p.int64At(2));
            ++count;
        }
        while (customer < ids.size())
            portfolio.purchaseBegin[++customer] = count;
        snapshot.commit();
        return portfolio;
    } catch (const SQLite::Exception& e) {
        rethrowStorageError(db.path(), e);
    }
}

CustomerDirectory loadCustomerDirectory(Database& db) {
    try {
        CustomerDirectory directory;
        directory.reserve(static_cast<std::size_t>(
            db.sql().execAndGet("SELECT count(*) FROM customers").getInt64()));
        SqliteStatement q(db.sql().getHandle(), "SELECT external_id, name, company, email, owner "
                                                "FROM customers ORDER BY id");
        while (q.step() == SQLITE_ROW)
            directory.add(q.textAt(0), q.textAt(1), q.textAt(2), q.textAt(3), q.textAt(4));
        return directory;
    } catch (const SQLite::Exception& e) {
        rethrowStorageError(db.path(), e);
    }
}

} // namespace cartera
