// The purchase store: one block of columns per customer, and the check that they are sound.
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

std::string blobOf(Database& db, std::int64_t customer) {
    SQLite::Statement q(sqlOf(db), "SELECT days || amounts FROM purchase_blocks WHERE "
                                   "customer_id = ?");
    q.bind(1, customer);
    return q.executeStep() ? q.getColumn(0).getString() : std::string();
}

} // namespace

TEST_CASE("a block holds its purchases as little-endian columns in (day, amount) order") {
    TempDir dir;
    auto db = Database::open(dir.file("p.cartera"), Database::OpenMode::CreateNew);
    const std::int64_t k = addCustomer(*db, "K1");
    ActivityRepository activity(*db);
    activity.addPurchase(k, 0x01020304, 500);
    activity.addPurchase(k, 10, -0x0102);
    activity.addPurchase(k, 10, -0x0103);
    SQLite::Statement q(sqlOf(*db), "SELECT count, hex(days), hex(amounts) FROM purchase_blocks");
    REQUIRE(q.executeStep());
    CHECK(q.getColumn(0).getInt() == 3);
    CHECK(q.getColumn(1).getString() == "0A0000000A00000004030201");
    CHECK(q.getColumn(2).getString() == "FDFEFFFFFFFFFFFFFEFEFFFFFFFFFFFFF401000000000000");
    CHECK(test::storeIsConsistent(*db));
}

TEST_CASE("adding a purchase rewrites its customer's block only") {
    TempDir dir;
    auto db = Database::open(dir.file("p.cartera"), Database::OpenMode::CreateNew);
    const std::int64_t a = addCustomer(*db, "A");
    const std::int64_t b = addCustomer(*db, "B");
    ActivityRepository activity(*db);
    activity.addPurchase(a, 100, 1000);
    activity.addPurchase(b, 100, 2000);
    const std::string before = blobOf(*db, b);
    activity.addPurchase(a, 50, 300);
    CHECK(blobOf(*db, b) == before);
    const auto listed = activity.purchases(a);
    REQUIRE(listed.size() == 2);
    CHECK(listed[0].day == 50);
    CHECK(listed[1].amount == 1000);
    // A deleted customer takes its block along.
    CustomerRepository(*db).remove(a);
    CHECK(sqlOf(*db).execAndGet("SELECT count(*) FROM purchase_blocks").getInt() == 1);
    CHECK(test::storeIsConsistent(*db));
}

TEST_CASE("the consistency check finds damaged blocks and ids without their purchase") {
    TempDir dir;
    auto db = Database::open(dir.file("p.cartera"), Database::OpenMode::CreateNew);
    const std::int64_t a = addCustomer(*db, "A");
    const std::int64_t b = addCustomer(*db, "B");
    const std::int64_t c = addCustomer(*db, "C");
    ActivityRepository activity(*db);
    for (const std::int64_t k : {a, b, c}) {
        activity.addPurchase(k, 100, 1000);
        activity.addPurchase(k, 200, 1000);
    }
    sqlOf(*db).exec("INSERT INTO purchase_ids VALUES ('good', 1, 200, 1000)");
    PurchaseStoreCheck check = checkPurchaseStore(sqlOf(*db).getHandle());
    CHECK(check.ok());
    CHECK(check.blocks == 3);
    CHECK(check.purchases == 6);

    // B's count disagrees with its blobs; C's days run backwards; an id names no purchase.
    sqlOf(*db).exec("UPDATE purchase_blocks SET count = 3 WHERE customer_id = 2");
    sqlOf(*db).exec("UPDATE purchase_blocks SET days = X'C800000064000000' WHERE customer_id = 3");
    sqlOf(*db).exec("INSERT INTO purchase_ids VALUES ('stray', 1, 300, 1000)");
    check = checkPurchaseStore(sqlOf(*db).getHandle());
    CHECK_FALSE(check.ok());
    CHECK(check.damagedCustomers == std::vector<std::int64_t>{b, c});
    CHECK(check.strayIds == std::vector<std::string>{"stray"});
    // Loading refuses a damaged block rather than reading past it.
    CHECK_THROWS_AS(ActivityRepository(*db).purchases(b), StorageError);
    CHECK_THROWS_AS(loadPortfolio(*db), StorageError);
}
