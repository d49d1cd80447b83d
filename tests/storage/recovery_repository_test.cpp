#include "core/import/purchase_rows.h"
#include "storage/activity_repository.h"
#include "storage/customer_repository.h"
#include "storage/portfolio_loader.h"
#include "storage/prospect_repository.h"
#include "storage/recovery_repository.h"
#include "storage/storage_error.h"
#include "storage_fixture.h"

#include <catch2/catch.hpp>

using namespace cartera;
using cartera::test::TempDir;

namespace {

std::int64_t addCustomer(Database& db, const char* id, const char* name = "") {
    CustomerRecord r;
    r.externalId = id;
    r.name = name;
    return CustomerRepository(db).add(r);
}

std::int32_t day(int y, int m, int d) {
    return Date::fromYmd(y, m, d).days();
}

} // namespace

TEST_CASE("a recovery case goes through the whole loop in the database") {
    TempDir dir;
    auto db = Database::open(dir.file("p.cartera"), Database::OpenMode::CreateNew);
    const std::int64_t customer = addCustomer(*db, "K1");
    RecoveryRepository cases(*db);
    const std::int64_t id = cases.open(customer, day(2025, 1, 10), day(2025, 1, 1), 12345);
    CHECK_THROWS_WITH(cases.open(customer, day(2025, 1, 11), day(2025, 1, 1), 0),
                      Catch::Contains("already has an open recovery case"));

    CHECK_THROWS_WITH(cases.addAttempt(id, {0, day(2025, 1, 12), "call", "", ""}),
                      Catch::Contains("verify that the customer is really lost"));
    CHECK_THROWS_WITH(cases.transition(id, RecoveryState::Verified, day(2025, 1, 12)),
                      Catch::Contains("needs its reason"));
    RecoveryCase c = *cases.find(id);
    c.reason = "service failure";
    c.ourFault = true;
    c.correctiveAction = "replace the courier";
    c.actionDue = day(2025, 2, 1);
    c.expectedCost = 2000;
    cases.update(c);
    cases.transition(id, RecoveryState::Verified, day(2025, 1, 12));
    cases.addAttempt(id, {0, day(2025, 1, 15), "call", "no answer", "try Friday"});
    CHECK(cases.find(id)->state == RecoveryState::Contacted); // the first attempt is contact
    cases.addAttempt(id, {0, day(2025, 1, 17), "visit", "interested", "wants a discount"});
    CHECK(cases.find(id)->attempts.size() == 2);
    CHECK_THROWS_WITH(cases.addAttempt(id, {0, day(2025, 1, 18), "fax", "", ""}),
                      Catch::Contains("call, email, letter, visit or sms"));
    CHECK_THROWS_WITH(cases.transition(id, RecoveryState::LetGo, day(2025, 1, 20)),
                      Catch::Contains("needs a reason"));
    cases.transition(id, RecoveryState::WonBack, day(2025, 1, 20));
    const RecoveryCase done = *cases.find(id);
    CHECK(done.state == RecoveryState::WonBack);
    CHECK(done.closed == day(2025, 1, 20));
    CHECK(done.valueAtStake == 12345);
    CHECK(done.ourFault);
    CHECK_THROWS_WITH(cases.transition(id, RecoveryState::LetGo, day(2025, 1, 21)),
                      Catch::Contains("the case is closed"));
    // A closed case makes room for a new one.
    CHECK(cases.open(customer, day(2025, 6, 1), day(2025, 5, 1), 0) > id);
}

TEST_CASE("a purchase after the case opened wins it back automatically") {
    TempDir dir;
    auto db = Database::open(dir.file("p.cartera"), Database::OpenMode::CreateNew);
    const std::int64_t k1 = addCustomer(*db, "K1");
    const std::int64_t k2 = addCustomer(*db, "K2");
    ActivityRepository activity(*db);
    activity.addPurchase(k1, day(2023, 1, 1), 1000);
    activity.addPurchase(k2, day(2023, 1, 1), 1000);
    RecoveryRepository cases(*db);
    const std::int64_t a = cases.open(k1, day(2024, 3, 1), day(2024, 1, 2), 1000);
    const std::int64_t b = cases.open(k2, day(2024, 3, 1), day(2024, 1, 2), 1000);
    activity.addPurchase(k1, day(2024, 4, 2), 500);
    CHECK(cases.applyWinBacks(Date::fromYmd(2024, 12, 31)) == 1);
    CHECK(cases.find(a)->state == RecoveryState::WonBack);
    CHECK(cases.find(a)->closed == day(2024, 4, 2));
    CHECK(cases.find(b)->state == RecoveryState::Identified);
    CHECK(cases.applyWinBacks(Date::fromYmd(2024, 12, 31)) == 0);
}

TEST_CASE("the loss-reason catalogue is editable") {
    TempDir dir;
    auto db = Database::open(dir.file("p.cartera"), Database::OpenMode::CreateNew);
    RecoveryRepository cases(*db);
    CHECK(cases.lossReasons() == defaultLossReasons());
    cases.addLossReason("delivery delays");
    CHECK(cases.lossReasons().back() == "delivery delays");
    CHECK_THROWS_WITH(cases.addLossReason("price"), Catch::Contains("already a loss reason"));
    const std::int64_t id = cases.open(addCustomer(*db, "K1"), 1, 1, 0);
    RecoveryCase c = *cases.find(id);
    c.reason = "delivery delays";
    cases.update(c);
    CHECK_THROWS_WITH(cases.removeLossReason("delivery delays"),
                      Catch::Contains("rename it instead"));
    cases.renameLossReason("delivery delays", "late deliveries");
    CHECK(cases.find(id)->reason == "late deliveries");
    c.reason = "astrology";
    CHECK_THROWS_WITH(cases.update(c), Catch::Contains("not in the catalogue"));
}

TEST_CASE("prospects: statuses, conversion with history, referral credit") {
    TempDir dir;
    auto db = Database::open(dir.file("p.cartera"), Database::OpenMode::CreateNew);
    addCustomer(*db, "K1", "Анна Иванова");
    ProspectRepository prospects(*db);
    Prospect p;
    p.name = "Zoë Nouvelle";
    p.company = "Verde SA";
    p.source = "referral";
    p.referredBy = "K1";
    const std::int64_t id = prospects.add(p);
    p.source = "telepathy";
    CHECK_THROWS_WITH(prospects.add(p), Catch::Contains("source must be"));
    p.source = "";
    p.referredBy = "K404";
    CHECK_THROWS_WITH(prospects.add(p), Catch::Contains("no customer 'K404'"));

    CHECK_THROWS_WITH(prospects.convert(id, "", day(2025, 1, 1)),
                      Catch::Contains("cannot become converted"));
    CHECK_THROWS_WITH(prospects.setStatus(id, ProspectStatus::Qualified),
                      Catch::Contains("cannot become qualified"));
    prospects.setStatus(id, ProspectStatus::Contacted);
    prospects.addContact(id, {0, 20000, "call", "out", "first call"});
    CHECK_THROWS_WITH(prospects.addContact(id, {0, 20000, "fax", "out", ""}),
                      Catch::Contains("call, email, letter, visit or sms"));
    REQUIRE(prospects.find(id)->contacts.size() == 1);
    prospects.setStatus(id, ProspectStatus::Qualified);
    const std::int64_t customer = prospects.convert(id, "K2", day(2025, 1, 1));
    const auto c = CustomerRepository(*db).find(customer);
    REQUIRE(c);
    CHECK(c->record.name == "Zoë Nouvelle");
    CHECK(c->record.company == "Verde SA");
    CHECK(c->record.customerSince == day(2025, 1, 1));
    CHECK(c->record.referredBy == "K1");
    CHECK(ActivityRepository(*db).interactions(customer).size() == 1);
    CHECK(prospects.find(id)->status == ProspectStatus::Converted);
    CHECK(prospects.find(id)->customerId == "K2");
    CHECK_THROWS_WITH(prospects.setStatus(id, ProspectStatus::Dropped, "gone"),
                      Catch::Contains("already converted"));

    Prospect other;
    other.name = "Second";
    other.referredBy = "K1";
    prospects.setStatus(prospects.add(other), ProspectStatus::Dropped, "no budget");
    const auto credit = prospects.referralCredit();
    REQUIRE(credit.size() == 1);
    CHECK(credit[0].customer == "K1");
    CHECK(credit[0].prospects == 2);
    CHECK(credit[0].converted == 1);
    CHECK(credit[0].customers == 1);
    const ReferralCredit one = prospects.referralCreditOf(credit.empty() ? 0 : 1);
    CHECK(one.customer == "K1");
    CHECK(one.converted == 1);
    CHECK(prospects.referralCredit(1).size() == 1);
}

TEST_CASE("prospects import from CSV in one transaction") {
    TempDir dir;
    auto db = Database::open(dir.file("p.cartera"), Database::OpenMode::CreateNew);
    addCustomer(*db, "K1");
    CsvImportOptions o;
    o.fileName = "leads.csv";
    ProspectRepository prospects(*db);
    CHECK(prospects
              .importAll(
                  parseProspectCsv("name,company,source,referred_by\nΕλένη,Helix,press,\nJürgen,,"
                                   "referral,K1\n",
                                   o))
              .added == 2);
    CHECK(prospects.list().size() == 2);
    CHECK_THROWS(
        prospects.importAll(parseProspectCsv("name,source,referred_by\nA,web,\nB,web,K404\n", o)));
    CHECK(prospects.list().size() == 2); // the failed file added nothing
    CHECK_THROWS_WITH(parseProspectCsv("name,source\nC,billboard\n", o),
                      "leads.csv:2:2: source must be directory, list, press, event, web or "
                      "referral ('billboard')");
}

TEST_CASE("restoring a case or a prospect puts back exactly what was saved") {
    TempDir dir;
    auto db = Database::open(dir.file("p.cartera"), Database::OpenMode::CreateNew);
    const std::int64_t customer = addCustomer(*db, "K1");
    RecoveryRepository cases(*db);
    const std::int64_t id = cases.open(customer, day(2025, 1, 10), day(2025, 1, 1), 500);
    RecoveryCase before = *cases.find(id);
    before.reason = "price";
    cases.update(before);
    cases.transition(id, RecoveryState::Verified, day(2025, 1, 11));
    before = *cases.find(id);
    cases.addAttempt(id, {0, day(2025, 1, 12), "sms", "read", ""});
    cases.transition(id, RecoveryState::WonBack, day(2025, 1, 13));
    cases.restore(before);
    const RecoveryCase back = *cases.find(id);
    CHECK(back.state == RecoveryState::Verified);
    CHECK(back.closed == kNoDay);
    CHECK(back.attempts.empty());
    CHECK(back.reason == "price");

    ProspectRepository prospects(*db);
    Prospect p;
    p.name = "Zoë";
    const std::int64_t pid = prospects.add(p);
    const Prospect saved = *prospects.find(pid);
    prospects.addContact(pid, {0, 20001, "email", "in", "asked for prices"});
    CHECK_THROWS_WITH(prospects.setStatus(pid, ProspectStatus::Dropped),
                      "say why the prospect is dropped");
    prospects.setStatus(pid, ProspectStatus::Dropped, "no budget", day(2025, 2, 1));
    CHECK(prospects.find(pid)->notes == "Dropped on 2025-02-01: no budget");
    prospects.restore(saved);
    CHECK(prospects.find(pid)->status == ProspectStatus::New);
    CHECK(prospects.find(pid)->contacts.empty()); // the contact came after the saved state
    prospects.remove(pid);
    prospects.restore(saved);
    CHECK(prospects.find(pid)->name == "Zoë");
}

TEST_CASE("importing prospects twice adds nothing, a customer's e-mail is flagged") {
    TempDir dir;
    auto db = Database::open(dir.file("p.cartera"), Database::OpenMode::CreateNew);
    CustomerRepository customers(*db);
    CustomerRecord k;
    k.externalId = "K1";
    k.email = "Ana@Example.com";
    customers.add(k);
    CsvImportOptions o;
    o.fileName = "leads.csv";
    const ProspectRows rows = parseProspectCsv("name,company,email\nAna,,ana@example.com\n"
                                               "Bo,Helix,\nCy,,cy@example.com\n"
                                               "Cy again,,CY@example.com\n",
                                               o);
    ProspectRepository prospects(*db);
    const auto first = prospects.importAll(rows);
    CHECK(first.added == 3);
    CHECK(first.alreadyPresent == 1); // the same e-mail twice in one file
    REQUIRE(first.likeCustomers.size() == 1);
    CHECK(first.likeCustomers[0] == "Ana <ana@example.com>: customer K1");
    const auto second = prospects.importAll(rows);
    CHECK(second.added == 0);
    CHECK(second.alreadyPresent == 4);
    CHECK(prospects.list().size() == 3);
}
