#include "core/customers/customer_metrics.h"

#include "core/analysis/revenue.h"
#include "core/base/parallel_for.h"

namespace cartera {

CustomerMetrics computeCustomerMetrics(const Portfolio& portfolio, const AnalysisSettings& settings,
                                       Date asOf) {
    CustomerMetrics m;
    m.asOf = asOf;
    const std::size_t n = portfolio.customerCount();
    m.status.resize(n);
    m.revenue12m.resize(n);
    m.revenueAll.resize(n);
    m.purchaseCount.resize(n);
    const RevenueWindow year; // the Pareto ranking's window
    const std::int32_t t = asOf.days();
    const std::int32_t yearAgo = year.startExclusive(asOf);
    // One pass: each customer's purchases are still in the cache for the sums.
    parallelFor(n, [&](std::size_t begin, std::size_t end) {
        ClassifyScratch scratch;
        for (std::size_t i = begin; i < end; ++i) {
            m.status[i] = classifyCustomer(portfolio, i, settings, asOf, scratch);
            const auto days = portfolio.daysOf(i);
            const auto amounts = portfolio.amountsOf(i);
            Cents all = 0, recent = 0;
            std::uint32_t count = 0;
            for (std::size_t k = 0; k < days.size() && days[k] <= t; ++k) {
                all += amounts[k];
                if (days[k] > yearAgo)
                    recent += amounts[k];
                count += amounts[k] >= 0;
            }
            m.revenueAll[i] = all;
            m.revenue12m[i] = recent;
            m.purchaseCount[i] = count;
        }
    });
    m.pareto = ParetoReport::rank(portfolio, asOf, year, m.revenue12m, settings.paretoCut,
                                  settings.classBCut);
    m.paretoRank = m.pareto.rankByCustomer(n);
    m.summary = summarizeStages(m.status, m.revenueAll, m.revenue12m, asOf);
    return m;
}

} // namespace cartera
