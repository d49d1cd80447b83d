#include "core/import/purchase_rows.h"
#include "storage/activity_repository.h"
#include "storage/database.h"
#include "storage/portfolio_loader.h"
#include "storage/purchase_importer.h"
#include "storage/sqlite/connection.h"
#include "storage_fixture.h"

#include <SQLiteCpp/Statement.h>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace cartera;
using cartera::test::TempDir;

namespace {

ImportSummary importText(Database& db, std::string_view csv, bool skip = false) {
    CsvImportOptions o;
    o.fileName = "p.csv";
    o.skipBadRows = skip;
    return importPurchases(db, parsePurchaseCsv(csv, o));
}

// Every row of every table, in a stable order: "unchanged in content".
std::string dumpAll(Database& db) {
    std::string out;
    for (const char* table : {"customers", "purchase_chunks", "purchase_ids", "settings",
                              "lost_marks", "interactions"}) {
        SQLite::Statement q(sqlOf(db), std::string("SELECT * FROM ") + table + " ORDER BY 1");
        while (q.executeStep()) {
            out += table;
            for (int c = 0; c < q.getColumnCount(); ++c)
                out += "|" + q.getColumn(c).getString();
            out += "\n";
        }
    }
    return out;
}

const char* kFile = "customer,date,amount\n"
                    "C2,2024-03-01,10.00\n"
                    "C1,2024-01-01,5.00\n"
                    "C1,2024-01-01,5.00\n"
                    "C1,2024-02-01,-1.50\n"
                    "C2,2024-01-15,0\n";

} // namespace

TEST_CASE("imported purchases load back sorted by customer then day") {
    TempDir dir;
    auto db = Database::open(dir.file("p.cartera"), Database::OpenMode::CreateNew);
    const ImportSummary s = importText(*db, kFile);
    CHECK(s.inserted == 5);
    CHECK(s.newCustomers == 2);
    const Portfolio p = loadPortfolio(*db);
    REQUIRE(p.customerCount() == 2);
    CHECK(p.externalId[0] == "C2"); // created in order of first appearance
    CHECK(p.purchaseBegin == std::vector<std::uint32_t>{0, 2, 5});
    CHECK(std::vector<Cents>(p.amountsOf(0).begin(), p.amountsOf(0).end()) ==
          std::vector<Cents>{0, 1000});
    CHECK(std::vector<Cents>(p.amountsOf(1).begin(), p.amountsOf(1).end()) ==
          std::vector<Cents>{500, 500, -150});
    CHECK(p.daysOf(1)[2] == Date::fromYmd(2024, 2, 1).days());
}

TEST_CASE("re-importing the same file adds nothing, a longer file adds only what is new") {
    TempDir dir;
    auto db = Database::open(dir.file("p.cartera"), Database::OpenMode::CreateNew);
    importText(*db, kFile);
    const std::string before = dumpAll(*db);
    const ImportSummary again = importText(*db, kFile);
    CHECK(again.inserted == 0);
    CHECK(again.duplicates == 5);
    CHECK(again.newCustomers == 0);
    CHECK(dumpAll(*db) == before);
    // A third identical purchase of the same day is new.
    const ImportSummary more =
        importText(*db, std::string(kFile) + "C1,2024-01-01,5.00\nC3,2024-04-01,7.00\n");
    CHECK(more.inserted == 2);
    CHECK(more.newCustomers == 1);
    CHECK(loadPortfolio(*db).purchaseCount() == 7);
}

TEST_CASE("purchase ids identify purchases across files") {
    TempDir dir;
    auto db = Database::open(dir.file("p.cartera"), Database::OpenMode::CreateNew);
    const char* a = "order_id,customer,date,amount\no1,C1,2024-01-01,5.00\no2,C1,2024-01-01,5.00\n";
    CHECK(importText(*db, a).inserted == 2);
    const char* b = "order_id,customer,date,amount\no2,C1,2024-01-01,5.00\no3,C1,2024-01-01,5.00\n";
    const ImportSummary s = importText(*db, b);
    CHECK(s.inserted == 1);
    CHECK(s.duplicates == 1);
    // An id-less row of the same day and amount is not one of the identified purchases.
    const char* c = "customer,date,amount\nC1,2024-01-01,5.00\nC1,2024-01-01,5.00\n";
    CHECK(importText(*db, c).inserted == 2);
    CHECK(importText(*db, c).inserted == 0);
    CHECK(test::storeIsConsistent(*db));
    const auto listed = ActivityRepository(*db).purchases(
        sqlOf(*db).execAndGet("SELECT id FROM customers WHERE external_id = 'C1'").getInt64());
    REQUIRE(listed.size() == 5);
    std::vector<std::string> ids;
    for (const auto& p : listed)
        ids.push_back(p.externalId);
    std::sort(ids.begin(), ids.end());
    CHECK(ids == std::vector<std::string>{"", "", "o1", "o2", "o3"});
}

TEST_CASE("an import that fails on line 7 leaves the portfolio exactly as it was") {
    TempDir dir;
    auto db = Database::open(dir.file("p.cartera"), Database::OpenMode::CreateNew);
    importText(*db, kFile);
    db->setSetting("lost_after_days", "300");
    const std::string before = dumpAll(*db);
    const std::string bad = "customer,date,amount\nN1,2024-05-01,1.00\nN2,2024-05-02,1.00\n"
                            "N3,2024-05-03,1.00\nN4,2024-05-04,1.00\nN5,2024-05-05,1.00\n"
                            "N6,2024-05-06,twelve\n";
    CHECK_THROWS_WITH(importText(*db, bad), "p.csv:7:3: amount is not an amount with decimal "
                                            "separator '.' and at most 2 decimals ('twelve')");
    CHECK(dumpAll(*db) == before);
}

TEST_CASE("a cancelled import changes nothing") {
    TempDir dir;
    auto db = Database::open(dir.file("p.cartera"), Database::OpenMode::CreateNew);
    const std::string before = dumpAll(*db);
    CsvImportOptions o;
    const PurchaseRows rows = parsePurchaseCsv(kFile, o);
    CHECK_THROWS_AS(
        importPurchases(*db, rows, [](std::size_t done, std::size_t) { return done < 3; }),
        ImportCancelled);
    CHECK(dumpAll(*db) == before);
}

TEST_CASE("skipping bad rows imports the good ones and reports the others") {
    TempDir dir;
    auto db = Database::open(dir.file("p.cartera"), Database::OpenMode::CreateNew);
    const ImportSummary s = importText(
        *db, "customer,date,amount\nC1,2024-01-01,1.00\nC1,2024-02-30,1.00\nC1,2024-03-01,2.00\n",
        true);
    CHECK(s.inserted == 2);
    REQUIRE(s.rejects.size() == 1);
    CHECK(s.rejects[0].format("p.csv") ==
          "p.csv:3:2: date is not a date in the format YYYY-MM-DD ('2024-02-30')");
}

TEST_CASE("customers import: names in any script survive, re-import updates in place") {
    TempDir dir;
    auto db = Database::open(dir.file("p.cartera"), Database::OpenMode::CreateNew);
    CsvImportOptions o;
    o.fileName = "c.csv";
    const char* csv = "id,name,company,referred_by\nK1,Анна Иванова,ООО Ромашка,K2\n"
                      "K2,Zoë Ñúñez,Γιώργος Α.Ε.,\n";
    const ImportSummary first = importCustomers(*db, parseCustomerCsv(csv, o));
    CHECK(first.inserted == 2);
    CHECK(
        sqlOf(*db).execAndGet("SELECT name FROM customers WHERE external_id = 'K1'").getString() ==
        "Анна Иванова");
    CHECK(sqlOf(*db)
              .execAndGet("SELECT r.external_id FROM customers c JOIN customers r ON r.id = "
                          "c.referred_by WHERE c.external_id = 'K1'")
              .getString() == "K2");
    const std::string before = dumpAll(*db);
    const ImportSummary same = importCustomers(*db, parseCustomerCsv(csv, o));
    CHECK(same.inserted == 0);
    CHECK(same.updated == 0);
    CHECK(dumpAll(*db) == before);
    const ImportSummary changed =
        importCustomers(*db, parseCustomerCsv("id,name\nK2,Zoë Núñez-Pérez\n", o));
    CHECK(changed.updated == 1);
    CHECK(sqlOf(*db).execAndGet("SELECT count(*) FROM customers").getInt() == 2);

    CHECK_THROWS_WITH(importCustomers(*db, parseCustomerCsv("id,referred_by\nK9,NOPE\n", o)),
                      "c.csv:2: referred_by names no known customer ('NOPE')");
    CHECK(sqlOf(*db).execAndGet("SELECT count(*) FROM customers").getInt() == 2);
}

TEST_CASE("a large first import cancelled half-way leaves nothing, done it loads in order") {
    TempDir dir;
    auto db = Database::open(dir.file("p.cartera"), Database::OpenMode::CreateNew);
    std::string csv = "customer,date,amount\n";
    for (int i = 0; i < 120'000; ++i)
        csv += "C" + std::to_string(i % 9000) + ",2024-01-" + std::to_string(10 + i % 19) + "," +
               std::to_string(1 + i % 50) + ".00\n";
    CsvImportOptions o;
    const PurchaseRows rows = parsePurchaseCsv(csv, o);
    CHECK_THROWS_AS(
        importPurchases(*db, rows,
                        [](std::size_t done, std::size_t total) { return done < total / 2; }),
        ImportCancelled);
    CHECK(test::purchaseTotals(*db).count == 0);
    CHECK(test::storeIsConsistent(*db));

    const ImportSummary first = importPurchases(*db, rows);
    CHECK(first.inserted == 120'000);
    CHECK(test::storeIsConsistent(*db));
    // 9,000 customers with purchases, in nine chunks of ids.
    const PurchaseStoreCheck check = checkPurchaseStore(sqlOf(*db).getHandle());
    CHECK(check.customers == 9000);
    CHECK(check.chunks == 9);
    const Portfolio p = loadPortfolio(*db);
    CHECK(p.purchaseCount() == 120'000);
    for (std::size_t i = 0; i < p.customerCount(); ++i)
        REQUIRE(std::is_sorted(p.daysOf(i).begin(), p.daysOf(i).end()));
    const ImportSummary again = importPurchases(*db, rows);
    CHECK(again.inserted == 0);
    CHECK(again.duplicates == 120'000);
}
