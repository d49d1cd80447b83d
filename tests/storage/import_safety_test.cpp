// Imports under stress: killed half-way, racing another writer, thousands of equal rows.
#include "core/import/purchase_rows.h"
#include "storage/database.h"
#include "storage/portfolio_loader.h"
#include "storage/purchase_importer.h"
#include "storage/sqlite/connection.h"
#include "storage_fixture.h"

#include <SQLiteCpp/Statement.h>
#include <algorithm>
#include <catch2/catch.hpp>
#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace cartera;
using cartera::test::TempDir;

namespace {

PurchaseRows rowsOf(const std::string& csv) {
    CsvImportOptions o;
    o.fileName = "p.csv";
    return parsePurchaseCsv(csv, o);
}

std::string manyPurchases(const char* prefix, int customers, int perCustomer) {
    std::string csv = "customer,date,amount\n";
    for (int c = 0; c < customers; ++c)
        for (int k = 0; k < perCustomer; ++k)
            csv += std::string(prefix) + std::to_string(c) + ",2024-0" + std::to_string(1 + k % 9) +
                   "-1" + std::to_string(k % 10) + "," + std::to_string(c % 97 + k) + ".25\n";
    return csv;
}

std::string contentOf(Database& db) {
    std::string out;
    const test::PurchaseTotals t = test::purchaseTotals(db);
    out += std::to_string(t.count) + "|" + std::to_string(t.sum) + "|";
    for (const char* q : {"SELECT count(*) FROM customers", "SELECT group_concat(key || value) "
                                                            "FROM settings"}) {
        SQLite::Statement s(sqlOf(db), q);
        s.executeStep();
        for (int c = 0; c < s.getColumnCount(); ++c)
            out += s.getColumn(c).getString() + "|";
    }
    return out;
}

} // namespace

TEST_CASE("an import killed at any point leaves an intact file with its old content") {
    TempDir dir;
    const std::string path = dir.file("p.cartera");
    {
        auto db = Database::open(path, Database::OpenMode::CreateNew);
        importPurchases(*db, rowsOf(manyPurchases("OLD", 50, 3)));
    }
    const PurchaseRows big = rowsOf(manyPurchases("NEW", 20000, 6));
    std::string before;
    {
        auto db = Database::open(path);
        before = contentOf(*db);
    }
    // Kill points as shares of the progress: at the start, among the customers, among the
    // purchases, and after the last row just before the commit.
    for (const double share : {0.0, 0.1, 0.5, 0.9, 1.0}) {
        const pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            auto db = Database::open(path);
            importPurchases(*db, big, [share](std::size_t done, std::size_t total) {
                if (static_cast<double>(done) >= share * static_cast<double>(total))
                    ::kill(::getpid(), SIGKILL);
                return true;
            });
            ::_exit(3); // not reached: the import reports its end before it commits
        }
        int status = 0;
        ::waitpid(child, &status, 0);
        INFO("killed at " << share);
        REQUIRE(WIFSIGNALED(status));
        CHECK(WTERMSIG(status) == SIGKILL);
        auto db = Database::open(path);
        CHECK(test::storeIsConsistent(*db));
        CHECK(contentOf(*db) == before);
    }
}

TEST_CASE("two processes importing into one file both succeed, one after the other") {
    TempDir dir;
    const std::string path = dir.file("p.cartera");
    Database::open(path, Database::OpenMode::CreateNew);
    const PurchaseRows a = rowsOf(manyPurchases("A", 20000, 4));
    const PurchaseRows b = rowsOf(manyPurchases("B", 20000, 4));
    // Each child waits at a pipe so that both start writing at the same moment.
    int go[2];
    REQUIRE(::pipe(go) == 0);
    std::vector<pid_t> children;
    for (const PurchaseRows* rows : {&a, &b}) {
        const pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            char c;
            ::close(go[1]);
            if (::read(go[0], &c, 1) != 1)
                ::_exit(4);
            try {
                auto db = Database::open(path);
                importPurchases(*db, *rows);
                ::_exit(0);
            } catch (...) {
                ::_exit(1);
            }
        }
        children.push_back(child);
    }
    ::close(go[0]);
    REQUIRE(::write(go[1], "gg", 2) == 2);
    ::close(go[1]);
    for (const pid_t child : children) {
        int status = 0;
        ::waitpid(child, &status, 0);
        REQUIRE(WIFEXITED(status));
        CHECK(WEXITSTATUS(status) == 0);
    }
    auto db = Database::open(path);
    CHECK(loadPortfolio(*db).purchaseCount() == a.size() + b.size());
}

TEST_CASE("many equal purchases of one customer and day are numbered once each") {
    // 60,000 rows of one customer-day in three amounts: each amount's 20,000 rows are counted,
    // so a re-import adds nothing and one more row adds exactly one.
    std::string csv = "customer,date,amount\n";
    for (int i = 0; i < 60000; ++i)
        csv += "K1,2024-01-01," + std::to_string(1 + i % 3) + ".00\n";
    TempDir dir;
    auto db = Database::open(dir.file("p.cartera"), Database::OpenMode::CreateNew);
    CHECK(importPurchases(*db, rowsOf(csv)).inserted == 60000);
    const Portfolio p = loadPortfolio(*db);
    CHECK(std::count(p.purchaseAmount.begin(), p.purchaseAmount.end(), 200) == 20000);
    const ImportSummary again = importPurchases(*db, rowsOf(csv));
    CHECK(again.inserted == 0);
    CHECK(again.duplicates == 60000);
    CHECK(importPurchases(*db, rowsOf(csv + "K1,2024-01-01,2.00\n")).inserted == 1);
}

TEST_CASE("invoice lines re-imported add nothing twice") {
    const std::string csv = "InvoiceNo,Quantity,InvoiceDate,UnitPrice,CustomerID\n"
                            "1,2,2024-01-01 10:00,1.50,K1\n1,1,2024-01-01 10:00,2.00,K1\n"
                            "2,1,2024-01-01 11:00,2.00,K1\nC3,-1,2024-01-02 09:00,2.00,K1\n";
    TempDir dir;
    auto db = Database::open(dir.file("p.cartera"), Database::OpenMode::CreateNew);
    CHECK(importPurchases(*db, rowsOf(csv)).inserted == 3);
    CHECK(importPurchases(*db, rowsOf(csv)).inserted == 0);
    CHECK(test::purchaseTotals(*db) == test::PurchaseTotals{3, 500});
    CHECK(test::storeIsConsistent(*db));
}
