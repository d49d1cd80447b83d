#include "core/value/retention_triangle.h"
#include "test_portfolio.h"

#include <catch2/catch.hpp>
#include <cmath>

using namespace cartera;
using cartera::test::d;
using cartera::test::TestPortfolio;

namespace {

Portfolio handMade() {
    return TestPortfolio()
        .add("A", {{"2025-01-10", 100}, {"2025-01-20", 50}, {"2025-03-01", 200}})
        .add("B", {{"2025-01-31", 300}, {"2025-02-01", -100}, {"2025-02-15", 0}})
        .add("C", {{"2025-01-05", 999}, {"2025-02-20", 70}}, "2025-02-10")
        .add("D", {{"2025-04-02", 10}}, "2025-04-01") // after T: not yet a customer
        .add("E", {}, "2025-02-01")
        .build();
}

} // namespace

TEST_CASE("retention by monthly cohort: active shares and revenue from the acquisition on") {
    const Portfolio p = handMade();
    const RetentionTriangle r = RetentionTriangle::compute(p, d("2025-03-15"), CohortPeriod::Month);
    REQUIRE(r.cohorts.size() == 2); // 2025-01 and 2025-02; March acquired no one
    const auto& jan = r.cohorts[0];
    CHECK(jan.label == "2025-01");
    CHECK(jan.customers == 2);
    CHECK(jan.active == std::vector<std::size_t>{2, 1, 1}); // B's free item counts in February
    CHECK(jan.revenue == std::vector<Cents>{450, -100, 200});
    CHECK(r.share(0, 1) == 0.5);
    CHECK(r.revenueRetention(0, 2) == Approx(200.0 / 450));
    CHECK(std::isnan(r.share(0, 3)));
    const auto& feb = r.cohorts[1];
    CHECK(feb.label == "2025-02");
    CHECK(feb.customers == 2);                           // C (since 02-10) and E
    CHECK(feb.active == std::vector<std::size_t>{1, 0}); // C's January purchase is before it
    CHECK(feb.revenue == std::vector<Cents>{70, 0});
    CHECK(r.customersOf(p, 0, 2) == std::vector<std::uint32_t>{0});
    CHECK(r.customersOf(p, 0, 1) == std::vector<std::uint32_t>{1});
}

TEST_CASE("retention by quarter and year, labels, no revenue retention without first revenue") {
    const Portfolio p = handMade();
    const RetentionTriangle q =
        RetentionTriangle::compute(p, d("2025-03-15"), CohortPeriod::Quarter);
    REQUIRE(q.cohorts.size() == 1);
    CHECK(q.cohorts[0].label == "2025 Q1");
    CHECK(q.cohorts[0].customers == 4);
    CHECK(q.cohorts[0].active == std::vector<std::size_t>{3});
    CHECK(q.cohorts[0].revenue == std::vector<Cents>{620});
    const RetentionTriangle y = RetentionTriangle::compute(p, d("2026-01-01"), CohortPeriod::Year);
    REQUIRE(y.cohorts.size() == 1);
    CHECK(y.cohorts[0].label == "2025");
    CHECK(y.cohorts[0].customers == 5); // D too, by 2026
    CHECK(y.cohorts[0].active == std::vector<std::size_t>{4, 0});
    const Portfolio refundOnly =
        TestPortfolio().add("R", {{"2025-01-01", 0}, {"2025-02-01", 100}}).build();
    const RetentionTriangle z =
        RetentionTriangle::compute(refundOnly, d("2025-02-15"), CohortPeriod::Month);
    CHECK(std::isnan(z.revenueRetention(0, 1)));
    CHECK(z.share(0, 1) == 1.0);
}
