#include "storage/activity_repository.h"
#include "storage/database.h"
#include "storage/demo_writer.h"
#include "storage/portfolio_loader.h"
#include "storage/sqlite/connection.h"
#include "storage/sqlite/schema_migrations.h"
#include "storage/storage_error.h"
#include "storage_fixture.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <catch2/catch.hpp>
#include <fstream>
#include <sys/stat.h>

using namespace cartera;
using cartera::test::TempDir;

namespace {

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

std::string errorOpening(const std::string& path,
                         Database::OpenMode mode = Database::OpenMode::OpenExisting) {
    try {
        Database::open(path, mode);
    } catch (const StorageError& e) {
        return e.what();
    }
    return "no error";
}

} // namespace

TEST_CASE("a new portfolio is readable by its owner only, in WAL mode, at the latest schema") {
    TempDir dir;
    const std::string path = dir.file("p.cartera");
    auto db = Database::open(path, Database::OpenMode::CreateNew);
    struct stat st {};
    REQUIRE(::stat(path.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    CHECK(sqlOf(*db).execAndGet("PRAGMA journal_mode").getString() == "wal");
    CHECK(sqlOf(*db).execAndGet("PRAGMA foreign_keys").getInt() == 1);
    CHECK(schemaVersion(sqlOf(*db)) == latestSchemaVersion());
}

TEST_CASE("connections map the file for reading unless told not to, and read alike") {
    TempDir dir;
    const std::string path = dir.file("p.cartera");
    auto created = Database::open(path, Database::OpenMode::CreateNew);
    CHECK(sqlOf(*created).execAndGet("PRAGMA mmap_size").getInt64() > 0);
    const std::string tables = "SELECT group_concat(name) FROM sqlite_schema";
    const std::string expected = sqlOf(*created).execAndGet(tables).getString();
    Database::setMapReads(false);
    auto unmapped = Database::open(path);
    Database::setMapReads(true);
    CHECK(sqlOf(*unmapped).execAndGet("PRAGMA mmap_size").getInt64() == 0);
    CHECK(sqlOf(*unmapped).execAndGet(tables).getString() == expected);
    auto mapped = Database::open(path);
    CHECK(sqlOf(*mapped).execAndGet("PRAGMA mmap_size").getInt64() > 0);
}

TEST_CASE("opening refuses what it must not touch") {
    TempDir dir;
    CHECK(errorOpening(dir.file("missing.cartera")) ==
          "no portfolio at '" + dir.file("missing.cartera") + "'");

    const std::string text = dir.file("notes.txt");
    std::ofstream(text) << "these are my notes, not a database\n";
    const std::string before = slurp(text);
    CHECK(errorOpening(text).find("damaged or not a Cartera portfolio") != std::string::npos);
    CHECK(slurp(text) == before);

    const std::string foreign = dir.file("other.sqlite");
    {
        SQLite::Database other(foreign, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        other.exec("CREATE TABLE t(x); INSERT INTO t VALUES (42)");
    }
    CHECK(errorOpening(foreign).find("another program") != std::string::npos);
    {
        SQLite::Database other(foreign, SQLite::OPEN_READONLY);
        CHECK(other.execAndGet("SELECT x FROM t").getInt() == 42);
        CHECK(other.execAndGet("PRAGMA user_version").getInt() == 0);
    }

    const std::string existing = dir.file("p.cartera");
    Database::open(existing, Database::OpenMode::CreateNew);
    CHECK(errorOpening(existing, Database::OpenMode::CreateNew).find("already exists") !=
          std::string::npos);
}

TEST_CASE("a portfolio from a newer Cartera is left alone") {
    TempDir dir;
    const std::string path = dir.file("p.cartera");
    {
        auto db = Database::open(path, Database::OpenMode::CreateNew);
        sqlOf(*db).exec("PRAGMA user_version = 99");
    }
    CHECK(errorOpening(path).find("newer Cartera (schema 99") != std::string::npos);
}

TEST_CASE("migrations from every earlier version keep every row") {
    for (int from = 0; from < latestSchemaVersion(); ++from) {
        DYNAMIC_SECTION("from version " << from) {
            TempDir dir;
            const std::string path = dir.file("old.cartera");
            {
                Database::open(path, Database::OpenMode::CreateNew);
                SQLite::Database raw(path, SQLite::OPEN_READWRITE);
                // Rebuild the file as the older version wrote it.
                raw.exec("PRAGMA foreign_keys = OFF");
                std::vector<std::string> tables;
                SQLite::Statement all(raw, "SELECT name FROM sqlite_schema WHERE type = 'table'");
                while (all.executeStep())
                    tables.push_back(all.getColumn(0).getString());
                all.reset();
                for (const auto& t : tables)
                    raw.exec("DROP TABLE \"" + t + "\"");
                raw.exec("PRAGMA user_version = 0");
                migrateSchema(raw, from);
                if (from >= 1) {
                    raw.exec("INSERT INTO customers(external_id, name, created_at, updated_at) "
                             "VALUES ('K1', 'Анна', 'x', 'x')");
                    // Rows out of day order, two equal ones and one carrying an order id:
                    // schema 8 packs them into one block in (day, amount) order.
                    raw.exec("INSERT INTO purchases(customer_id, day, amount, seq, external_id) "
                             "VALUES (1, 19001, -250, 0, NULL), (1, 19000, 1250, 0, NULL), "
                             "(1, 19000, 700, NULL, 'o-7'), (1, 19000, 1250, 1, NULL)");
                    raw.exec("INSERT INTO settings VALUES ('lost_after_days', '300')");
                }
            }
            auto db = Database::open(path);
            CHECK(schemaVersion(sqlOf(*db)) == latestSchemaVersion());
            if (from >= 1) {
                CHECK(sqlOf(*db).execAndGet("SELECT name FROM customers").getString() == "Анна");
                CHECK(test::purchaseTotals(*db) == test::PurchaseTotals{4, 2950});
                const auto listed = ActivityRepository(*db).purchases(1);
                REQUIRE(listed.size() == 4);
                CHECK(listed[0].amount == 700);
                CHECK(listed[0].externalId == "o-7");
                CHECK(listed[1].amount == 1250);
                CHECK(listed[2].amount == 1250);
                CHECK(listed[3].day == 19001);
                CHECK(sqlOf(*db)
                          .execAndGet("SELECT count(*) FROM sqlite_schema WHERE name = "
                                      "'purchases'")
                          .getInt() == 0);
                CHECK(test::storeIsConsistent(*db));
                CHECK(db->analysisSettings().lostAfterDays == 300);
            }
            // The newest tables work.
            sqlOf(*db).exec("INSERT INTO customers(external_id, created_at, updated_at) VALUES "
                            "('K2', 'x', 'x')");
            sqlOf(*db).exec("INSERT INTO lost_marks(customer_id, day, created_at) SELECT id, 1, "
                            "'x' FROM customers WHERE external_id = 'K2'");
            CHECK(sqlOf(*db).execAndGet("SELECT count(*) FROM lost_marks").getInt() == 1);
            CHECK(sqlOf(*db).execAndGet("SELECT count(*) FROM loss_reasons").getInt() == 7);
            CHECK(sqlOf(*db).execAndGet("SELECT count(*) FROM loss_reasons").getInt() == 7);
        }
    }
}

TEST_CASE("settings are validated and stored") {
    TempDir dir;
    auto db = Database::open(dir.file("p.cartera"), Database::OpenMode::CreateNew);
    CHECK(db->analysisSettings().lostAfterDays == 365);
    db->setSetting("lost_after_days", "400");
    db->setSetting("pareto_cut", "75%");
    CHECK(db->analysisSettings().lostAfterDays == 400);
    CHECK(db->analysisSettings().paretoCut.toString() == "0.75");
    CHECK_THROWS_WITH(db->setSetting("lost_after_days", "soon"),
                      Catch::Contains("whole number from 1 to 36500"));
    CHECK_THROWS_WITH(db->setSetting("at_risk_after_days", "500"),
                      Catch::Contains("below lost_after_days"));
    CHECK(db->analysisSettings().atRiskAfterDays == 180); // refused change rolled back
    CHECK_THROWS_WITH(db->setSetting("mature_from_months", "6"), Catch::Contains("must rise"));
    CHECK_THROWS_WITH(db->setSetting("colour", "blue"), Catch::Contains("unknown setting"));
    CHECK_THROWS(db->setSetting("currency", "euro"));
    db->setSetting("currency", "USD");
    CHECK(db->analysisSettings().currency == "USD");
}

TEST_CASE("a locked portfolio says so and changes nothing") {
    TempDir dir;
    const std::string path = dir.file("p.cartera");
    auto db = Database::open(path, Database::OpenMode::CreateNew);
    sqlOf(*db).setBusyTimeout(50);
    SQLite::Database other(path, SQLite::OPEN_READWRITE);
    other.exec("BEGIN IMMEDIATE");
    CHECK_THROWS_WITH(db->setSetting("lost_after_days", "400"), Catch::Contains("is locked"));
    other.exec("ROLLBACK");
    CHECK(db->analysisSettings().lostAfterDays == 365);
}

TEST_CASE("a portfolio damaged inside says so when it is read, and is not rewritten") {
    TempDir dir;
    const std::string path = dir.file("p.cartera");
    {
        auto db = Database::open(path, Database::OpenMode::CreateNew);
        sqlOf(*db).exec("PRAGMA journal_mode = DELETE"); // everything in the main file
        writeDemo(*db, {200, 3, Date::fromYmd(2026, 1, 1), 8});
    }
    // Scribble over the pages after the schema, where the purchases live.
    std::string bytes = slurp(path);
    REQUIRE(bytes.size() > 64 * 1024);
    for (std::size_t i = 16 * 1024; i < bytes.size() - 4096; i += 7)
        bytes[i] = static_cast<char>(0xA5);
    { std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes; }
    const std::string damaged = slurp(path);
    std::string message;
    try {
        auto db = Database::open(path);
        loadPortfolio(*db);
    } catch (const StorageError& e) {
        message = e.what();
    }
    CHECK(message.find("damaged or not a Cartera portfolio") != std::string::npos);
    CHECK(slurp(path) == damaged);
}
