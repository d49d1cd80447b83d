#include "core/analysis/lifecycle.h"
#include "storage/activity_repository.h"
#include "storage/customer_backup.h"
#include "storage/customer_repository.h"
#include "storage/demo_writer.h"
#include "storage/portfolio_loader.h"
#include "storage/prospect_repository.h"
#include "storage/recovery_repository.h"
#include "storage/sqlite/connection.h"
#include "storage/storage_error.h"
#include "storage_fixture.h"

#include <SQLiteCpp/Statement.h>
#include <catch2/catch.hpp>

using namespace cartera;
using cartera::test::TempDir;

TEST_CASE("customers round-trip through the repository") {
    TempDir dir;
    auto db = Database::open(dir.file("p.cartera"), Database::OpenMode::CreateNew);
    CustomerRepository customers(*db);
    CustomerRecord r;
    r.externalId = "K1";
    r.name = "Ελένη Οικονόμου";
    r.company = "Helix Α.Ε.";
    r.email = "eleni@example.com";
    r.birthday = Date::fromYmd(1980, 2, 29).days();
    r.customerSince = Date::fromYmd(2020, 1, 31).days();
    r.notes = "prefers calls\nin the morning";
    const std::int64_t id = customers.add(r);
    const auto back = customers.find(id);
    REQUIRE(back);
    CHECK(back->record.name == r.name);
    CHECK(back->record.birthday == r.birthday);
    CHECK(back->record.customerSince == r.customerSince);
    CHECK(back->record.notes == r.notes);
    CHECK_THROWS_WITH(customers.add(r), Catch::Contains("already exists"));

    CustomerRecord other;
    other.externalId = "K2";
    other.referredBy = "K1";
    const std::int64_t id2 = customers.add(other);
    CHECK(customers.find(id2)->record.referredBy == "K1");
    other.referredBy = "K404";
    CHECK_THROWS_WITH(customers.update(id2, other), Catch::Contains("no customer 'K404'"));

    r.name = "Eleni Oikonomou";
    customers.update(id, r);
    CHECK(customers.findByExternalId("K1")->record.name == "Eleni Oikonomou");
    customers.remove(id);
    CHECK_FALSE(customers.find(id));
    CHECK(customers.find(id2)->record.referredBy.empty()); // ON DELETE SET NULL
}

TEST_CASE("a lost mark recorded in the database reaches the analysis") {
    TempDir dir;
    auto db = Database::open(dir.file("p.cartera"), Database::OpenMode::CreateNew);
    CustomerRepository customers(*db);
    ActivityRepository activity(*db);
    CustomerRecord r;
    r.externalId = "K1";
    const std::int64_t id = customers.add(r);
    activity.addPurchase(id, Date::fromYmd(2024, 1, 1).days(), 1000);
    activity.addPurchase(id, Date::fromYmd(2024, 1, 1).days(), 1000);
    CHECK(activity.purchases(id).size() == 2);
    const Date t = Date::fromYmd(2024, 3, 1);
    ClassifyScratch scratch;
    CHECK(classifyCustomer(loadPortfolio(*db), 0, {}, t, scratch).activity == Activity::Active);
    const std::int64_t mark = activity.markLost(id, Date::fromYmd(2024, 2, 1).days(), "moved away");
    CHECK(classifyCustomer(loadPortfolio(*db), 0, {}, t, scratch).activity == Activity::Lost);
    activity.removeLostMark(mark);
    CHECK(classifyCustomer(loadPortfolio(*db), 0, {}, t, scratch).activity == Activity::Active);
}

TEST_CASE("interactions are logged with a kind and direction") {
    TempDir dir;
    auto db = Database::open(dir.file("p.cartera"), Database::OpenMode::CreateNew);
    CustomerRecord r;
    r.externalId = "K1";
    const std::int64_t id = CustomerRepository(*db).add(r);
    ActivityRepository activity(*db);
    activity.addInteraction({0, id, 19000, "call", "out", "asked about the new catalogue"});
    activity.addInteraction({0, id, 19010, "visit", "in", "came to the shop"});
    const auto log = activity.interactions(id);
    REQUIRE(log.size() == 2);
    CHECK(log[0].kind == "visit"); // newest first
    CHECK_THROWS_WITH(activity.addInteraction({0, id, 19000, "fax", "out", ""}),
                      Catch::Contains("call, email, letter, visit or sms"));
}

TEST_CASE("the demo fills an empty portfolio, the same for the same seed") {
    TempDir dir;
    auto a = Database::open(dir.file("a.cartera"), Database::OpenMode::CreateNew);
    auto b = Database::open(dir.file("b.cartera"), Database::OpenMode::CreateNew);
    const DemoOptions o{300, 5, Date::fromYmd(2026, 1, 1), 8};
    const DemoCounts ca = writeDemo(*a, o);
    writeDemo(*b, o);
    CHECK(ca.customers == 300);
    const Portfolio pa = loadPortfolio(*a);
    const Portfolio pb = loadPortfolio(*b);
    CHECK(pa.purchaseCount() == ca.purchases);
    CHECK(pa.purchaseAmount == pb.purchaseAmount);
    CHECK(pa.purchaseBegin == pb.purchaseBegin);
    CHECK(pa.purchaseDay == pb.purchaseDay);
    // Reading the blocks on a second connection meanwhile gives the same portfolio.
    const Portfolio parallel = loadPortfolio(*a, 1);
    const Portfolio serial = loadPortfolio(*a, SIZE_MAX);
    CHECK(parallel.purchaseBegin == serial.purchaseBegin);
    CHECK(parallel.purchaseDay == serial.purchaseDay);
    CHECK(parallel.purchaseAmount == serial.purchaseAmount);
    CHECK(serial.purchaseBegin == pa.purchaseBegin);
    CHECK(test::storeIsConsistent(*a));
    CHECK(sqlOf(*a)
              .execAndGet("SELECT count(*) FROM customers WHERE referred_by IS NOT NULL")
              .getInt() > 0);
    CHECK_THROWS_AS(writeDemo(*a, o), StorageError);
    CHECK(checkPurchaseStore(sqlOf(*a).getHandle()).purchases == ca.purchases);
}

TEST_CASE("a deleted customer comes back whole from its backup") {
    TempDir dir;
    auto db = Database::open(dir.file("p.cartera"), Database::OpenMode::CreateNew);
    CustomerRepository customers(*db);
    ActivityRepository activity(*db);
    CustomerRecord r;
    r.externalId = "K1";
    r.name = "Анна";
    const std::int64_t id = customers.add(r);
    CustomerRecord friendOf;
    friendOf.externalId = "K2";
    friendOf.referredBy = "K1";
    const std::int64_t other = customers.add(friendOf);
    activity.addPurchase(id, 19000, 1234);
    activity.addInteraction({0, id, 19001, "sms", "out", "thanks"});
    activity.markLost(id, 19500, "moved");
    // What recovery and prospecting hold about the customer, with their timestamps.
    RecoveryRepository cases(*db);
    const std::int64_t caseId = cases.open(id, 19600, 19500, 1234);
    RecoveryCase rc = *cases.find(caseId);
    rc.reason = "price";
    cases.update(rc);
    cases.transition(caseId, RecoveryState::Verified, 19601);
    cases.addAttempt(caseId, {0, 19602, "call", "no answer", ""});
    ProspectRepository prospects(*db);
    Prospect lead;
    lead.name = "Lead";
    lead.source = "referral";
    lead.referredBy = "K1";
    const std::int64_t leadId = prospects.add(lead);
    sqlOf(*db).exec("UPDATE interactions SET created_at = '2020-01-01T00:00:00Z'");
    sqlOf(*db).exec("UPDATE recovery_cases SET created_at = '2020-02-02T00:00:00Z'");
    auto dump = [&db] {
        std::string out;
        for (const char* t : {"customers", "purchase_chunks", "purchase_ids", "interactions",
                              "lost_marks", "recovery_cases", "recovery_attempts", "prospects"}) {
            SQLite::Statement q(sqlOf(*db), std::string("SELECT * FROM ") + t + " ORDER BY 1");
            while (q.executeStep())
                for (int c = 0; c < q.getColumnCount(); ++c)
                    out += q.getColumn(c).getString() + "|";
            out += "\n";
        }
        return out;
    };
    const std::string before = dump();
    const CustomerBackup backup = backupCustomer(*db, id);
    customers.remove(id);
    CHECK(cases.cases().empty());
    CHECK(prospects.find(leadId)->referredBy.empty());
    CHECK(activity.purchases(id).empty());
    CHECK(customers.find(other)->record.referredBy.empty());
    restoreCustomer(*db, backup);
    CHECK(customers.find(id)->record.name == "Анна");
    CHECK(activity.purchases(id).size() == 1);
    CHECK(activity.interactions(id).size() == 1);
    CHECK(activity.lostMarks(id).size() == 1);
    CHECK(customers.find(other)->record.referredBy == "K1");
    CHECK(prospects.find(leadId)->referredBy == "K1");
    CHECK(cases.find(caseId)->attempts.size() == 1);
    CHECK(dump() == before); // every row, id and timestamp as it was
}
