#include "core/flow/cohort_flow.h"
#include "test_portfolio.h"

#include <catch2/catch.hpp>

using namespace cartera;
using cartera::test::d;
using cartera::test::TestPortfolio;

TEST_CASE("cohort flow between two dates") {
    const Portfolio p =
        TestPortfolio()
            // new at T0 (7 months), adolescent at T1, buying every two months.
            .add("grows", {{"2022-06-01", 100},
                           {"2022-08-01", 100},
                           {"2022-10-01", 100},
                           {"2022-12-01", 100},
                           {"2023-02-01", 100},
                           {"2023-04-01", 100},
                           {"2023-06-01", 100},
                           {"2023-08-01", 100},
                           {"2023-10-01", 100},
                           {"2023-12-01", 100}})
            // not yet at T0, new at T1: inflow.
            .add("arrives", {{"2023-05-01", 400}, {"2023-11-01", 200}})
            // new at T0, silent since: lost at T1 (outflow).
            .add("leaves", {{"2022-10-01", 300}})
            // lost at T0 (last purchase 2021), buys again in 2023: recovered, as mature.
            .add("returns", {{"2021-06-01", 100}, {"2023-10-01", 250}})
            // never bought before T1.
            .add("later", {{"2024-02-01", 100}})
            .build();
    const CohortFlow f = computeFlow(p, AnalysisSettings{}, d("2023-01-01"), d("2024-01-01"));
    CHECK(f.at(FlowState::New, FlowState::Adolescent) == 1);
    CHECK(f.at(FlowState::NotYet, FlowState::New) == 1);
    CHECK(f.at(FlowState::New, FlowState::Lost) == 1);
    CHECK(f.at(FlowState::Lost, FlowState::Mature) == 1);
    CHECK(f.at(FlowState::NotYet, FlowState::NotYet) == 1);
    CHECK(f.inflow() == 1);
    CHECK(f.outflow() == 1);
    CHECK(f.recovered() == 1);
    CHECK(f.rowTotal(FlowState::New) == 2);
    CHECK(f.columnTotal(FlowState::Lost) == 1);
    // Revenue in (T0, T1]: six purchases of the grower, two of the arrival, one of the return.
    CHECK(f.revenue[1][2] == 600);
    CHECK(f.revenue[0][1] == 600);
    CHECK(f.revenue[5][3] == 250);
    CHECK(f.revenue[1][5] == 0);
}

TEST_CASE("a flow series steps by calendar months from the start") {
    const Portfolio p = TestPortfolio().add("a", {{"2023-01-15", 100}}).build();
    const auto series =
        computeFlowSeries(p, AnalysisSettings{}, d("2023-01-31"), d("2023-04-30"), FlowStep::Month);
    REQUIRE(series.size() == 3);
    CHECK(series[0].to == d("2023-02-28"));
    CHECK(series[1].from == d("2023-02-28"));
    CHECK(series[1].to == d("2023-03-31"));
    CHECK(series[2].to == d("2023-04-30"));
    const auto quarters = computeFlowSeries(p, AnalysisSettings{}, d("2022-01-01"), d("2023-02-01"),
                                            FlowStep::Quarter);
    REQUIRE(quarters.size() == 5);
    CHECK(quarters.back().to == d("2023-02-01"));
    CHECK(quarters[4].at(FlowState::NotYet, FlowState::New) == 1);
}
