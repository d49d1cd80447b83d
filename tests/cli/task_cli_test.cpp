#include "../storage/storage_fixture.h"
#include "cli_runner.h"

#include <catch2/catch.hpp>
#include <fstream>

using namespace cartera;
using cartera::test::runCliWith;
using cartera::test::TempDir;
using cartera::test::writeText;

namespace {

// K1 bought once on 2026-03-01 (onboarding due 2026-03-31); K2 bought twice; K3 has a
// birthday on 2026-04-05 (due 2026-03-29, seven days before). In the 12 months to 2026-03-31
// K2 (100.00) and K1 (50.00) make 88 % of 170.00: class A; K3 (20.00) is class B.
std::string portfolio(const TempDir& dir) {
    const std::string db = dir.file("p.cartera");
    writeText(dir.file("customers.csv"), "id,name,owner,birthday\n"
                                         "K1,Ana Ruiz,ana,\n"
                                         "K2,Bo Li,bo,\n"
                                         "K3,Cai Wu,ana,1990-04-05\n");
    writeText(dir.file("purchases.csv"), "customer_id,date,amount\n"
                                         "K1,2026-03-01,50.00\n"
                                         "K2,2026-03-01,50.00\n"
                                         "K2,2026-03-10,50.00\n"
                                         "K3,2025-01-10,20.00\n"
                                         "K3,2026-02-10,20.00\n");
    REQUIRE(runCliWith({"import", "customers", db, dir.file("customers.csv")}).code == 0);
    REQUIRE(runCliWith({"import", "purchases", db, dir.file("purchases.csv")}).code == 0);
    // Only the two rules this portfolio is made for.
    for (const char* key : {"rule_pareto_at_risk", "rule_tier_down", "rule_action_overdue"})
        REQUIRE(runCliWith({"settings", db, key, "off"}).code == 0);
    for (const char* key : {"rule_p_alive_below_percent", "rule_decline_percent"})
        REQUIRE(runCliWith({"settings", db, key, "off"}).code == 0);
    return db;
}

} // namespace

TEST_CASE("rules run from the command line: on the exact day, never twice") {
    TempDir dir;
    const std::string db = portfolio(dir);
    const auto before = runCliWith({"rules", "run", db, "--as-of", "2026-03-28"});
    INFO(before.err);
    REQUIRE(before.code == 0);
    CHECK(before.out == "0 new tasks as of 2026-03-28 (0 due by the rules)\n");
    const auto birthday = runCliWith({"rules", "run", db, "--as-of", "2026-03-29"});
    CHECK(birthday.out == "1 new task as of 2026-03-29 (1 due by the rules; birthday 1)\n");
    const auto onboarding = runCliWith({"rules", "run", db, "--as-of", "2026-03-31"});
    CHECK(onboarding.out == "1 new task as of 2026-03-31 (2 due by the rules; onboarding 1)\n");
    const auto again = runCliWith({"rules", "run", db, "--as-of", "2026-03-31"});
    CHECK(again.out == "0 new tasks as of 2026-03-31 (2 due by the rules)\n");

    const auto today = runCliWith({"today", db, "--as-of", "2026-03-31", "--owner", "ana"});
    REQUIRE(today.code == 0);
    CHECK(today.out ==
          "Today 2026-03-31 for ana: 1 due, 1 overdue\n"
          "\n"
          "onboarding\n"
          "  #2     A  K1 Ana Ruiz: new customer, no second purchase 30 days after "
          "the first (2026-03-01)\n"
          "\n"
          "birthday\n"
          "  #1     B  K3 Cai Wu: birthday on 2026-04-05 (turns 36) [overdue 2 days]\n");
    const auto csv = runCliWith({"today", db, "--as-of", "2026-03-31", "--csv", "-"});
    CHECK(csv.out ==
          "task_id,kind,due,days_overdue,owner,subject,subject_id,name,pareto_class,text\r\n"
          "2,onboarding,2026-03-31,0,ana,customer,K1,Ana Ruiz,A,"
          "\"new customer, no second purchase 30 days after the first (2026-03-01)\"\r\n"
          "1,birthday,2026-03-29,2,ana,customer,K3,Cai Wu,B,birthday on 2026-04-05 (turns 36)\r\n");
    const auto json = runCliWith({"today", db, "--as-of", "2026-03-31", "--owner", "bo", "--json"});
    CHECK(json.out == "{\"day\": \"2026-03-31\", \"tasks\": []}\n");

    // Dismissed, the birthday task does not come back; done, the onboarding one neither.
    CHECK(runCliWith({"task", "dismiss", db, "1"}).code != 0); // needs a reason
    REQUIRE(runCliWith({"task", "dismiss", db, "1", "--reason", "sent a card already"}).code == 0);
    REQUIRE(runCliWith({"task", "done", db, "2"}).code == 0);
    CHECK(runCliWith({"rules", "run", db, "--as-of", "2026-04-01"}).out ==
          "0 new tasks as of 2026-04-01 (2 due by the rules)\n");
    CHECK(runCliWith({"today", db, "--as-of", "2026-04-01"}).out ==
          "Today 2026-04-01: 0 due, 0 overdue\n");
}

TEST_CASE("today as a calendar, tasks by hand, and each owner's list written by rules run") {
    TempDir dir;
    const std::string db = portfolio(dir);
    const auto added = runCliWith({"task", "add", db, "--customer", "K2", "--text",
                                   "call about the order", "--due", "2026-03-30", "--owner", "bo"});
    INFO(added.err);
    REQUIRE(added.out == "added task 1\n");
    CHECK(runCliWith({"task", "add", db, "--customer", "K9", "--text", "x"}).err ==
          "cartera-cli: no customer 'K9'\n");
    REQUIRE(runCliWith({"task", "snooze", db, "1", "--until", "2099-01-01"}).code == 0);
    CHECK(runCliWith({"today", db, "--as-of", "2026-03-31", "--owner", "bo"}).out ==
          "Today 2026-03-31 for bo: 0 due, 0 overdue\n");
    CHECK(runCliWith({"today", db, "--as-of", "2099-01-01", "--owner", "bo", "--csv", "-"})
              .out.find("1,follow-up,2099-01-01,0,bo,customer,K2,Bo Li") != std::string::npos);

    const auto run =
        runCliWith({"rules", "run", db, "--as-of", "2026-03-31", "--lists", dir.file("lists")});
    REQUIRE(run.code == 0);
    CHECK(run.out.find("ana: 2 tasks in ") != std::string::npos);
    std::ifstream ics(dir.file("lists") + "/ana.ics", std::ios::binary);
    const std::string calendar((std::istreambuf_iterator<char>(ics)), {});
    CHECK(calendar.find("SUMMARY:onboarding: Ana Ruiz\r\n") != std::string::npos);
    CHECK(calendar.find("DTSTART;VALUE=DATE:20260331\r\n") != std::string::npos);
    CHECK(calendar.find("UID:task-3@p.cartera\r\n") != std::string::npos);
}

TEST_CASE("an import runs the rules for today and says what they added") {
    TempDir dir;
    const std::string db = dir.file("p.cartera");
    // Today is 2026-11-26 for the tests: K1's lone purchase of 2026-10-20 makes it an
    // onboarding task due 2026-11-19.
    writeText(dir.file("purchases.csv"), "customer_id,date,amount\nK1,2026-10-20,50.00\n");
    const auto imported = runCliWith({"import", "purchases", db, dir.file("purchases.csv")});
    INFO(imported.err);
    REQUIRE(imported.code == 0);
    CHECK(imported.out.find("1 new task as of 2026-11-26 (1 due by the rules; onboarding 1) (see "
                            "'cartera-cli today')\n") != std::string::npos);
    // Importing the same file again adds no purchase and no task.
    const auto again = runCliWith({"import", "purchases", db, dir.file("purchases.csv")});
    CHECK(again.out.find("new task") == std::string::npos);
    CHECK(runCliWith({"today", db}).out.find("K1") != std::string::npos);
}
