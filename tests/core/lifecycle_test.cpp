#include "core/analysis/lifecycle.h"
#include "core/analysis/stage_summary.h"
#include "test_portfolio.h"

#include <catch2/catch.hpp>

using namespace cartera;
using cartera::test::d;
using cartera::test::TestPortfolio;

namespace {

CustomerStatus statusOf(const Portfolio& p, std::size_t i, const char* asOf,
                        const AnalysisSettings& s = {}) {
    ClassifyScratch scratch;
    return classifyCustomer(p, i, s, d(asOf), scratch);
}

} // namespace

TEST_CASE("each stage starts on the exact day its tenure is complete") {
    // First purchases 12, 24 and 60 months before the as-of date, and one day later.
    const Portfolio p = TestPortfolio()
                            .add("a12", {{"2023-06-15", 100}})
                            .add("b12", {{"2023-06-16", 100}})
                            .add("a24", {{"2022-06-15", 100}})
                            .add("b24", {{"2022-06-16", 100}})
                            .add("a60", {{"2019-06-15", 100}})
                            .add("b60", {{"2019-06-16", 100}})
                            .build();
    const char* t = "2024-06-15";
    CHECK(statusOf(p, 0, t).stage == Stage::Adolescent);
    CHECK(statusOf(p, 1, t).stage == Stage::New);
    CHECK(statusOf(p, 2, t).stage == Stage::Mature);
    CHECK(statusOf(p, 3, t).stage == Stage::Adolescent);
    CHECK(statusOf(p, 4, t).stage == Stage::Veteran);
    CHECK(statusOf(p, 5, t).stage == Stage::Mature);
    CHECK(statusOf(p, 0, t).tenureMonths(d(t)) == 12);
    CHECK(statusOf(p, 1, t).tenureMonths(d(t)) == 11);
}

TEST_CASE("stage boundaries are settings") {
    const Portfolio p = TestPortfolio().add("a", {{"2024-01-15", 100}}).build();
    AnalysisSettings s;
    s.adolescentFromMonths = 3;
    s.matureFromMonths = 5;
    s.veteranFromMonths = 9;
    CHECK(statusOf(p, 0, "2024-04-14", s).stage == Stage::New);
    CHECK(statusOf(p, 0, "2024-04-15", s).stage == Stage::Adolescent);
    CHECK(statusOf(p, 0, "2024-06-15", s).stage == Stage::Mature);
}

TEST_CASE("acquisition on the 31st and on 29 February") {
    const Portfolio p = TestPortfolio()
                            .add("jan31", {{"2023-01-31", 100}, {"2024-01-30", 100}})
                            .add("leap", {{"2020-02-29", 100}, {"2021-02-20", 100}})
                            .build();
    AnalysisSettings s;
    s.adolescentFromMonths = 1;
    CHECK(statusOf(p, 0, "2023-02-28", s).stage == Stage::New);
    CHECK(statusOf(p, 0, "2023-03-01", s).stage == Stage::Adolescent);
    CHECK(statusOf(p, 1, "2021-02-28").stage == Stage::New);
    CHECK(statusOf(p, 1, "2021-03-01").stage == Stage::Adolescent);
}

TEST_CASE("customer_since overrides the first purchase") {
    const Portfolio p = TestPortfolio()
                            .add("old", {{"2024-06-01", 100}}, "2019-01-01")
                            .add("signed-up-first", {}, "2024-06-01")
                            .add("future", {}, "2024-07-01")
                            .add("prospect", {})
                            .build();
    const CustomerStatus old = statusOf(p, 0, "2024-06-15");
    CHECK(old.acquisition == d("2019-01-01").days());
    CHECK(old.stage == Stage::Veteran);
    const CustomerStatus never = statusOf(p, 1, "2024-06-15");
    CHECK(never.inPortfolio);
    CHECK(never.daysSilent(d("2024-06-15")) == 14); // measured from the day it became one
    CHECK_FALSE(statusOf(p, 2, "2024-06-15").inPortfolio);
    CHECK(statusOf(p, 2, "2024-06-15").daysSilent(d("2024-06-15")) == 0);
    CHECK(statusOf(p, 2, "2024-06-15").tenureMonths(d("2024-06-15")) == 0);
    CHECK_FALSE(statusOf(p, 3, "2024-06-15").inPortfolio);
}

TEST_CASE("purchases after the as-of date are ignored") {
    const Portfolio p =
        TestPortfolio().add("a", {{"2024-01-01", 100}, {"2024-09-01", 100}}).build();
    const CustomerStatus s = statusOf(p, 0, "2024-06-15");
    CHECK(s.purchaseDays == 1);
    CHECK(s.lastPurchase == d("2024-01-01").days());
    CHECK_FALSE(statusOf(p, 0, "2023-12-31").inPortfolio);
}

TEST_CASE("activity thresholds: at risk after 180 days, lost after 365") {
    // Last purchase 180, 181, 365 and 366 days before 2024-06-15.
    const Portfolio p = TestPortfolio()
                            .add("d180", {{"2023-12-18", 100}})
                            .add("d181", {{"2023-12-17", 100}})
                            .add("d365", {{"2023-06-16", 100}})
                            .add("d366", {{"2023-06-15", 100}})
                            .build();
    const char* t = "2024-06-15";
    REQUIRE(statusOf(p, 0, t).daysSilent(d(t)) == 180);
    CHECK(statusOf(p, 0, t).activity == Activity::Active);
    CHECK(statusOf(p, 1, t).activity == Activity::AtRisk);
    CHECK(statusOf(p, 2, t).activity == Activity::AtRisk);
    CHECK(statusOf(p, 3, t).activity == Activity::Lost);
    CHECK(statusOf(p, 3, t).reason == ActivityReason::NoPurchaseFor);
}

TEST_CASE("the cadence rule: silent for more than three usual gaps") {
    // Purchase days 10 days apart: the median gap is 10, so more than 30 days silent is risky.
    const Portfolio p =
        TestPortfolio()
            .add("regular", {{"2024-01-01", 100},
                             {"2024-01-11", 100},
                             {"2024-01-21", 100},
                             {"2024-01-31", 100}})
            .add("two-gaps", {{"2024-01-01", 100}, {"2024-01-11", 100}, {"2024-01-31", 100}})
            .add("only-two-days", {{"2024-01-01", 100}, {"2024-01-02", 100}})
            .build();
    CHECK(statusOf(p, 0, "2024-03-01").activity == Activity::Active); // 30 days
    const CustomerStatus late = statusOf(p, 0, "2024-03-02");         // 31 days
    CHECK(late.activity == Activity::AtRisk);
    CHECK(late.reason == ActivityReason::BrokeCadence);
    CHECK(late.medianGapTimes2 == 20);
    // Gaps 10 and 20: the median is their mean, 15; the limit is 45 days.
    CHECK(statusOf(p, 1, "2024-01-31").medianGapTimes2 == 30);
    CHECK(statusOf(p, 1, "2024-03-16").activity == Activity::Active);
    CHECK(statusOf(p, 1, "2024-03-17").activity == Activity::AtRisk);
    // Fewer than three purchase days: the rule does not apply.
    CHECK(statusOf(p, 2, "2024-03-01").activity == Activity::Active);
}

TEST_CASE("several purchases on one day make one purchase day, refunds are no activity") {
    const Portfolio p = TestPortfolio()
                            .add("a", {{"2024-01-01", 100},
                                       {"2024-01-01", 50},
                                       {"2024-01-05", 100},
                                       {"2024-03-01", -100}})
                            .build();
    const CustomerStatus s = statusOf(p, 0, "2024-07-10");
    CHECK(s.purchaseDays == 2);
    CHECK(s.lastPurchase == d("2024-01-05").days());
    CHECK(s.activity == Activity::AtRisk); // 187 days since the last purchase, refund aside
}

TEST_CASE("a lost mark stands until a later purchase") {
    const Portfolio p =
        TestPortfolio()
            .add("marked", {{"2024-01-01", 100}}, nullptr, "2024-02-01")
            .add("came-back", {{"2024-01-01", 100}, {"2024-03-01", 100}}, nullptr, "2024-02-01")
            .add("same-day", {{"2024-02-01", 100}}, nullptr, "2024-02-01")
            .build();
    const CustomerStatus marked = statusOf(p, 0, "2024-02-10");
    CHECK(marked.activity == Activity::Lost);
    CHECK(marked.reason == ActivityReason::MarkedLost);
    CHECK(statusOf(p, 0, "2024-01-20").activity == Activity::Active); // before the mark
    CHECK(statusOf(p, 1, "2024-02-10").activity == Activity::Lost);
    CHECK(statusOf(p, 1, "2024-03-01").activity == Activity::Active);
    CHECK(statusOf(p, 2, "2024-02-10").activity == Activity::Lost);
}

TEST_CASE("stage summary counts lost customers apart and nets refunds") {
    const Portfolio p = TestPortfolio()
                            .add("new", {{"2024-05-01", 1000}, {"2024-05-20", -300}})
                            .add("adolescent", {{"2023-01-01", 500}, {"2024-04-01", 200}})
                            .add("lost", {{"2020-01-01", 900}})
                            .add("future", {{"2024-07-01", 100}})
                            .build();
    const Date t = d("2024-06-15");
    const auto statuses = classifyAll(p, AnalysisSettings{}, t);
    const StageSummary s = summarizeStages(p, statuses, t);
    CHECK(s.stageCount == std::array<std::int64_t, 4>{1, 1, 0, 0});
    CHECK(s.stageRevenue[0] == 700);
    CHECK(s.stageRevenue[1] == 700);
    CHECK(s.stageRevenue12m[1] == 200);
    CHECK(s.activityCount[static_cast<std::size_t>(Activity::Lost)] == 1);
    CHECK(s.activityRevenue[static_cast<std::size_t>(Activity::Lost)] == 900);
    CHECK(s.notYetCustomers == 1);
    CHECK(s.inPortfolio() == 2);
    CHECK(s.everCustomers() == 3);
}
