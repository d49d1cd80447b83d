#include "storage/portfolio_loader.h"

#include "storage/sqlite/connection.h"
#include "storage/sqlite/purchase_store.h"
#include "storage/sqlite/sqlite_statement.h"
#include "storage/storage_error.h"

#include <SQLiteCpp/Transaction.h>
#include <algorithm>
#include <future>

namespace cartera {

namespace {

// Every chunk in order: the customers with purchases, ascending, and their purchases.
PurchaseChunk readChunks(sqlite3* h, std::size_t customerHint, const std::string& path) {
    PurchaseChunk all;
    all.customer.reserve(customerHint);
    all.count.reserve(customerHint);
    // About ten purchases a customer; the columns grow if there are more.
    all.day.reserve(customerHint * 12);
    all.amount.reserve(customerHint * 12);
    SqliteStatement p(h, "SELECT chunk, customers, counts, days, amounts FROM purchase_chunks "
                         "ORDER BY chunk");
    while (p.step() == SQLITE_ROW)
        if (!unpackPurchaseChunk(p.int64At(0), p.blobAt(1), p.bytesAt(1), p.blobAt(2), p.bytesAt(2),
                                 p.blobAt(3), p.bytesAt(3), p.blobAt(4), p.bytesAt(4), all))
            throw StorageError(ErrorKind::PortfolioDamaged, path,
                               "purchases of customers from " +
                                   std::to_string(p.int64At(0) << kChunkShift));
    return all;
}

} // namespace

Portfolio loadPortfolio(Database& db, std::size_t parallelFrom) {
    try {
        sqlite3* h = sqlOf(db).getHandle();
        // One read transaction, so that customers and marks are read from the same state.
        SQLite::Transaction snapshot(sqlOf(db));
        // The largest id bounds the count without scanning the table; ids another tool left
        // sparse must not reserve gigabytes, so the hint stops at ten million.
        const auto customers = static_cast<std::size_t>(std::min<std::int64_t>(
            sqlOf(db).execAndGet("SELECT coalesce(max(id), 0) FROM customers").getInt64(),
            10'000'000));

        // Large portfolios read the purchases on a connection of their own while this one reads
        // the customers (SQLite steps one statement per connection at a time). In WAL mode it
        // reads the last committed state, as this one does unless a write lands in between;
        // the app reloads after every write anyway.
        const std::string path = db.path();
        std::future<PurchaseChunk> parallel;
        if (customers >= parallelFrom)
            parallel = std::async(std::launch::async, [path, customers] {
                SQLite::Database second(path, SQLite::OPEN_READONLY | SQLite::OPEN_NOMUTEX, 5000);
                if (Database::mapReads())
                    second.exec("PRAGMA mmap_size = 4294967296");
                return readChunks(second.getHandle(), customers, path);
            });

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
        }
        PurchaseChunk chunks = parallel.valid() ? parallel.get() : readChunks(h, customers, path);
        snapshot.commit();

        Portfolio portfolio = builder.take();
        const auto& ids = portfolio.customerId;
        // Purchases of an id no customer has (deleted by another tool) belong to nobody: they
        // are left out here, and the store's consistency check names them.
        bool orphans = false;
        std::size_t customer = 0;
        std::uint32_t end = 0;
        for (std::size_t k = 0; k < chunks.customer.size(); ++k) {
            while (customer < ids.size() && ids[customer] < chunks.customer[k])
                portfolio.purchaseBegin[++customer] = end;
            if (customer == ids.size() || ids[customer] != chunks.customer[k]) {
                orphans = true;
                continue;
            }
            end += chunks.count[k];
        }
        while (customer < ids.size())
            portfolio.purchaseBegin[++customer] = end;
        if (!orphans) {
            portfolio.purchaseDay = std::move(chunks.day);
            portfolio.purchaseAmount = std::move(chunks.amount);
            return portfolio;
        }
        portfolio.purchaseDay.reserve(end);
        portfolio.purchaseAmount.reserve(end);
        std::size_t from = 0;
        for (std::size_t k = 0; k < chunks.customer.size(); ++k) {
            const std::size_t to = from + chunks.count[k];
            if (std::binary_search(ids.begin(), ids.end(), chunks.customer[k])) {
                portfolio.purchaseDay.insert(portfolio.purchaseDay.end(),
                                             chunks.day.begin() + static_cast<std::ptrdiff_t>(from),
                                             chunks.day.begin() + static_cast<std::ptrdiff_t>(to));
                portfolio.purchaseAmount.insert(
                    portfolio.purchaseAmount.end(),
                    chunks.amount.begin() + static_cast<std::ptrdiff_t>(from),
                    chunks.amount.begin() + static_cast<std::ptrdiff_t>(to));
            }
            from = to;
        }
        return portfolio;
    } catch (const SQLite::Exception& e) {
        rethrowStorageError(db.path(), e);
    }
}

CustomerDirectory loadCustomerDirectory(Database& db, CustomerProfiles* profiles,
                                        std::vector<std::int32_t>* birthdays) {
    try {
        CustomerDirectory directory;
        directory.reserve(static_cast<std::size_t>(
            sqlOf(db).execAndGet("SELECT count(*) FROM customers").getInt64()));
        SqliteStatement q(sqlOf(db).getHandle(),
                          "SELECT external_id, name, company, email, owner, industry, region, "
                          "size_band, tags, birthday FROM customers ORDER BY id");
        while (q.step() == SQLITE_ROW) {
            directory.add(q.textAt(0), q.textAt(1), q.textAt(2), q.textAt(3), q.textAt(4));
            if (profiles) {
                profiles->industry.push_back(q.textAt(5));
                profiles->region.push_back(q.textAt(6));
                profiles->sizeBand.push_back(q.textAt(7));
                profiles->tags.push_back(q.textAt(8));
            }
            if (birthdays)
                birthdays->push_back(q.isNull(9) ? kNoDay
                                                 : static_cast<std::int32_t>(q.int64At(9)));
        }
        return directory;
    } catch (const SQLite::Exception& e) {
        rethrowStorageError(db.path(), e);
    }
}

} // namespace cartera
