#include "../storage/storage_fixture.h"
#include "cli_runner.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

using namespace cartera;
using cartera::test::runCliWith;
using cartera::test::TempDir;

namespace {

const std::string kCdnow = std::string(CARTERA_TEST_DATA) + "/CDNOW_sample.txt";

std::string importCdnow(const TempDir& dir) {
    const std::string db = dir.file("cdnow.cartera");
    const auto r = runCliWith(
        {"import", "purchases", db, kCdnow, "--column", "date=3", "--column", "amount=5"});
    INFO(r.err);
    REQUIRE(r.code == 0);
    REQUIRE(r.out.find("6919 lines read: 6919 purchases (0 refunds)\n") != std::string::npos);
    REQUIRE(r.out.find("6919 added, 0 updated, 0 already present, 2357 new customers") !=
            std::string::npos);
    REQUIRE(r.out.find("2357 new customers") != std::string::npos);
    return db;
}

} // namespace

TEST_CASE("CDNOW: every Pareto figure of the data README") {
    TempDir dir;
    const std::string db = importCdnow(dir);
    const auto r =
        runCliWith({"pareto", db, "--as-of", "1998-06-30", "--window", "all", "--top", "3"});
    INFO(r.out << r.err);
    REQUIRE(r.code == 0);
    CHECK(r.out.find("ranked customers: 2349\n") != std::string::npos);
    CHECK(r.out.find("total revenue: 244,091.94 ") != std::string::npos);
    CHECK(r.out.find("pareto set: 777 customers (33.08 % of ranked)") != std::string::npos);
    CHECK(r.out.find("class B ends at rank: 1578\n") != std::string::npos);
    CHECK(r.out.find("gini: 0.6297\n") != std::string::npos);
    CHECK(r.out.find("     1 19339                    6,552.70") != std::string::npos);
    CHECK(r.out.find("     2 05420                    1,943.58") != std::string::npos);
    CHECK(r.out.find("     3 20111                    1,747.58") != std::string::npos);
}

TEST_CASE("CDNOW: stages and activity as of 1998-06-30") {
    TempDir dir;
    const std::string db = importCdnow(dir);
    const auto r = runCliWith({"stages", db, "--as-of", "1998-06-30", "--csv"});
    REQUIRE(r.code == 0);
    std::istringstream lines(r.out);
    std::string line;
    std::map<std::string, std::string> counts;
    std::getline(lines, line);
    CHECK(line == "group,name,customers,revenue,revenue_12m\r");
    while (std::getline(lines, line)) {
        const auto a = line.find(',');
        const auto b = line.find(',', a + 1);
        const auto c = line.find(',', b + 1);
        counts[line.substr(0, b)] = line.substr(b + 1, c - b - 1);
    }
    CHECK(counts["stage,new"] == "0");
    CHECK(counts["stage,adolescent"] == "818");
    CHECK(counts["stage,mature"] == "0");
    CHECK(counts["activity,active"] == "448");
    CHECK(counts["activity,at risk"] == "370");
    CHECK(counts["activity,lost"] == "1539");
}

TEST_CASE("CDNOW: the Pareto CSV lists every ranked customer, readable back") {
    TempDir dir;
    const std::string db = importCdnow(dir);
    const std::string csv = dir.file("pareto.csv");
    const auto r =
        runCliWith({"pareto", db, "--as-of", "1998-06-30", "--window", "all", "--csv", csv});
    REQUIRE(r.code == 0);
    std::ifstream in(csv, std::ios::binary);
    std::string line;
    std::getline(in, line);
    CHECK(line == "rank,customer_id,name,revenue,share,cumulative_share,"
                  "cumulative_customer_share,class\r");
    std::getline(in, line);
    // CDNOW has ids only: the name is empty, its column still there.
    CHECK(line == "1,19339,,6552.70,0.026845,0.026845,0.000426,A\r");
    std::size_t rows = 1, classA = line.ends_with("A\r");
    std::string last;
    while (std::getline(in, line)) {
        ++rows;
        classA += line.ends_with(",A\r");
        last = line;
    }
    CHECK(rows == 2349);
    CHECK(classA == 777);
    CHECK(last.starts_with("2349,"));
    CHECK(last.find(",1.000000,1.000000,C\r") != std::string::npos);
}

TEST_CASE("CDNOW: a re-import adds nothing") {
    TempDir dir;
    const std::string db = importCdnow(dir);
    const auto r = runCliWith(
        {"import", "purchases", db, kCdnow, "--column", "date=3", "--column", "amount=5"});
    CHECK(r.code == 0);
    CHECK(r.out.find("0 added, 0 updated, 6919 already present, 0 new customers") !=
          std::string::npos);
}

TEST_CASE("CDNOW: clv --json prints the published fits and the holdout check") {
    TempDir dir;
    const std::string db = importCdnow(dir);
    const auto r = runCliWith(
        {"clv", db, "--calibration-end", "1997-09-30", "--holdout-end", "1998-06-30", "--json"});
    INFO(r.err);
    REQUIRE(r.code == 0);
    CHECK(r.out.rfind("{\"bgnbd\": {\"r\": 0.2425", 0) == 0);
    CHECK(r.out.find("\"alpha\": 4.413") != std::string::npos);
    CHECK(r.out.find("\"a\": 0.7929") != std::string::npos);
    CHECK(r.out.find("\"b\": 2.425") != std::string::npos);
    CHECK(r.out.find("\"log_likelihood\": -9582.42") != std::string::npos);
    CHECK(r.out.find("\"converged\": true}, \"gamma_gamma\": {\"p\": 6.24") != std::string::npos);
    CHECK(r.out.find("\"customers\": 946}, \"holdout\": {") != std::string::npos);
    CHECK(r.out.find("\"actual\": 1882, \"passed\": true") != std::string::npos);
    CHECK(r.out.find("{\"x\": \"7+\", \"customers\": 64,") != std::string::npos);

    const auto wrong =
        runCliWith({"clv", db, "--calibration-end", "1997-09-30", "--holdout-end", "1997-09-01"});
    CHECK(wrong.code == 1);
    CHECK(wrong.err.find("--holdout-end (1997-09-01) must be after --calibration-end") !=
          std::string::npos);
    // Before anyone bought there is nothing to fit: said, not a nonsense fit.
    const auto empty = runCliWith({"clv", db, "--calibration-end", "1996-12-31"});
    CHECK(empty.code == 1);
    CHECK(empty.err.find("not usable: only 0 customers bought in the calibration period") !=
          std::string::npos);
}

TEST_CASE("CDNOW: rfm and tiers list every customer, and follow the portfolio's tables") {
    TempDir dir;
    const std::string db = importCdnow(dir);
    const auto rfm = runCliWith({"rfm", db, "--as-of", "1998-06-30", "--csv", "-"});
    REQUIRE(rfm.code == 0);
    CHECK(std::count(rfm.out.begin(), rfm.out.end(), '\n') == 1 + 2349); // header + ranked
    CHECK(rfm.out.rfind("customer_id,recency_days,frequency,monetary,r,f,m,segment\r\n", 0) == 0);
    // Customer 00004 bought on 1997-01-01, -01-18, -08-02 and 1997-12-12: 200 days silent.
    CHECK(rfm.out.find("\r\n00004,200,4,100.50,") != std::string::npos);

    // One catch-all segment instead of the default table.
    REQUIRE(runCliWith({"settings", db, "rfm_segments", "Everyone: R1-5"}).code == 0);
    const auto one = runCliWith({"rfm", db, "--as-of", "1998-06-30"});
    CHECK(one.out.find("Everyone                    2349") != std::string::npos);
    const auto bad = runCliWith({"settings", db, "rfm_segments", "Top: R6"});
    CHECK(bad.code == 1);
    CHECK(bad.err.find("segment line 1") != std::string::npos);
    REQUIRE(runCliWith({"settings", db, "rfm_segments", "default"}).code == 0);
    CHECK(runCliWith({"rfm", db, "--as-of", "1998-06-30"}).out.find("Champions") !=
          std::string::npos);

    const auto tiers = runCliWith({"tiers", db, "--as-of", "1998-06-30", "--csv", "-"});
    REQUIRE(tiers.code == 0);
    CHECK(std::count(tiers.out.begin(), tiers.out.end(), '\n') == 1 + 2357);
    CHECK(tiers.out.find("\r\n00004,Bronze,41.44,2,208.56,1,Silver,1 more purchase and 208.56 "
                         "more to reach Silver\r\n") != std::string::npos);
    const auto badTiers = runCliWith({"settings", db, "reward_tiers",
                                      "Gold | 10 | 5 | x\nTin | "
                                      "1 | 1 | y"});
    CHECK(badTiers.code == 1);
    CHECK(badTiers.err.find("at least what Gold asks") != std::string::npos);
}

TEST_CASE("CDNOW: the retention triangle by month, counted independently with awk") {
    TempDir dir;
    const std::string db = importCdnow(dir);
    const auto r = runCliWith({"retention", db, "--as-of", "1998-06-30", "--csv", "-"});
    REQUIRE(r.code == 0);
    // First purchases: 781 in January 1997, 857 in February, 719 in March; 124 of January's
    // customers bought again in February (124 / 781 = 0.1588).
    CHECK(r.out.find("\r\n1997-01,781,1.0000,0.1588,") != std::string::npos);
    CHECK(r.out.find("\r\n1997-02,857,1.0000,") != std::string::npos);
    CHECK(r.out.find("\r\n1997-03,719,1.0000,") != std::string::npos);
    const auto bad = runCliWith({"retention", db, "--by", "week"});
    CHECK(bad.code == 1);
    CHECK(bad.err.find("--by must be month, quarter or year (not 'week')") != std::string::npos);
}
