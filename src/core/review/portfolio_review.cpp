#include "core/review/portfolio_review.h"

namespace cartera {

namespace {

ReviewCustomer reviewed(const ParetoReport& pareto, const Portfolio& portfolio,
                        const CustomerDirectory& directory, const ParetoEntry& e) {
    ReviewCustomer c;
    c.rank = static_cast<std::size_t>(&e - pareto.entries().data()) + 1;
    c.id = std::string(portfolio.externalId[e.customer]);
    c.name = e.customer < directory.size() ? std::string(directory.name[e.customer]) : "";
    c.revenue = e.revenue;
    return c;
}

} // namespace

PortfolioReview buildPortfolioReview(const Portfolio& portfolio, const CustomerDirectory& directory,
                                     const AnalysisSettings& settings,
                                     const std::vector<RecoveryCase>& cases, Date asOf) {
    PortfolioReview r;
    r.asOf = asOf;
    r.currency = settings.currency;
    r.minorDigits = settings.minorDigits;
    r.customers = portfolio.customerCount();
    r.metrics = computeCustomerMetrics(portfolio, settings, asOf);
    const Date yearAgo = asOf.addMonths(-12);
    r.lastYear = computeFlow(portfolio, settings, yearAgo, asOf);

    for (const CohortFlow& f :
         computeFlowSeries(portfolio, settings, yearAgo, asOf, FlowStep::Quarter)) {
        StageCountsOn on{f.from, {}};
        for (int s = 0; s < kStageCount; ++s)
            on.count[static_cast<std::size_t>(s)] = f.rowTotal(static_cast<FlowState>(s + 1));
        r.stageSeries.push_back(on);
    }
    StageCountsOn now{asOf, {}};
    for (int s = 0; s < kStageCount; ++s)
        now.count[static_cast<std::size_t>(s)] =
            r.metrics.summary.stageCount[static_cast<std::size_t>(s)];
    r.stageSeries.push_back(now);

    const ParetoReport& p = r.metrics.pareto;
    r.paretoCurve = p.curve(200);
    for (std::size_t k = 0; k < std::min(kReviewTopCustomers, p.rankedCount()); ++k)
        r.topCustomers.push_back(reviewed(p, portfolio, directory, p.entries()[k]));
    if (p.paretoCount() > 0) {
        const Cents last = p.entries()[p.paretoCount() - 1].revenue;
        for (const ParetoEntry& e : p.promotionCandidates(kReviewCandidates)) {
            ReviewCustomer c = reviewed(p, portfolio, directory, e);
            c.belowCut = last - e.revenue;
            r.promotionCandidates.push_back(std::move(c));
        }
    }
    r.recovery = recoveryMetrics(portfolio, cases, asOf);
    return r;
}

} // namespace cartera
