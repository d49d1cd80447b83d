#include "core/analysis/lifecycle.h"
#include "core/demo/demo_generator.h"
#include "core/pareto/pareto_report.h"
#include "core/portfolio/portfolio.h"

#include <catch2/catch.hpp>
#include <set>

using namespace cartera;

namespace {

struct Generated {
    Portfolio portfolio;
    std::vector<CustomerRecord> customers;
};

Generated generate(std::uint64_t seed, std::size_t n) {
    Generated g;
    PortfolioBuilder b;
    DemoSink sink;
    sink.customer = [&](std::size_t i, const CustomerRecord& c) {
        b.addCustomer(static_cast<std::int64_t>(i + 1), c.externalId, c.customerSince);
        g.customers.push_back(c);
    };
    sink.purchase = [&](std::size_t, std::int32_t day, Cents amount) {
        b.addPurchase(day, amount);
    };
    generateDemo({n, seed, Date::fromYmd(2026, 6, 30), 8}, sink);
    g.portfolio = b.take();
    return g;
}

} // namespace

TEST_CASE("the demo generator is deterministic from its seed") {
    const Generated a = generate(7, 500);
    const Generated b = generate(7, 500);
    const Generated c = generate(8, 500);
    CHECK(a.portfolio.purchaseDay == b.portfolio.purchaseDay);
    CHECK(a.portfolio.purchaseAmount == b.portfolio.purchaseAmount);
    CHECK(a.customers[42].name == b.customers[42].name);
    CHECK(a.portfolio.purchaseAmount != c.portfolio.purchaseAmount);
}

TEST_CASE("the demo portfolio looks like a real customer base") {
    const Generated g = generate(1, 4000);
    const Portfolio& p = g.portfolio;
    const double perCustomer = static_cast<double>(p.purchaseCount()) / p.customerCount();
    CHECK(perCustomer > 6.0);
    CHECK(perCustomer < 15.0);

    const Date end = Date::fromYmd(2026, 6, 30);
    const auto all = ParetoReport::compute(p, end, {RevenueWindow::Kind::AllTime, 0});
    // Strongly unequal spend: a minority makes 80 % of revenue.
    CHECK(all.paretoCustomerShare() > 0.10);
    CHECK(all.paretoCustomerShare() < 0.35);

    // Acquisitions spread over about 8 years with growth: more new customers in the last
    // year than in the first.
    const auto statuses = classifyAll(p, AnalysisSettings{}, end);
    std::size_t lost = 0, veterans = 0, young = 0, old = 0;
    for (const auto& s : statuses) {
        lost += s.activity == Activity::Lost;
        veterans += s.stage == Stage::Veteran && s.activity != Activity::Lost;
        young += s.tenureMonths(end) < 12;
        old += s.tenureMonths(end) >= 84;
    }
    CHECK(lost > p.customerCount() / 5);
    CHECK(veterans > 0);
    CHECK(young > 2 * old);

    bool refunds = std::any_of(p.purchaseAmount.begin(), p.purchaseAmount.end(),
                               [](Cents a) { return a < 0; });
    CHECK(refunds);
    // Some customers come back after more than a year of silence.
    std::size_t comebacks = 0;
    for (std::size_t i = 0; i < p.customerCount(); ++i) {
        const auto days = p.daysOf(i);
        for (std::size_t k = 1; k < days.size(); ++k)
            if (days[k] - days[k - 1] > 365) {
                ++comebacks;
                break;
            }
    }
    CHECK(comebacks > 20);

    std::set<std::string> owners;
    bool cyrillic = false;
    for (const auto& c : g.customers) {
        owners.insert(c.owner);
        cyrillic = cyrillic || c.name.find("\xD0") != std::string::npos;
    }
    CHECK(owners.size() >= 5);
    CHECK(cyrillic);
}
