#include "stage_summary.h"

#include "revenue.h"

#include <numeric>

namespace cartera {

std::int64_t StageSummary::inPortfolio() const {
    return std::accumulate(stageCount.begin(), stageCount.end(), std::int64_t{0});
}

std::int64_t StageSummary::everCustomers() const {
    return std::accumulate(activityCount.begin(), activityCount.end(), std::int64_t{0});
}

StageSummary summarizeStages(const Portfolio& portfolio,
                             const std::vector<CustomerStatus>& statuses, Date asOf) {
    StageSummary s;
    s.asOf = asOf;
    const std::int32_t t = asOf.days();
    const std::int32_t yearAgo = asOf.addMonths(-12).days();
    for (std::size_t i = 0; i < statuses.size(); ++i) {
        const CustomerStatus& st = statuses[i];
        if (!st.inPortfolio) {
            ++s.notYetCustomers;
            continue;
        }
        const Cents all = netRevenue(portfolio, i, kNoDay, t);
        const Cents recent = netRevenue(portfolio, i, yearAgo, t);
        const auto a = static_cast<std::size_t>(st.activity);
        ++s.activityCount[a];
        s.activityRevenue[a] += all;
        s.activityRevenue12m[a] += recent;
        if (st.activity == Activity::Lost)
            continue;
        const auto g = static_cast<std::size_t>(st.stage);
        ++s.stageCount[g];
        s.stageRevenue[g] += all;
        s.stageRevenue12m[g] += recent;
    }
    return s;
}

} // namespace cartera
