#include "core/value/rfm_report.h"
#include "test_portfolio.h"

#include <catch2/catch.hpp>

using namespace cartera;
using cartera::test::d;
using cartera::test::TestPortfolio;

namespace {

const RfmReport::Entry& entryFor(const RfmReport& report, const Portfolio& p, const char* id) {
    for (const auto& e : report.entries)
        if (p.externalId[e.customer] == id)
            return e;
    FAIL("no RFM entry for " << id);
    throw;
}

} // namespace

TEST_CASE("RFM scores count strictly worse customers, so ties share a score") {
    // As of 2025-06-30, all time. Worked by hand (n = 5 scored customers):
    //   R days 10, 10, 121, 305, 10 -> worse: 2, 2, 1, 0, 2 -> scores 3, 3, 2, 1, 3
    //   F 1, 2, 1, 3, 1             -> worse: 0, 3, 0, 4, 0 -> scores 1, 4, 1, 5, 1
    //   M 100, 100, 20, 3, 100      -> worse: 2, 2, 1, 0, 2 -> scores 3, 3, 2, 1, 3
    const Portfolio p =
        TestPortfolio()
            .add("A", {{"2025-06-20", 10000}})
            .add("B", {{"2025-01-01", 5000}, {"2025-06-20", 5000}})
            .add("C", {{"2025-03-01", 2000}})
            .add("D", {{"2024-06-30", 100}, {"2024-07-30", 100}, {"2024-08-29", 100}})
            .add("E", {{"2025-01-01", 1000}, {"2025-01-02", -1000}}) // nets to nothing
            .add("F", {{"2025-06-20", 4000}, {"2025-06-20", 6000}})  // one purchase day
            .build();
    const auto table = RfmSegmentTable::defaults();
    const RfmReport r =
        RfmReport::compute(p, d("2025-06-30"), {RevenueWindow::Kind::AllTime, 0}, table);
    REQUIRE(r.entries.size() == 5);
    CHECK(r.entryOf[4] == kNotScored);

    auto scores = [&](const char* id) {
        const auto& e = entryFor(r, p, id);
        return std::vector<int>{e.r, e.f, e.m};
    };
    CHECK(scores("A") == std::vector<int>{3, 1, 3});
    CHECK(scores("B") == std::vector<int>{3, 4, 3});
    CHECK(scores("C") == std::vector<int>{2, 1, 2});
    CHECK(scores("D") == std::vector<int>{1, 5, 1});
    CHECK(scores("F") == std::vector<int>{3, 1, 3});
    CHECK(entryFor(r, p, "D").recencyDays == 305);
    CHECK(entryFor(r, p, "F").frequency == 1);
    CHECK(entryFor(r, p, "F").monetary == 10000);

    // First matching row wins; D matches no row.
    auto segment = [&](const char* id) {
        return std::string(table.segmentName(r.segmentOf(entryFor(r, p, id))));
    };
    for (const auto& e : r.entries)
        CHECK(r.segmentOf(e) == table.segmentOf(e.r, e.f, e.m));
    CHECK(segment("A") == "Potential loyalist");
    CHECK(segment("B") == "Loyal customers");
    CHECK(segment("C") == "About to sleep");
    CHECK(segment("D") == "Others");
    CHECK(r.grid[2][0] == 2); // A and F: R3 F1
    CHECK(r.gridRevenue[2][0] == 20000);
}

TEST_CASE("RFM scores spread distinct values over 1 to 5, and the window limits F and M") {
    TestPortfolio t;
    // Ten customers, customer k bought k times (one purchase day each) for k cents each time.
    const char* days[] = {"2025-06-01", "2025-06-02", "2025-06-03", "2025-06-04", "2025-06-05",
                          "2025-06-06", "2025-06-07", "2025-06-08", "2025-06-09", "2025-06-10"};
    for (int k = 1; k <= 10; ++k) {
        std::vector<TestPortfolio::Buy> buys;
        for (int j = 0; j < k; ++j)
            buys.push_back({days[j], 100});
        t.add("K" + std::to_string(k), buys);
    }
    const Portfolio p = t.build();
    const RfmReport r = RfmReport::compute(p, d("2025-06-30"), {RevenueWindow::Kind::AllTime, 0},
                                           RfmSegmentTable::defaults());
    // w = k - 1 worse customers: 1 + floor(5 (k - 1) / 10) = 1 1 2 2 3 3 4 4 5 5.
    std::vector<int> f;
    for (const auto& e : r.entries)
        f.push_back(e.f);
    CHECK(f == std::vector<int>{1, 1, 2, 2, 3, 3, 4, 4, 5, 5});

    // A 25-day window sees only the purchases from 2025-06-06 on.
    const RfmReport w = RfmReport::compute(p, d("2025-06-30"), {RevenueWindow::Kind::Days, 25},
                                           RfmSegmentTable::defaults());
    REQUIRE(w.entries.size() == 5); // K6..K10
    CHECK(p.externalId[w.entries.front().customer] == "K6");
    CHECK(w.entries.front().frequency == 1);
    CHECK(w.entries.front().monetary == 100);
    CHECK(w.entries.back().frequency == 5);
}

TEST_CASE("a lone customer scores 1 on everything") {
    const Portfolio p = TestPortfolio().add("A", {{"2025-06-20", 500}}).build();
    const RfmReport r = RfmReport::compute(p, d("2025-06-30"), {RevenueWindow::Kind::AllTime, 0},
                                           RfmSegmentTable::defaults());
    REQUIRE(r.entries.size() == 1);
    CHECK(r.entries[0].r == 1);
    CHECK(r.entries[0].f == 1);
    CHECK(r.entries[0].m == 1);
}

TEST_CASE("the segment table reads and writes its text, mistakes name the line") {
    const auto defaults = RfmSegmentTable::defaults();
    const auto again = RfmSegmentTable::parse(defaults.toText());
    REQUIRE(again.rules().size() == 10);
    CHECK(again.toText() == defaults.toText());
    CHECK(defaults.toText().find("Can't lose them: R1 F4-5 M4-5\n") != std::string::npos);
    // Boundaries: R4-5 includes both ends; a row without F matches any F.
    const auto t = RfmSegmentTable::parse("Top: R4-5 M5\n\nRest: R1-5\n");
    CHECK(t.segmentName(t.segmentOf(4, 1, 5)) == "Top");
    CHECK(t.segmentName(t.segmentOf(5, 5, 5)) == "Top");
    CHECK(t.segmentName(t.segmentOf(3, 5, 5)) == "Rest");
    CHECK(t.segmentName(t.segmentOf(5, 5, 4)) == "Rest");
    CHECK_THROWS_WITH(RfmSegmentTable::parse("Top: R4-5\nBad: R6\n"),
                      Catch::Contains("line 2") && Catch::Contains("R6"));
    CHECK_THROWS_WITH(RfmSegmentTable::parse("Top R4-5\n"), Catch::Contains("line 1"));
    CHECK_THROWS_WITH(RfmSegmentTable::parse("Top: R5-4\n"), Catch::Contains("R5-4"));
    CHECK_THROWS_WITH(RfmSegmentTable::parse("Top: R4 R5\n"), Catch::Contains("twice"));
    CHECK_THROWS(RfmSegmentTable::parse("\n"));
}
