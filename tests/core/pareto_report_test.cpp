#include "core/pareto/pareto_report.h"
#include "test_portfolio.h"

#include <catch2/catch.hpp>

using namespace cartera;
using cartera::test::d;
using cartera::test::TestPortfolio;

namespace {

// Net revenues a=50, b=30, c=10, d=10 (a tie), and three customers that are not ranked.
Portfolio smallPortfolio() {
    return TestPortfolio()
        .add("d", {{"2024-01-02", 1000}})
        .add("c", {{"2024-01-03", 1000}})
        .add("zero", {{"2024-01-01", 0}})
        .add("a", {{"2024-01-01", 3000}, {"2024-02-01", 2000}})
        .add("refunded", {{"2024-01-01", 2000}, {"2024-01-05", -2000}})
        .add("b", {{"2024-03-01", 3500}, {"2024-03-02", -500}})
        .add("refund-only", {{"2024-01-01", -500}})
        .build();
}

std::string idAt(const ParetoReport& r, const Portfolio& p, std::size_t rank) {
    return std::string(p.externalId[r.entries()[rank - 1].customer]);
}

} // namespace

TEST_CASE("pareto ranks net revenue, ties by id, and leaves non-positive customers out") {
    const Portfolio p = smallPortfolio();
    const auto r = ParetoReport::compute(p, d("2024-06-30"), {RevenueWindow::Kind::AllTime, 0});
    REQUIRE(r.rankedCount() == 4);
    CHECK(r.total() == 10000);
    CHECK(idAt(r, p, 1) == "a");
    CHECK(idAt(r, p, 2) == "b");
    CHECK(idAt(r, p, 3) == "c");
    CHECK(idAt(r, p, 4) == "d");
    CHECK(r.entries()[1].revenue == 3000);
    CHECK(r.entries()[3].cumulative == 10000);
    CHECK(r.share(1) == Approx(0.5));
    CHECK(r.cumulativeCustomerShare(2) == Approx(0.5));
}

TEST_CASE("the customer that reaches the cut is in the Pareto set") {
    const Portfolio p = smallPortfolio();
    const Date t = d("2024-06-30");
    const RevenueWindow all{RevenueWindow::Kind::AllTime, 0};
    // Cumulative 50, 80, 90, 100: 80 % is reached exactly at rank 2.
    CHECK(ParetoReport::compute(p, t, all, {4, 5}).paretoCount() == 2);
    CHECK(ParetoReport::compute(p, t, all, {79, 100}).paretoCount() == 2);
    CHECK(ParetoReport::compute(p, t, all, {81, 100}).paretoCount() == 3);
    CHECK(ParetoReport::compute(p, t, all, {1, 2}).paretoCount() == 1);
    const auto r = ParetoReport::compute(p, t, all);
    CHECK(r.classBEnd() == 4); // 95 % is reached at rank 4
    CHECK(r.classOfRank(2) == ParetoClass::A);
    CHECK(r.classOfRank(3) == ParetoClass::B);
    CHECK(r.paretoCustomerShare() == Approx(0.5));
    REQUIRE(r.promotionCandidates().size() == 2);
    CHECK(r.promotionCandidates()[0].revenue == 1000);
}

TEST_CASE("gini of the ranked revenues") {
    const Portfolio p = smallPortfolio();
    const auto r = ParetoReport::compute(p, d("2024-06-30"), {RevenueWindow::Kind::AllTime, 0});
    // Ascending 10, 10, 30, 50: 2 * 320 / (4 * 100) - 5 / 4 = 0.35.
    CHECK(r.gini() == Approx(0.35).margin(1e-12));
    const Portfolio equal =
        TestPortfolio().add("x", {{"2024-01-01", 5}}).add("y", {{"2024-01-01", 5}}).build();
    CHECK(ParetoReport::compute(equal, d("2024-06-30"), {RevenueWindow::Kind::AllTime, 0}).gini() ==
          Approx(0.0).margin(1e-12));
}

TEST_CASE("ids tie-break in text order") {
    const Portfolio p =
        TestPortfolio().add("9", {{"2024-01-01", 100}}).add("10", {{"2024-01-01", 100}}).build();
    const auto r = ParetoReport::compute(p, d("2024-06-30"), {RevenueWindow::Kind::AllTime, 0});
    CHECK(idAt(r, p, 1) == "10");
}

TEST_CASE("a 12-month window runs from T - 12 months (excluded) to T (included)") {
    const Portfolio p = TestPortfolio()
                            .add("edge", {{"2023-02-28", 700}, {"2023-03-01", 100}})
                            .add("late", {{"2024-03-01", 500}})
                            .build();
    const auto r = ParetoReport::compute(p, d("2024-02-29"), RevenueWindow{});
    REQUIRE(r.rankedCount() == 1);
    CHECK(r.total() == 100); // 2023-02-28 is outside, 2024-03-01 is after T
    const auto days = ParetoReport::compute(p, d("2023-03-01"), *RevenueWindow::parse("1d"));
    CHECK(days.total() == 100);
    const auto twoDays = ParetoReport::compute(p, d("2023-03-01"), *RevenueWindow::parse("2d"));
    CHECK(twoDays.total() == 800);
}

TEST_CASE("window names parse") {
    CHECK(RevenueWindow::parse("all")->kind == RevenueWindow::Kind::AllTime);
    CHECK(RevenueWindow::parse("12m")->length == 12);
    CHECK(RevenueWindow::parse("90d")->kind == RevenueWindow::Kind::Days);
    CHECK(RevenueWindow::parse("90 days")->length == 90);
    CHECK_FALSE(RevenueWindow::parse("0d").has_value());
    CHECK_FALSE(RevenueWindow::parse("12x").has_value());
}

TEST_CASE("an empty portfolio gives an empty report") {
    const Portfolio p = TestPortfolio().build();
    const auto r = ParetoReport::compute(p, d("2024-06-30"), RevenueWindow{});
    CHECK(r.rankedCount() == 0);
    CHECK(r.paretoCount() == 0);
    CHECK(r.promotionCandidates().empty());
}

TEST_CASE("a ranking large enough to sort on two threads equals the one-thread order") {
    // 150,000 customers over 7 revenues: long runs of ties, broken by id as text.
    PortfolioBuilder b;
    const std::size_t n = 150'000;
    for (std::size_t i = 0; i < n; ++i) {
        b.addCustomer(static_cast<std::int64_t>(i + 1), "K" + std::to_string((i * 7919) % n),
                      kNoDay);
        b.addPurchase(Date::fromYmd(2024, 1, 1).days(), static_cast<Cents>(100 * (1 + i % 7)));
    }
    const Portfolio p = b.take();
    const ParetoReport r = ParetoReport::compute(
        p, Date::fromYmd(2024, 6, 30), {RevenueWindow::Kind::AllTime, 0}, {4, 5}, {19, 20});
    REQUIRE(r.entries().size() == n);
    for (std::size_t k = 1; k < n; ++k) {
        const ParetoEntry& a = r.entries()[k - 1];
        const ParetoEntry& e = r.entries()[k];
        REQUIRE((a.revenue > e.revenue ||
                 (a.revenue == e.revenue && p.externalId[a.customer] < p.externalId[e.customer])));
    }
    CHECK(r.entries().front().revenue == 700);
    CHECK(r.entries().back().revenue == 100);
}
