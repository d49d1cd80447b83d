// The purchase store: columns per chunk of 1,024 customer ids, and the check that they are sound.
#include "storage/activity_repository.h"
#include "storage/customer_repository.h"
#include "storage/database.h"
#include "storage/sqlite/connection.h"
#include "storage/sqlite/purchase_store.h"
#include "storage/storage_error.h"
#include "storage_fixture.h"

#include <SQLiteCpp/Statement.h>
#include <catch2/catch.hpp>

using namespace cartera;
using cartera::test::TempDir;

namespace {

std::int64_t addCustomer(Database& db, const std::string& externalId) {
    CustomerRecord r;
    r.externalId = externalId;
    return CustomerRepository(db).add(r);
}

// A customer under a chosen id, as a file written by an older version may have them.
void addCustomerWithId(Database& db, std::int64_t id) {
    SQLite::Statement q(sqlOf(db), "INSERT INTO customers(id, external_id, created_at, "
                                   "updated_at) VALUES (?, ?, 'x', 'x')");
    q.bind(1, id);
    q.bind(2, "K" + std::to_string(id));
    q.exec();
}

std::string chunkBytes(Database& db, std::int64_t chunk) {
    SQLite::Statement q(sqlOf(db), "SELECT hex(customers) || hex(counts) || hex(days) || "
                                   "hex(amounts) FROM purchase_chunks WHERE chunk = ?");
    q.bind(1, chunk);
    return q.executeStep() ? q.getColumn(0).getString() : std::string();
}

std::vector<std::pair<std::int32_t, Cents>> listed(Database& db, std::int64_t customer) {
    std::vector<std::pair<std::int32_t, Cents>> out;
    for (const Purchase& p : ActivityRepository(db).purchases(customer))
        out.emplace_back(p.day, p.amount);
    return out;
}

} // namespace

TEST_CASE("a chunk holds its customers' purchases as little-endian columns in order") {
    TempDir dir;
    auto db = Database::open(dir.file("p.cartera"), Database::OpenMode::CreateNew);
    const std::int64_t k = addCustomer(*db, "K1");
    ActivityRepository activity(*db);
    activity.addPurchase(k, 0x01020304, 500);
    activity.addPurchase(k, 10, -0x0102);
    activity.addPurchase(k, 10, -0x0103);
    SQLite::Statement q(sqlOf(*db), "SELECT chunk, hex(customers), hex(counts), hex(days), "
                                    "hex(amounts) FROM purchase_chunks");
    REQUIRE(q.executeStep());
    CHECK(q.getColumn(0).getInt() == 0);
    CHECK(q.getColumn(1).getString() == "0100000000000000");
    CHECK(q.getColumn(2).getString() == "03000000");
    CHECK(q.getColumn(3).getString() == "0A0000000A00000004030201");
    CHECK(q.getColumn(4).getString() == "FDFEFFFFFFFFFFFFFEFEFFFFFFFFFFFFF401000000000000");
    CHECK(test::storeIsConsistent(*db));
}

TEST_CASE("an edit rewrites its own chunk only, and a deleted customer takes its purchases") {
    TempDir dir;
    auto db = Database::open(dir.file("p.cartera"), Database::OpenMode::CreateNew);
    const std::int64_t a = addCustomer(*db, "A");
    const std::int64_t c = addCustomer(*db, "C");
    addCustomerWithId(*db, 2000); // chunk 1
    ActivityRepository activity(*db);
    activity.addPurchase(2000, 100, 7);
    activity.addPurchase(c, 100, 2000);
    const std::string other = chunkBytes(*db, 1);
    // A sits before C in chunk 0: its purchases go in front of C's.
    activity.addPurchase(a, 100, 1000);
    activity.addPurchase(a, 50, 300);
    activity.addPurchase(c, 40, 1);
    CHECK(chunkBytes(*db, 1) == other);
    CHECK(listed(*db, a) == std::vector<std::pair<std::int32_t, Cents>>{{50, 300}, {100, 1000}});
    CHECK(listed(*db, c) == std::vector<std::pair<std::int32_t, Cents>>{{40, 1}, {100, 2000}});
    CHECK(test::purchaseTotals(*db) == test::PurchaseTotals{5, 3308});
    CHECK(test::storeIsConsistent(*db));

    CustomerRepository(*db).remove(a);
    CHECK(listed(*db, c).size() == 2);
    CustomerRepository(*db).remove(c);
    CHECK(chunkBytes(*db, 0).empty()); // the chunk's row goes with its last customer
    CHECK(test::purchaseTotals(*db) == test::PurchaseTotals{1, 7});
    CHECK(test::storeIsConsistent(*db));
}

TEST_CASE("the consistency check finds damaged chunks, orphaned purchases and stray ids") {
    TempDir dir;
    auto db = Database::open(dir.file("p.cartera"), Database::OpenMode::CreateNew);
    for (const std::int64_t id : {1, 2, 1025, 2049}) {
        addCustomerWithId(*db, id);
        ActivityRepository(*db).addPurchase(id, 100, 1000);
        ActivityRepository(*db).addPurchase(id, 200, 1000);
    }
    sqlOf(*db).exec("INSERT INTO purchase_ids VALUES ('good', 1, 200, 1000)");
    PurchaseStoreCheck check = checkPurchaseStore(sqlOf(*db).getHandle());
    CHECK(check.ok());
    CHECK(check.chunks == 3);
    CHECK(check.customers == 4);
    CHECK(check.purchases == 8);

    // Another tool deletes customer 2: its purchases stay behind, belong to nobody and are
    // left out of the analysis.
    sqlOf(*db).exec("DELETE FROM customers WHERE id = 2");
    CHECK(test::purchaseTotals(*db) == test::PurchaseTotals{6, 6000});
    // Chunk 1 counts three purchases for two days' bytes; chunk 2's days run backwards; an id
    // names a purchase its customer does not have.
    sqlOf(*db).exec("UPDATE purchase_chunks SET counts = X'03000000' WHERE chunk = 1");
    sqlOf(*db).exec("UPDATE purchase_chunks SET days = X'C800000064000000' WHERE chunk = 2");
    sqlOf(*db).exec("INSERT INTO purchase_ids VALUES ('stray', 1, 300, 1000)");
    check = checkPurchaseStore(sqlOf(*db).getHandle());
    CHECK_FALSE(check.ok());
    CHECK(check.damagedChunks == std::vector<std::int64_t>{1, 2});
    CHECK(check.orphanCustomers == std::vector<std::int64_t>{2});
    CHECK(check.strayIds == std::vector<std::string>{"stray"});
    // Reading refuses a damaged chunk rather than reading past it.
    CHECK_THROWS_AS(ActivityRepository(*db).purchases(1025), StorageError);
    CHECK_THROWS_AS(loadPortfolio(*db), StorageError);
    CHECK(listed(*db, 1).size() == 2);
}

TEST_CASE("a new customer starts with no purchases, whatever was left under its id") {
    TempDir dir;
    auto db = Database::open(dir.file("p.cartera"), Database::OpenMode::CreateNew);
    const std::int64_t a = addCustomer(*db, "A");
    ActivityRepository(*db).addPurchase(a, 100, 1000);
    sqlOf(*db).exec("DELETE FROM customers WHERE id = 1"); // behind the app's back
    CHECK(addCustomer(*db, "B") == a);                     // SQLite hands the id out again
    CHECK(listed(*db, a).empty());
    CHECK(test::storeIsConsistent(*db));
}

TEST_CASE("a customer id far beyond the others loads without reserving for every id below it") {
    TempDir dir;
    auto db = Database::open(dir.file("p.cartera"), Database::OpenMode::CreateNew);
    addCustomerWithId(*db, 1);
    addCustomerWithId(*db, 4'000'000'000'000LL); // a chunk of its own, far away
    ActivityRepository(*db).addPurchase(1, 100, 5);
    ActivityRepository(*db).addPurchase(4'000'000'000'000LL, 200, 7);
    const Portfolio p = loadPortfolio(*db);
    REQUIRE(p.customerCount() == 2);
    CHECK(p.daysOf(1).size() == 1);
    CHECK(p.amountsOf(1)[0] == 7);
    CHECK(test::storeIsConsistent(*db));
}
