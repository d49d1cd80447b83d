#include "storage/portfolio_loader.h"

#include "storage/sqlite/connection.h"
#include "storage/sqlite/purchase_store.h"
#include "storage/sqlite/sqlite_statement.h"
#include "storage/storage_error.h"

#include <SQLiteCpp/Transaction.h>

namespace cartera {

Portfolio loadPortfolio(Database& db) {
    try {
        sqlite3* h = sqlOf(db).getHandle();
        // One read transaction, so that customers and marks are read from the same state.
        SQLite::Transaction snapshot(sqlOf(db));
        const auto customers = static_cast<std::size_t>(
            sqlOf(db).execAndGet("SELECT count(*) FROM customers").getInt64());
        const auto purchases = static_cast<std::size_t>(
            sqlOf(db).execAndGet("SELECT coalesce(sum(count), 0) FROM purchase_blocks").getInt64());

        std::vector<std::int32_t> marks;
        std::vector<std::int64_t> markCustomer;
        SqliteStatement m(h, "SELECT customer_id, max(day) FROM lost_marks GROUP BY customer_id "
                             "ORDER BY customer_id");
        while (m.step() == SQLITE_ROW) {
            markCustomer.push_back(m.int64At(0));
            marks.push_back(static_cast<std::int32_t>(m.int64At(1)));
        }

        PortfolioBuilder builder;
        builder.reserve(customers, 0);
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

        portfolio.purchaseDay.reserve(purchases);
        portfolio.purchaseAmount.reserve(purchases);
        // Blocks come in customer order, one per customer with purchases.
        SqliteStatement p(h, "SELECT customer_id, count, days, amounts FROM purchase_blocks "
                             "ORDER BY customer_id");
        std::size_t customer = 0;
        while (p.step() == SQLITE_ROW) {
            const std::int64_t id = p.int64At(0);
            while (customer < ids.size() && ids[customer] < id)
                portfolio.purchaseBegin[++customer] =
                    static_cast<std::uint32_t>(portfolio.purchaseDay.size());
            if (customer == ids.size() || ids[customer] != id)
                throw StorageError(ErrorKind::PortfolioChanged);
            if (!unpackPurchaseBlock(p.blobAt(2), p.bytesAt(2), p.blobAt(3), p.bytesAt(3),
                                     p.int64At(1), portfolio.purchaseDay, portfolio.purchaseAmount))
                throw StorageError(ErrorKind::PortfolioDamaged, db.path(),
                                   "purchases of customer " + std::to_string(id));
        }
        snapshot.commit();
        while (customer < ids.size())
            portfolio.purchaseBegin[++customer] =
                static_cast<std::uint32_t>(portfolio.purchaseDay.size());
        return portfolio;
    } catch (const SQLite::Exception& e) {
        rethrowStorageError(db.path(), e);
    }
}

CustomerDirectory loadCustomerDirectory(Database& db) {
    try {
        CustomerDirectory directory;
        directory.reserve(static_cast<std::size_t>(
            sqlOf(db).execAndGet("SELECT count(*) FROM customers").getInt64()));
        SqliteStatement q(sqlOf(db).getHandle(), "SELECT external_id, name, company, email, owner "
                                                 "FROM customers ORDER BY id");
        while (q.step() == SQLITE_ROW)
            directory.add(q.textAt(0), q.textAt(1), q.textAt(2), q.textAt(3), q.textAt(4));
        return directory;
    } catch (const SQLite::Exception& e) {
        rethrowStorageError(db.path(), e);
    }
}

} // namespace cartera
