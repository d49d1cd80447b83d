#include "../storage/storage_fixture.h"
#include "cli_runner.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

using namespace cartera;
using cartera::test::runCliWith;
using cartera::test::TempDir;

namespace {

// The first data line's fields of `recovery list --csv`.
std::vector<std::string> firstRow(const std::string& csv) {
    std::istringstream in(csv);
    std::string line;
    std::getline(in, line);
    std::getline(in, line);
    std::vector<std::string> cells;
    std::stringstream ss(line);
    std::string cell;
    while (std::getline(ss, cell, ','))
        cells.push_back(cell);
    return cells;
}

} // namespace

TEST_CASE("the whole recovery loop from the command line") {
    TempDir dir;
    const std::string db = dir.file("demo.cartera");
    REQUIRE(
        runCliWith({"demo", db, "--customers", "300", "--seed", "4", "--end", "2026-06-30"}).code ==
        0);
    const std::string asOf = "2026-06-30";
    const auto queue = runCliWith({"recovery", "list", db, "--as-of", asOf, "--csv"});
    REQUIRE(queue.code == 0);
    const auto top = firstRow(queue.out);
    REQUIRE(top.size() >= 10);
    CHECK(top[0] == "1");
    CHECK(top[9] == "no case");
    const std::string customer = top[1];

    const auto opened = runCliWith({"recovery", "open", db, customer, "--as-of", asOf});
    INFO(opened.err);
    REQUIRE(opened.code == 0);
    CHECK(opened.out == "opened case 1 for " + customer + "\n");
    CHECK(runCliWith({"recovery", "open", db, customer, "--as-of", asOf})
              .err.find("already has case 1") != std::string::npos);
    // Trying before verifying is refused.
    const auto early = runCliWith({"recovery", "attempt", db, "1", "--channel", "call"});
    CHECK(early.code == 1);
    CHECK(early.err.find("verify that the customer is really lost") != std::string::npos);
    const auto badReason = runCliWith({"recovery", "verify", db, "1", "--reason", "astrology"});
    CHECK(badReason.code == 1);
    CHECK(badReason.err.find("not in the catalogue") != std::string::npos);
    REQUIRE(runCliWith({"recovery", "verify", db, "1", "--reason", "service failure", "--our-fault",
                        "--action", "new courier", "--action-due", "2026-01-01", "--cost", "50.00",
                        "--as-of", asOf})
                .code == 0);
    REQUIRE(runCliWith({"recovery", "attempt", db, "1", "--channel", "call", "--outcome",
                        "promised to order", "--day", "2026-06-30"})
                .code == 0);
    const auto listed =
        runCliWith({"recovery", "list", db, "--as-of", asOf, "--state", "contacted", "--csv"});
    CHECK(firstRow(listed.out)[1] == customer);
    REQUIRE(runCliWith({"recovery", "win", db, "1", "--day", "2026-06-30"}).code == 0);
    // Won back by hand, without a purchase: recorded, but the customer stays in the queue
    // until a purchase confirms it.
    const auto after = runCliWith({"recovery", "list", db, "--as-of", asOf, "--csv"});
    CHECK(after.out.find("," + customer + ",") != std::string::npos);
    CHECK(after.out.find("won back") != std::string::npos);
    {
        std::ofstream(dir.file("back.csv")) << "customer,date,amount\n"
                                            << customer << ",2026-06-30,15.00\n";
    }
    REQUIRE(runCliWith({"import", "purchases", db, dir.file("back.csv")}).code == 0);
    const auto confirmed = runCliWith({"recovery", "list", db, "--as-of", asOf, "--csv"});
    CHECK(confirmed.out.find("," + customer + ",") == std::string::npos); // out for good

    // A second customer is let go, which needs a reason.
    const std::string second = firstRow(confirmed.out)[1];
    REQUIRE(runCliWith({"recovery", "open", db, second, "--as-of", asOf}).code == 0);
    REQUIRE(runCliWith({"recovery", "verify", db, "2", "--reason", "moved or closed"}).code == 0);
    CHECK(runCliWith({"recovery", "let-go", db, "2"}).code == 2); // --reason is required
    REQUIRE(runCliWith({"recovery", "let-go", db, "2", "--reason", "the shop closed"}).code == 0);
    // Let go today (2026-11-26): as of 2026-06-30 the case was still open.
    CHECK(runCliWith({"recovery", "metrics", db, "--as-of", asOf})
              .out.find("cases: 1 open, 1 closed (1 won back, 0 let go)") != std::string::npos);
    CHECK(runCliWith({"recovery", "metrics", db})
              .out.find("cases: 0 open, 2 closed (1 won back, 1 let go)") != std::string::npos);
    REQUIRE(runCliWith({"recovery", "let-go", db, "2", "--reason", "x"}).code == 1); // closed

    const auto metrics = runCliWith({"recovery", "metrics", db, "--as-of", "2026-11-26"});
    REQUIRE(metrics.code == 0);
    CHECK(metrics.out.find("cases: 0 open, 2 closed (1 won back, 1 let go)") != std::string::npos);
    CHECK(metrics.out.find("recovery rate: 50.0 %") != std::string::npos);
    CHECK(metrics.out.find("losses that were our fault: 1 (50.0 %)") != std::string::npos);
    CHECK(metrics.out.find("corrective actions: 1 open, 1 overdue") != std::string::npos);
    CHECK(metrics.out.find("  service failure          1") != std::string::npos);
}

TEST_CASE("bulk opening and an automatic win-back by an imported purchase") {
    TempDir dir;
    const std::string db = dir.file("p.cartera");
    {
        std::ofstream(dir.file("old.csv")) << "customer,date,amount\nK1,2020-01-01,10.00\n"
                                              "K2,2020-01-01,20.00\nK3,2026-01-01,5.00\n";
    }
    REQUIRE(runCliWith({"import", "purchases", db, dir.file("old.csv")}).code == 0);
    const auto bulk = runCliWith({"recovery", "open", db, "--all", "--as-of", "2026-06-30"});
    REQUIRE(bulk.code == 0);
    CHECK(bulk.out.find("opened case 1 for") != std::string::npos);
    CHECK(bulk.out.find("opened case 2 for") != std::string::npos);
    CHECK(bulk.out.find("K3") == std::string::npos); // K3 is not lost
    { std::ofstream(dir.file("new.csv")) << "customer,date,amount\nK1,2026-07-15,30.00\n"; }
    // The CLI's "today" is 2026-11-26 in these tests.
    const auto imported = runCliWith({"import", "purchases", db, dir.file("new.csv")});
    CHECK(imported.out.find("1 recovery cases won back") != std::string::npos);
    const auto metrics = runCliWith({"recovery", "metrics", db, "--as-of", "2026-11-26"});
    CHECK(metrics.out.find("1 won back") != std::string::npos);
    CHECK(metrics.out.find("revenue won back: 30.00") != std::string::npos);
}

TEST_CASE("prospects from the command line: add, import, move on, convert, referrals") {
    TempDir dir;
    const std::string db = dir.file("p.cartera");
    {
        std::ofstream(dir.file("c.csv")) << "id,name\nK1,Анна Иванова\n";
        std::ofstream(dir.file("leads.csv")) << "name,company,source,referred_by\n"
                                                "Ελένη Οικονόμου,Helix,press,\n"
                                                "Jürgen Weiß,,referral,K1\n";
    }
    REQUIRE(runCliWith({"import", "customers", db, dir.file("c.csv")}).code == 0);
    REQUIRE(runCliWith({"prospects", "add", db, "--name", "Zoë", "--source", "referral",
                        "--referred-by", "K1"})
                .out == "added prospect 1\n");
    CHECK(runCliWith({"prospects", "add", db, "--name", "X", "--source", "tv"}).code == 1);
    REQUIRE(runCliWith({"prospects", "import", db, dir.file("leads.csv")}).code == 0);
    CHECK(runCliWith({"prospects", "convert", db, "1"}).code == 1); // not qualified yet
    REQUIRE(runCliWith({"prospects", "status", db, "1", "contacted"}).code == 0);
    REQUIRE(runCliWith({"prospects", "status", db, "1", "qualified"}).code == 0);
    const auto converted =
        runCliWith({"prospects", "convert", db, "1", "--customer-id", "K9", "--day", "2026-02-01"});
    REQUIRE(converted.code == 0);
    CHECK(converted.out == "prospect 1 is now customer K9\n");
    const auto list = runCliWith({"prospects", "list", db, "--csv"});
    CHECK(list.out.find("1,Zoë,,,,referral,K1,,converted,K9,,,,,,\r\n") != std::string::npos);
    CHECK(list.out.find("Ελένη Οικονόμου") != std::string::npos);
    const auto referrals = runCliWith({"prospects", "referrals", db});
    CHECK(referrals.out.find("K1           Анна Иванова") != std::string::npos);
    const auto summary = runCliWith({"summary", db, "--as-of", "2026-06-30"});
    CHECK(summary.out.find("customers: 1 in portfolio") != std::string::npos); // K9, since Feb
}

TEST_CASE("reports never write: a future as-of date wins nothing back") {
    TempDir dir;
    const std::string db = dir.file("p.cartera");
    {
        // K1 bought last in 2020 and comes back on a day after today (2026-11-26).
        std::ofstream(dir.file("old.csv")) << "customer,date,amount\nK1,2020-01-01,10.00\n"
                                              "K2,2020-01-01,20.00\n";
        std::ofstream(dir.file("future.csv")) << "customer,date,amount\nK1,2027-01-10,5.00\n";
        std::ofstream(dir.file("today.csv")) << "customer,date,amount\nK2,2026-11-26,5.00\n";
    }
    REQUIRE(runCliWith({"import", "purchases", db, dir.file("old.csv")}).code == 0);
    REQUIRE(runCliWith({"recovery", "open", db, "--all", "--as-of", "2026-11-26"}).code == 0);
    REQUIRE(runCliWith({"import", "purchases", db, dir.file("future.csv")}).code == 0);
    for (const char* report : {"list", "metrics"})
        REQUIRE(runCliWith({"recovery", report, db, "--as-of", "2027-06-01"}).code == 0);
    CHECK(runCliWith({"recovery", "metrics", db}).out.find("cases: 2 open, 0 closed") !=
          std::string::npos);
    // A purchase on the very day the case opened wins it back, at import.
    const auto won = runCliWith({"import", "purchases", db, dir.file("today.csv")});
    CHECK(won.out.find("1 recovery cases won back by these purchases") != std::string::npos);
    CHECK(runCliWith({"recovery", "metrics", db})
              .out.find("cases: 1 open, 1 closed (1 won back, 0 let go)") != std::string::npos);
    // Steps cannot be dated before the case opened or after today. Case 1 is K2's (the higher
    // value at stake came first), now won back; case 2 is K1's.
    REQUIRE(runCliWith({"recovery", "verify", db, "2", "--reason", "price"}).code == 0);
    const auto early =
        runCliWith({"recovery", "attempt", db, "2", "--channel", "call", "--day", "2026-01-01"});
    CHECK(early.code == 1);
    CHECK(early.err.find("before the case opened") != std::string::npos);
    const auto late = runCliWith({"recovery", "win", db, "2", "--day", "2027-01-01"});
    CHECK(late.code == 1);
    CHECK(late.err.find("after today") != std::string::npos);
    // --state lists cases in that state only; a closed or unknown state is refused.
    CHECK(runCliWith({"recovery", "list", db, "--state", "identified", "--csv"})
              .out.find("no case") == std::string::npos);
    CHECK(runCliWith({"recovery", "list", db, "--state", "won back"}).code == 1);
    CHECK(runCliWith({"recovery", "list", db, "--state", "sleeping"}).code == 1);
}

TEST_CASE("a case can be shown, edited while open, and its corrective action marked done") {
    TempDir dir;
    const std::string db = dir.file("p.cartera");
    { std::ofstream(dir.file("old.csv")) << "customer,date,amount\nK1,2020-01-01,10.00\n"; }
    REQUIRE(runCliWith({"import", "purchases", db, dir.file("old.csv")}).code == 0);
    REQUIRE(runCliWith({"recovery", "open", db, "K1", "--as-of", "2026-11-26"}).code == 0);
    REQUIRE(runCliWith({"recovery", "verify", db, "1", "--reason", "price"}).code == 0);
    const auto edited = runCliWith({"recovery", "edit", db, "1", "--reason", "service failure",
                                    "--our-fault", "--action", "train the desk", "--cost", "20"});
    INFO(edited.err);
    REQUIRE(edited.code == 0);
    CHECK(runCliWith({"recovery", "action-done", db, "1"}).code == 0);
    const auto shown = runCliWith({"recovery", "show", db, "1"});
    CHECK(shown.out.find("case 1: K1") != std::string::npos);
    CHECK(shown.out.find("state: verified\n") != std::string::npos);
    CHECK(shown.out.find("reason: service failure (our fault)\n") != std::string::npos);
    CHECK(shown.out.find("corrective action: train the desk (owner -, due -, done)") !=
          std::string::npos);
    CHECK(shown.out.find("expected cost: 20.00\n") != std::string::npos);
    // Fields not given keep their value.
    REQUIRE(runCliWith({"recovery", "edit", db, "1", "--detail", "rude on the phone"}).code == 0);
    CHECK(runCliWith({"recovery", "show", db, "1"})
              .out.find("reason: service failure (our "
                        "fault)") != std::string::npos);
    REQUIRE(runCliWith({"recovery", "let-go", db, "1", "--reason", "too costly"}).code == 0);
    const auto closed = runCliWith({"recovery", "edit", db, "1", "--reason", "price"});
    CHECK(closed.code == 1);
    CHECK(closed.err.find("is closed") != std::string::npos);
    const auto attempt = runCliWith({"recovery", "attempt", db, "1", "--channel", "call"});
    CHECK(attempt.err.find("open a new case") == std::string::npos); // not possible: not said
}
