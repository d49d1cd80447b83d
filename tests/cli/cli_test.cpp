#include "../storage/storage_fixture.h"
#include "cli_runner.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace cartera;
using cartera::test::runCliWith;
using cartera::test::TempDir;

namespace {

std::string write(const TempDir& dir, const std::string& name, const std::string& text) {
    const std::string path = dir.file(name);
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

} // namespace

TEST_CASE("usage mistakes exit with 2, help with 0") {
    CHECK(runCliWith({}).code == 2);
    CHECK(runCliWith({"frobnicate"}).code == 2);
    CHECK(runCliWith({"pareto"}).code == 2);
    CHECK(runCliWith(
              {"flow", "x.cartera", "--from", "2024-01-01", "--to", "2024-02-01", "--by", "week"})
              .code == 2);
    const auto help = runCliWith({"import", "--help"});
    CHECK(help.code == 0);
    CHECK(help.out.find("--skip-bad-rows") != std::string::npos);
    CHECK(runCliWith({"pareto", "--help"}).out.find("--window") != std::string::npos);
}

TEST_CASE("user errors exit with 1 and say what is wrong") {
    TempDir dir;
    const auto missing = runCliWith({"summary", dir.file("nope.cartera")});
    CHECK(missing.code == 1);
    CHECK(missing.err == "cartera-cli: no portfolio at '" + dir.file("nope.cartera") + "'\n");

    const std::string db = dir.file("p.cartera");
    REQUIRE(runCliWith({"init", db}).code == 0);
    const auto badDate = runCliWith({"summary", db, "--as-of", "31.12.2024"});
    CHECK(badDate.code == 1);
    CHECK(badDate.err.find("--as-of must be a date as YYYY-MM-DD (not '31.12.2024')") !=
          std::string::npos);
    const auto badWindow = runCliWith({"pareto", db, "--window", "fortnight"});
    CHECK(badWindow.code == 1);
    CHECK(badWindow.err.find("--window must be") != std::string::npos);
    const auto badCut = runCliWith({"pareto", db, "--cut", "1.5"});
    CHECK(badCut.code == 1);
    const auto badSetting = runCliWith({"settings", db, "lost_after_days", "-3"});
    CHECK(badSetting.code == 1);
    CHECK(badSetting.err.find("lost_after_days must be a whole number") != std::string::npos);
    const auto noFile = runCliWith({"import", "purchases", db, dir.file("none.csv")});
    CHECK(noFile.code == 1);
    CHECK(noFile.err.find("cannot read") != std::string::npos);
}

TEST_CASE("a bad row stops the import with its place, and nothing is imported") {
    TempDir dir;
    const std::string db = dir.file("p.cartera");
    const std::string csv =
        write(dir, "p.csv", "customer,date,amount\nC1,2024-01-01,1.00\nC2,2024-01-02,x\n");
    const auto r = runCliWith({"import", "purchases", db, csv});
    CHECK(r.code == 1);
    CHECK(r.err.find(csv + ":3:3: amount is not an amount") != std::string::npos);
    CHECK(r.err.find("Nothing was imported.") != std::string::npos);
    // The portfolio this import would have created does not exist.
    CHECK_FALSE(std::filesystem::exists(db));

    const auto skipped = runCliWith({"import", "purchases", db, csv, "--skip-bad-rows"});
    CHECK(skipped.code == 0);
    CHECK(skipped.err.find("rejected: " + csv + ":3:3:") != std::string::npos);
    CHECK(skipped.out.find("1 added") != std::string::npos);
}

TEST_CASE("settings are listed, read and written") {
    TempDir dir;
    const std::string db = dir.file("p.cartera");
    runCliWith({"init", db});
    CHECK(runCliWith({"settings", db}).out.find("lost_after_days = 365\n") != std::string::npos);
    CHECK(runCliWith({"settings", db, "pareto_cut", "0.75"}).out == "pareto_cut = 0.75\n");
    CHECK(runCliWith({"settings", db, "pareto_cut"}).out == "pareto_cut = 0.75\n");
    CHECK(runCliWith({"settings", db, "nonsense"}).code == 1);
}

TEST_CASE("CSV exports neutralise formulas in customer ids") {
    TempDir dir;
    const std::string db = dir.file("p.cartera");
    const std::string csv =
        write(dir, "p.csv",
              "customer,date,amount\n\"=HYPERLINK(\"\"http://x\"\")\",2024-01-01,5.00\n"
              "@SUM,2024-01-02,3.00\n");
    REQUIRE(runCliWith({"import", "purchases", db, csv}).code == 0);
    const auto r = runCliWith({"pareto", db, "--as-of", "2024-06-30", "--csv", "-"});
    REQUIRE(r.code == 0);
    CHECK(r.out.find("\r\n1,\"'=HYPERLINK(\"\"http://x\"\")\",,5.00,") != std::string::npos);
    CHECK(r.out.find("\r\n2,'@SUM,,3.00,") != std::string::npos);

    // Names come from customer files and are neutralised the same way.
    const std::string customers = write(dir, "c.csv", "id,name\n@SUM,\"-2+3, Ltd\"\n");
    REQUIRE(runCliWith({"import", "customers", db, customers}).code == 0);
    const auto named = runCliWith({"pareto", db, "--as-of", "2024-06-30", "--csv", "-"});
    CHECK(named.out.find("\r\n2,'@SUM,\"'-2+3, Ltd\",3.00,") != std::string::npos);
}

TEST_CASE("flow and demo from the command line") {
    TempDir dir;
    const std::string db = dir.file("demo.cartera");
    const auto demo =
        runCliWith({"demo", db, "--customers", "400", "--seed", "3", "--end", "2026-06-30"});
    REQUIRE(demo.code == 0);
    CHECK(demo.out.find("400 customers") != std::string::npos);
    const auto flow = runCliWith(
        {"flow", db, "--from", "2025-01-01", "--to", "2026-01-01", "--by", "quarter", "--csv"});
    REQUIRE(flow.code == 0);
    // Four quarters of 36 cells, plus the header.
    CHECK(std::count(flow.out.begin(), flow.out.end(), '\n') == 1 + 4 * 36);
    const auto text = runCliWith({"flow", db, "--from", "2025-01-01", "--to", "2026-01-01"});
    CHECK(text.out.find("inflow ") != std::string::npos);
    const auto reversed = runCliWith({"flow", db, "--from", "2026-01-01", "--to", "2025-01-01"});
    CHECK(reversed.code == 1);
}

TEST_CASE("customers lists and exports with the app's filters, and saves a filter as a list") {
    TempDir dir;
    const std::string db = dir.file("shop.cartera");
    // As of 2026-06-30: A is new and active, B is mature (acquired 2024-01-10) and lost, C is a
    // veteran (customer since 2020) and active. B's all-time RFM scores match no segment row.
    const std::string customers = write(dir, "customers.csv",
                                        "id,name,company,email,phone,customer_since\n"
                                        "A,Ana,Acme,ana@acme.test,111,\n"
                                        "B,Ben,,ben@x.test,222,\n"
                                        "C,Cy,Cyco,cy@cyco.test,333,2020-01-15\n");
    const std::string purchases = write(dir, "sales.csv",
                                        "customer,date,amount\n"
                                        "A,2026-06-01,10.00\n"
                                        "B,2024-01-10,99.00\n"
                                        "C,2026-06-20,50.00\n");
    REQUIRE(runCliWith({"import", "customers", db, customers}).code == 0);
    REQUIRE(runCliWith({"import", "purchases", db, purchases}).code == 0);

    auto csvOf = [&](std::initializer_list<std::string> extra) {
        std::vector<std::string> args{"customers", db, "--as-of", "2026-06-30", "--csv", "-"};
        args.insert(args.end(), extra.begin(), extra.end());
        std::vector<const char*> argv{"cartera-cli"};
        for (const auto& a : args)
            argv.push_back(a.c_str());
        std::ostringstream out, err;
        CliContext ctx{out, err, false, Date::fromYmd(2026, 6, 30), {}};
        const int code = runCli(static_cast<int>(argv.size()), argv.data(), ctx);
        INFO(err.str());
        REQUIRE(code == 0);
        return out.str();
    };
    const std::string lost = csvOf({"--activity", "lost"});
    CHECK(lost == "customer_id,name,company,email,phone,owner,stage,activity,class,segment,tier,"
                  "revenue_12m\r\n"
                  "B,Ben,,ben@x.test,222,,mature,lost,,Others,no tier,0.00\r\n");
    const std::string veteran = csvOf({"--stage", "veteran", "--save-list", "Veterans"});
    CHECK(veteran.find("\r\nC,Cy,Cyco,cy@cyco.test,333,,veteran,active,") != std::string::npos);
    CHECK(std::count(veteran.begin(), veteran.end(), '\n') == 2);
    // The saved list gives the same customers; a list narrowed further by an option too.
    CHECK(csvOf({"--list", "Veterans"}) == veteran);
    const std::string none = csvOf({"--list", "Veterans", "--activity", "lost"});
    CHECK(std::count(none.begin(), none.end(), '\n') == 1);
    const auto lists = runCliWith({"lists", db});
    CHECK(lists.out == "Veterans: stage=veteran\n");
    CHECK(runCliWith({"lists", db, "--remove", "Veterans"}).code == 0);
    const auto gone = runCliWith({"customers", db, "--list", "Veterans"});
    CHECK(gone.code == 1);
    CHECK(gone.err.find("no list 'Veterans'") != std::string::npos);
}
