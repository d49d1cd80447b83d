#include "../storage/storage_fixture.h"
#include "cli_runner.h"

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
    CHECK(line == "rank,customer_id,revenue,share,cumulative_share,cumulative_customer_share,"
                  "class\r");
    std::getline(in, line);
    CHECK(line == "1,19339,6552.70,0.026845,0.026845,0.000426,A\r");
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
