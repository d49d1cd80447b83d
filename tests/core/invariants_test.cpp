// Properties every report must keep on any portfolio, checked on seeded random ones that
// include refunds, zero-value purchases, "customer since" days and lost marks.
#include "core/customers/customer_metrics.h"
#include "core/flow/cohort_flow.h"
#include "core/pareto/pareto_report.h"
#include "core/portfolio/portfolio.h"

#include <catch2/catch.hpp>
#include <random>

using namespace cartera;

namespace {

Portfolio randomPortfolio(std::uint32_t seed, std::size_t customers) {
    std::mt19937 rng(seed);
    const std::int32_t start = Date::fromYmd(2015, 1, 1).days();
    const std::int32_t end = Date::fromYmd(2026, 6, 30).days();
    std::uniform_int_distribution<std::int32_t> anyDay(start, end);
    std::uniform_int_distribution<int> percent(0, 99);
    std::uniform_int_distribution<int> count(0, 12);
    std::uniform_int_distribution<Cents> amount(-5000, 40000);
    PortfolioBuilder b;
    for (std::size_t i = 0; i < customers; ++i) {
        const std::int32_t since = percent(rng) < 20 ? anyDay(rng) : kNoDay;
        const std::int32_t mark = percent(rng) < 10 ? anyDay(rng) : kNoDay;
        b.addCustomer(static_cast<std::int64_t>(i + 1), "C" + std::to_string(i), since, mark);
        std::vector<std::int32_t> days(static_cast<std::size_t>(count(rng)));
        for (auto& d : days)
            d = anyDay(rng);
        std::sort(days.begin(), days.end());
        for (std::int32_t d : days)
            b.addPurchase(d, percent(rng) < 5 ? 0 : amount(rng));
    }
    return b.take();
}

std::int64_t countOf(const StageSummary& s, FlowState state) {
    switch (state) {
    case FlowState::NotYet:
        return s.notYetCustomers;
    case FlowState::Lost:
        return s.activityCount[static_cast<std::size_t>(Activity::Lost)];
    default:
        return s.stageCount[static_cast<std::size_t>(state) - 1];
    }
}

} // namespace

TEST_CASE("flow rows add up to the states at the start, columns to those at the end") {
    const AnalysisSettings settings;
    for (std::uint32_t seed = 1; seed <= 12; ++seed) {
        const Portfolio p = randomPortfolio(seed, 400);
        std::mt19937 rng(seed * 7919);
        std::uniform_int_distribution<std::int32_t> day(Date::fromYmd(2014, 6, 1).days(),
                                                        Date::fromYmd(2027, 6, 1).days());
        std::int32_t a = day(rng), b = day(rng);
        if (a == b)
            ++b;
        const Date from = Date::fromDays(std::min(a, b)), to = Date::fromDays(std::max(a, b));
        INFO("seed " << seed << ", " << from.toIso() << " to " << to.toIso());
        const CohortFlow flow = computeFlow(p, settings, from, to);
        const StageSummary atStart = computeCustomerMetrics(p, settings, from).summary;
        const StageSummary atEnd = computeCustomerMetrics(p, settings, to).summary;
        std::int64_t total = 0;
        for (int s = 0; s < kFlowStateCount; ++s) {
            const auto state = static_cast<FlowState>(s);
            CHECK(flow.rowTotal(state) == countOf(atStart, state));
            CHECK(flow.columnTotal(state) == countOf(atEnd, state));
            total += flow.rowTotal(state);
        }
        CHECK(total == static_cast<std::int64_t>(p.customerCount()));
        // The headline figures are sums of the table.
        std::int64_t in = 0, out = 0, back = 0;
        for (int s = 1; s <= 4; ++s) {
            in += flow.count[0][static_cast<std::size_t>(s)];
            out += flow.count[static_cast<std::size_t>(s)][5];
            back += flow.count[5][static_cast<std::size_t>(s)];
        }
        CHECK(flow.inflow() == in);
        CHECK(flow.outflow() == out);
        CHECK(flow.recovered() == back);
    }
}

TEST_CASE("a Pareto report's table adds up to its headline") {
    for (std::uint32_t seed = 1; seed <= 12; ++seed) {
        const Portfolio p = randomPortfolio(seed, 300);
        const ParetoReport r = ParetoReport::compute(
            p, Date::fromYmd(2026, 6, 30), {RevenueWindow::Kind::AllTime, 0}, {4, 5}, {19, 20});
        INFO("seed " << seed);
        Cents sum = 0;
        for (const auto& e : r.entries()) {
            CHECK(e.revenue > 0);
            sum += e.revenue;
        }
        CHECK(sum == r.total());
        REQUIRE(r.paretoCount() <= r.rankedCount());
        if (r.rankedCount() == 0)
            continue;
        // The set is the shortest prefix reaching the cut.
        const auto& set = r.entries()[r.paretoCount() - 1];
        CHECK(static_cast<long double>(set.cumulative) * 5 >=
              static_cast<long double>(r.total()) * 4);
        if (r.paretoCount() > 1)
            CHECK(static_cast<long double>(r.entries()[r.paretoCount() - 2].cumulative) * 5 <
                  static_cast<long double>(r.total()) * 4);
    }
}

TEST_CASE("the list's metrics agree with the reports computed on their own") {
    for (std::uint32_t seed = 1; seed <= 8; ++seed) {
        const Portfolio p = randomPortfolio(seed, 400);
        const AnalysisSettings settings;
        for (const Date asOf : {Date::fromYmd(2026, 6, 30), Date::fromYmd(2020, 2, 29)}) {
            INFO("seed " << seed << ", as of " << asOf.toIso());
            const CustomerMetrics m = computeCustomerMetrics(p, settings, asOf);
            const ParetoReport alone = ParetoReport::compute(
                p, asOf, RevenueWindow{}, settings.paretoCut, settings.classBCut);
            REQUIRE(m.pareto.rankedCount() == alone.rankedCount());
            for (std::size_t k = 0; k < alone.rankedCount(); ++k) {
                CHECK(m.pareto.entries()[k].customer == alone.entries()[k].customer);
                CHECK(m.pareto.entries()[k].cumulative == alone.entries()[k].cumulative);
            }
            CHECK(m.pareto.paretoCount() == alone.paretoCount());
            CHECK(m.pareto.classBEnd() == alone.classBEnd());
            const auto status = classifyAll(p, settings, asOf);
            for (std::size_t i = 0; i < p.customerCount(); ++i) {
                CHECK(m.status[i].activity == status[i].activity);
                CHECK(m.status[i].stage == status[i].stage);
                CHECK(m.status[i].medianGapTimes2 == status[i].medianGapTimes2);
                CHECK(m.revenue12m[i] ==
                      netRevenue(p, i, RevenueWindow{}.startExclusive(asOf), asOf.days()));
            }
        }
    }
}
