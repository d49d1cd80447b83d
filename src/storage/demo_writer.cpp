#include "storage/demo_writer.h"

#include "core/portfolio/portfolio.h"
#include "storage/sqlite/connection.h"
#include "storage/sqlite/schema_migrations.h"
#include "storage/sqlite/sqlite_statement.h"
#include "storage/storage_error.h"

#include <SQLiteCpp/Transaction.h>
#include <unordered_map>

namespace cartera {

DemoCounts writeDemo(Database& db, const DemoOptions& options, const ImportProgress& progress) {
    DemoCounts counts;
    try {
        if (sqlOf(db).execAndGet("SELECT count(*) FROM customers").getInt64() > 0)
            throw StorageError(ErrorKind::DemoNeedsEmpty);
        sqlite3* h = sqlOf(db).getHandle();
        SQLite::Transaction transaction(sqlOf(db), SQLite::TransactionBehavior::IMMEDIATE);
        const std::string now = nowTimestamp();
        SqliteStatement addCustomer(
            h, "INSERT INTO customers(external_id, name, company, email, phone, birthday, "
               "customer_since, owner, source, referred_by, created_at, updated_at, industry, "
               "region, size_band, tags) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, (SELECT id "
               "FROM customers WHERE external_id = ?10), ?11, ?11, ?12, ?13, ?14, ?15)");
        addCustomer.bindText(11, now);
        // The portfolio is empty: build the customer index once at the end (as large imports do).
        sqlOf(db).exec("DROP INDEX purchases_by_customer");
        SqliteStatement addPurchase(
            h, "INSERT INTO purchases(customer_id, day, amount, seq) VALUES (?, ?, ?, ?)");
        std::int64_t customerId = 0;
        std::int32_t lastDay = kNoDay;
        std::vector<Cents> amountsToday;
        bool cancelled = false;

        DemoSink sink;
        sink.customer = [&](std::size_t index, const CustomerRecord& c) {
            if (cancelled)
                return;
            addCustomer.bindText(1, c.externalId);
            addCustomer.bindText(2, c.name);
            addCustomer.bindText(3, c.company);
            addCustomer.bindText(4, c.email);
            addCustomer.bindText(5, c.phone);
            if (c.birthday == kNoDay)
                addCustomer.bindNull(6);
            else
                addCustomer.bindInt64(6, c.birthday);
            if (c.customerSince == kNoDay)
                addCustomer.bindNull(7);
            else
                addCustomer.bindInt64(7, c.customerSince);
            addCustomer.bindText(8, c.owner);
            addCustomer.bindText(9, c.source);
            addCustomer.bindText(10, c.referredBy);
            addCustomer.bindText(12, c.profile.industry);
            addCustomer.bindText(13, c.profile.region);
            addCustomer.bindText(14, c.profile.sizeBand);
            addCustomer.bindText(15, c.profile.tags);
            addCustomer.step();
            addCustomer.reset();
            customerId = sqlite3_last_insert_rowid(h);
            lastDay = kNoDay;
            ++counts.customers;
            if (progress && (index & 0x3FF) == 0 && !progress(index, options.customers))
                cancelled = true;
        };
        sink.purchase = [&](std::size_t, std::int32_t day, Cents amount) {
            if (cancelled)
                return;
            if (day != lastDay) {
                amountsToday.clear();
                lastDay = day;
            }
            const auto seq = std::count(amountsToday.begin(), amountsToday.end(), amount);
            amountsToday.push_back(amount);
            addPurchase.bindInt64(1, customerId);
            addPurchase.bindInt64(2, day);
            addPurchase.bindInt64(3, amount);
            addPurchase.bindInt64(4, seq);
            addPurchase.step();
            addPurchase.reset();
            ++counts.purchases;
        };
        generateDemo(options, sink);
        if (cancelled)
            throw ImportCancelled();
        sqlOf(db).exec(kPurchasesByCustomerIndex);
        transaction.commit();
    } catch (const SQLite::Exception& e) {
        rethrowStorageError(db.path(), e);
    }
    return counts;
}

} // namespace cartera
