#include "core/review/portfolio_review.h"
#include "test_portfolio.h"

#include <catch2/catch.hpp>

using namespace cartera;
using cartera::test::d;
using cartera::test::TestPortfolio;

TEST_CASE("the portfolio review ranks, names and counts as worked out by hand") {
    // Twelve-month net revenues a=50, b=30, c=10, d=10; "old" last bought in 2020 and is lost.
    const Portfolio p = TestPortfolio()
                            .add("a", {{"2024-01-01", 3000}, {"2024-02-01", 2000}})
                            .add("b", {{"2024-03-01", 3500}, {"2024-03-02", -500}})
                            .add("c", {{"2024-01-03", 1000}})
                            .add("d", {{"2024-01-02", 1000}})
                            .add("old", {{"2020-01-01", 4000}})
                            .build();
    CustomerDirectory directory;
    for (const char* name : {"Ana", "Ben", "Cleo", "Dora", "Olaf"})
        directory.add("", name, "", "", "");
    const AnalysisSettings settings; // cut 80 %
    const PortfolioReview r = buildPortfolioReview(p, directory, settings, {}, d("2024-06-30"));

    CHECK(r.customers == 5);
    const ParetoReport& pareto = r.metrics.pareto;
    CHECK(pareto.rankedCount() == 4);
    CHECK(pareto.total() == 10000);
    CHECK(pareto.paretoCount() == 2); // a and b make 80 %
    REQUIRE(r.topCustomers.size() == 4);
    CHECK(r.topCustomers[0].id == "a");
    CHECK(r.topCustomers[0].name == "Ana");
    CHECK(r.topCustomers[0].rank == 1);
    CHECK(r.topCustomers[0].revenue == 5000);
    CHECK(r.topCustomers[1].name == "Ben");
    CHECK(r.topCustomers[1].revenue == 3000);
    // c and d tie at 10.00; ties go by id. Each is 20.00 below b, the last Pareto customer.
    REQUIRE(r.promotionCandidates.size() == 2);
    CHECK(r.promotionCandidates[0].id == "c");
    CHECK(r.promotionCandidates[0].name == "Cleo");
    CHECK(r.promotionCandidates[0].rank == 3);
    CHECK(r.promotionCandidates[0].belowCut == 2000);
    CHECK(r.promotionCandidates[1].id == "d");
    CHECK(r.promotionCandidates[1].belowCut == 2000);

    // All four buyers arrived within the year; "old" was lost before it began.
    const StageSummary& s = r.metrics.summary;
    CHECK(s.stageCount[static_cast<std::size_t>(Stage::New)] == 4);
    CHECK(s.activityCount[static_cast<std::size_t>(Activity::Lost)] == 1);
    CHECK(r.lastYear.from == d("2023-06-30"));
    CHECK(r.lastYear.to == d("2024-06-30"));
    CHECK(r.lastYear.inflow() == 4);
    CHECK(r.lastYear.outflow() == 0);
    CHECK(r.lastYear.at(FlowState::Lost, FlowState::Lost) == 1);

    // Every three months from a year ago to the as-of day: nobody then, four new ones now.
    REQUIRE(r.stageSeries.size() == 5);
    CHECK(r.stageSeries.front().day == d("2023-06-30"));
    CHECK(r.stageSeries.back().day == d("2024-06-30"));
    for (const std::int64_t n : r.stageSeries.front().count)
        CHECK(n == 0);
    CHECK(r.stageSeries.back().count[static_cast<std::size_t>(Stage::New)] == 4);
    // Three-month steps counted from a year ago: 2024-03-30, by when all four had bought.
    CHECK(r.stageSeries[3].day == d("2024-03-30"));
    CHECK(r.stageSeries[3].count[static_cast<std::size_t>(Stage::New)] == 4);
    CHECK(r.stageSeries[2].count[static_cast<std::size_t>(Stage::New)] == 0);

    CHECK(r.recovery.open == 0);
    CHECK(r.paretoCurve.front().first == 0.0);
    CHECK(r.paretoCurve.back().second == Approx(1.0));
}
