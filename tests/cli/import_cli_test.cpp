// Importing files as users bring them, and the files the CLI must never harm.
#include "../storage/storage_fixture.h"
#include "cli_runner.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sys/stat.h>

using namespace cartera;
using cartera::test::runCliWith;
using cartera::test::TempDir;

namespace {

std::string write(const TempDir& dir, const std::string& name, const std::string& bytes) {
    const std::string path = dir.file(name);
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
}

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

const std::string kRetail = std::string(CARTERA_TEST_DATA) + "/online_retail_layout.csv";

} // namespace

TEST_CASE("an Online Retail invoice-line file imports with no options to the worked totals") {
    TempDir dir;
    const std::string db = dir.file("shop.cartera");
    const auto r = runCliWith({"import", "purchases", db, kRetail});
    INFO(r.err);
    REQUIRE(r.code == 0);
    CHECK(r.out.find("12 lines read: 7 purchases (2 refunds), 3 lines added to the purchase of "
                     "their order\n") != std::string::npos);
    CHECK(r.out.find("2 lines without a customer (empty, NA, NULL, ...) skipped\n") !=
          std::string::npos);
    CHECK(r.out.find("7 added, 0 updated, 0 already present, 4 new customers, 0 rejected") !=
          std::string::npos);
    const auto pareto = runCliWith({"pareto", db, "--window", "all", "--as-of", "2010-12-31"});
    CHECK(pareto.out.find("ranked customers: 2\n") != std::string::npos);
    CHECK(pareto.out.find("total revenue: 135.42 EUR\n") != std::string::npos);
    CHECK(pareto.out.find("1 17850                       68.74") != std::string::npos);
    // 14527 nets -24.12 and 15311 has only a refund: neither is ranked, nor a customer at all
    // for 15311 (a refund is no purchase).
    const auto summary = runCliWith({"summary", db, "--as-of", "2010-12-31"});
    CHECK(summary.out.find("customers: 3 in portfolio, 0 lost, 1 not yet customers") !=
          std::string::npos);
    CHECK(summary.out.find("new                   3             111.30") != std::string::npos);
    const auto again = runCliWith({"import", "purchases", db, kRetail});
    CHECK(again.out.find("0 added, 0 updated, 7 already present, 0 new customers") !=
          std::string::npos);
}

TEST_CASE("Windows-1252 and UTF-16 files are stored as UTF-8") {
    TempDir dir;
    const std::string db = dir.file("p.cartera");
    // "Muñoz" in Windows-1252, the customer id of the purchase.
    const auto cp =
        runCliWith({"import", "purchases", db,
                    write(dir, "cp.csv", "customer;date;amount\nMu\xF1oz;2024-01-02;1,50\n"),
                    "--decimal-comma"});
    INFO(cp.err);
    REQUIRE(cp.code == 0);
    std::string utf16("\xFF\xFE", 2);
    for (char c : std::string("customer,date,amount\n\xE9,2024-01-03,2.00\n"))
        utf16 += std::string{c, '\0'};
    // "é" as a UTF-16 code unit is 0x00E9: the loop above wrote exactly that.
    const auto u16 = runCliWith({"import", "purchases", db, write(dir, "u16.csv", utf16)});
    INFO(u16.err);
    REQUIRE(u16.code == 0);
    const auto pareto =
        runCliWith({"pareto", db, "--window", "all", "--as-of", "2024-12-31", "--csv", "-"});
    CHECK(pareto.out.find("Mu\xC3\xB1oz") != std::string::npos);
    CHECK(pareto.out.find("\xC3\xA9") != std::string::npos);
    // Forcing UTF-8 on the Windows-1252 file is refused, not stored as invalid text.
    const auto forced = runCliWith(
        {"import", "purchases", db, dir.file("cp.csv"), "--encoding", "utf-8", "--decimal-comma"});
    CHECK(forced.code == 1);
    CHECK(forced.err.find("not valid UTF-8") != std::string::npos);
}

TEST_CASE("hostile inputs end with a message, and create or change nothing") {
    TempDir dir;
    const std::string fresh = dir.file("fresh.cartera");
    SECTION("a NUL byte after a blank used to hang the importer") {
        const auto r = runCliWith(
            {"import", "purchases", fresh, write(dir, "nul.csv", std::string(" \0", 2))});
        CHECK(r.code == 1);
        CHECK(r.err.find("nul.csv:1: the file holds a NUL byte") != std::string::npos);
    }
    SECTION("a folder or a pipe given as the file") {
        const auto folder = runCliWith({"import", "purchases", fresh, dir.file("")});
        CHECK(folder.code == 1);
        CHECK(folder.err.find("is a folder, not a file") != std::string::npos);
        const std::string fifo = dir.file("pipe.csv");
        REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
        const auto pipe = runCliWith({"import", "purchases", fresh, fifo});
        CHECK(pipe.code == 1);
        CHECK(pipe.err.find("not a regular file") != std::string::npos);
    }
    SECTION("a failed import into a new path leaves no portfolio behind") {
        const auto r =
            runCliWith({"import", "purchases", fresh,
                        write(dir, "bad.csv", "customer,date,amount\nK1,2024-01-01,x\n")});
        CHECK(r.code == 1);
        CHECK(r.err.find("--skip-bad-rows") != std::string::npos);
    }
    CHECK_FALSE(std::filesystem::exists(fresh));
}

TEST_CASE("a report never overwrites the portfolio, exports are owner-only") {
    TempDir dir;
    const std::string db = dir.file("p.cartera");
    REQUIRE(runCliWith({"import", "purchases", db, kRetail}).code == 0);
    const std::string before = slurp(db);
    const auto r = runCliWith({"pareto", db, "--csv", db});
    CHECK(r.code == 1);
    CHECK(r.err.find("is a database") != std::string::npos);
    CHECK(slurp(db) == before);
    CHECK(runCliWith({"summary", db}).code == 0);
    const std::string csv = dir.file("pareto.csv");
    REQUIRE(runCliWith({"pareto", db, "--window", "all", "--csv", csv}).code == 0);
    struct stat st {};
    REQUIRE(::stat(csv.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
}

TEST_CASE("a zero-byte file is not turned into a portfolio") {
    TempDir dir;
    const std::string empty = write(dir, "empty.cartera", "");
    const auto r = runCliWith({"summary", empty});
    CHECK(r.code == 1);
    CHECK(r.err.find("is an empty file, not a portfolio") != std::string::npos);
    CHECK(std::filesystem::file_size(empty) == 0);
}

TEST_CASE("settings refuse ratios that would overflow or are zero") {
    TempDir dir;
    const std::string db = dir.file("p.cartera");
    REQUIRE(runCliWith({"init", db}).code == 0);
    CHECK(runCliWith({"settings", db, "pareto_cut", "9/204800000000"}).code == 1);
    CHECK(runCliWith({"settings", db, "pareto_cut", "0/5"}).code == 1);
    CHECK(runCliWith({"settings", db, "pareto_cut"}).out == "pareto_cut = 0.8\n");
}

TEST_CASE("duplicate header names are refused, naming both columns") {
    TempDir dir;
    const auto r =
        runCliWith({"import", "purchases", dir.file("p.cartera"),
                    write(dir, "dup.csv", "customer,date,Amount,amount\nK1,2024-01-01,1,2\n")});
    CHECK(r.code == 1);
    CHECK(r.err.find("columns 3 and 4 are both named 'Amount'") != std::string::npos);
}

TEST_CASE("an error line quotes at most about 80 characters of a bad value") {
    TempDir dir;
    const std::string huge(10'000'000, 'x');
    const auto r =
        runCliWith({"import", "purchases", dir.file("p.cartera"),
                    write(dir, "big.csv", "customer,date,amount\nK1,2024-01-01," + huge + "\n")});
    CHECK(r.code == 1);
    CHECK(r.err.size() < 600);
    CHECK(r.err.find("xxx\xE2\x80\xA6')") != std::string::npos);
}

TEST_CASE("an import with --no-rules leaves the tasks to a later rules run") {
    TempDir dir;
    const std::string db = dir.file("p.cartera");
    // One purchase 31 days before the runner's today: the onboarding rule's task is due.
    const std::string csv = write(dir, "p.csv", "customer,date,amount\nK1,2026-10-26,10.00\n");
    const auto quiet = runCliWith({"import", "purchases", db, csv, "--no-rules"});
    INFO(quiet.err);
    REQUIRE(quiet.code == 0);
    CHECK(quiet.out.find("new task") == std::string::npos);
    // "today" is the runner's day (2026-11-26), whatever the machine's clock says.
    CHECK(runCliWith({"today", db}).out == "Today 2026-11-26: 0 due, 0 overdue\n");
    const auto later = runCliWith({"rules", "run", db});
    CHECK(later.out.find("1 new task as of 2026-11-26") == 0);
    // Without the flag the rules run at once: a second customer gets its task in the import.
    const std::string more = write(dir, "q.csv", "customer,date,amount\nK2,2026-10-26,10.00\n");
    CHECK(runCliWith({"import", "purchases", db, more}).out.find("1 new task as of 2026-11-26") !=
          std::string::npos);
}
