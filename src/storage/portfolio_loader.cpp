#include "storage/portfolio_loader.h"

#include "storage/sqlite/connection.h"
#include "storage/sqlite/sqlite_statement.h"
#include "storage/storage_error.h"

#include <SQLiteCpp/Transaction.h>
#include <future>
#include <limits>

namespace cartera {

namespace {

// The purchases of customers with ids in [fromId, toId), in (customer, day) order.
struct PurchaseSlice {
    std::vector<std::int64_t> customer;
    std::vector<std::int32_t> day;
    std::vector<Cents> amount;
};

PurchaseSlice readSlice(sqlite3* h, std::int64_t fromId, std::int64_t toId, std::size_t reserve) {
    PurchaseSlice slice;
    slice.customer.reserve(reserve);
    slice.day.reserve(reserve);
    slice.amount.reserve(reserve);
    SqliteStatement p(h, "SELECT customer_id, day, amount FROM purchases INDEXED BY "
                         "purchases_by_customer WHERE customer_id >= ? AND customer_id < ? "
                         "ORDER BY customer_id, day");
    p.bindInt64(1, fromId);
    p.bindInt64(2, toId);
    while (p.step() == SQLITE_ROW) {
        slice.customer.push_back(p.int64At(0));
        slice.day.push_back(static_cast<std::int32_t>(p.int64At(1)));
        slice.amount.push_back(p.int64At(2));
    }
    return slice;
}

} // namespace

Portfolio loadPortfolio(Database& db, std::size_t parallelFrom) {
    try {
        sqlite3* h = sqlOf(db).getHandle();
        // One read transaction, so that customers and marks are read from the same state.
        SQLite::Transaction snapshot(sqlOf(db));
        const auto customers = static_cast<std::size_t>(
            sqlOf(db).execAndGet("SELECT count(*) FROM customers").getInt64());
        const auto purchases = static_cast<std::size_t>(
            sqlOf(db).execAndGet("SELECT count(*) FROM purchases").getInt64());

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

        // Large portfolios read their purchases in two halves at once, the second half on a
        // connection of its own (SQLite steps one statement per connection at a time). In WAL
        // mode that connection reads the last committed state, as this one does unless a
        // write lands in between; the app reloads after every write anyway.
        const std::int64_t split =
            purchases >= parallelFrom && ids.size() > 1 ? ids[ids.size() / 2] : INT64_MAX;
        std::future<PurchaseSlice> upper;
        if (split != INT64_MAX) {
            const std::string path = db.path();
            upper = std::async(std::launch::async, [path, split, purchases] {
                SQLite::Database second(path, SQLite::OPEN_READONLY | SQLite::OPEN_NOMUTEX, 5000);
                return readSlice(second.getHandle(), split, INT64_MAX, purchases / 2 + 1024);
            });
        }
        PurchaseSlice lower =
            readSlice(h, INT64_MIN, split, split == INT64_MAX ? purchases : purchases / 2);
        snapshot.commit();

        portfolio.purchaseDay.reserve(purchases);
        portfolio.purchaseAmount.reserve(purchases);
        std::size_t customer = 0;
        std::uint32_t count = 0;
        auto append = [&](const PurchaseSlice& slice) {
            for (std::size_t k = 0; k < slice.customer.size(); ++k) {
                const std::int64_t id = slice.customer[k];
                while (customer < ids.size() && ids[customer] != id)
                    portfolio.purchaseBegin[++customer] = count;
                if (customer == ids.size())
                    throw StorageError(ErrorKind::PortfolioChanged);
                ++count;
            }
            portfolio.purchaseDay.insert(portfolio.purchaseDay.end(), slice.day.begin(),
                                         slice.day.end());
            portfolio.purchaseAmount.insert(portfolio.purchaseAmount.end(), slice.amount.begin(),
                                            slice.amount.end());
        };
        append(lower);
        lower = {};
        if (upper.valid())
            append(upper.get());
        while (customer < ids.size())
            portfolio.purchaseBegin[++customer] = count;
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
