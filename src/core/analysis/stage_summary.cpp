#include "core/analysis/stage_summary.h"

#include "core/analysis/revenue.h"
#include "core/base/parallel_for.h"

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
    const std::int32_t t = asOf.days();
    const std::int32_t yearAgo = asOf.addMonths(-12).days();
    std::vector<Cents> all(statuses.size()), recent(statuses.size());
    parallelFor(statuses.size(), [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i) {
            all[i] = netRevenue(portfolio, i, kNoDay, t);
            recent[i] = netRevenue(portfolio, i, yearAgo, t);
        }
    });
    return summarizeStages(statuses, all, recent, asOf);
}

StageSummary summarizeStages(const std::vector<CustomerStatus>& statuses,
                             const std::vector<Cents>& revenueAll,
                             const std::vector<Cents>& revenue12m, Date asOf) {
    StageSummary s;
    s.asOf = asOf;
    for (std::size_t i = 0; i < statuses.size(); ++i) {
        const CustomerStatus& st = statuses[i];
        if (!st.inPortfolio) {
            ++s.notYetCustomers;
            continue;
        }
        const auto a = static_cast<std::size_t>(st.activity);
        ++s.activityCount[a];
        s.activityRevenue[a] += revenueAll[i];
        s.activityRevenue12m[a] += revenue12m[i];
        if (st.activity == Activity::Lost)
            continue;
        const auto g = static_cast<std::size_t>(st.stage);
        ++s.stageCount[g];
        s.stageRevenue[g] += revenueAll[i];
        s.stageRevenue12m[g] += revenue12m[i];
    }
    return s;
}

} // namespace cartera
