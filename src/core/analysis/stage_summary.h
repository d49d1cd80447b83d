#pragma once

#include "core/analysis/lifecycle.h"
#include "core/base/money.h"
#include "core/portfolio/portfolio.h"

#include <array>
#include <vector>

namespace cartera {

// Count and net revenue (all time up to T, and the 12 months to T) per stage and per activity
// state. Stage figures speak of customers in the portfolio who are not lost; lost customers are
// counted apart, in the activity figures.
struct StageSummary {
    Date asOf;
    std::array<std::int64_t, kStageCount> stageCount{};
    std::array<Cents, kStageCount> stageRevenue{};
    std::array<Cents, kStageCount> stageRevenue12m{};
    std::array<std::int64_t, kActivityCount> activityCount{};
    std::array<Cents, kActivityCount> activityRevenue{};
    std::array<Cents, kActivityCount> activityRevenue12m{};
    std::int64_t notYetCustomers = 0;

    std::int64_t inPortfolio() const;   // not lost
    std::int64_t everCustomers() const; // in portfolio plus lost
};

StageSummary summarizeStages(const Portfolio& portfolio,
                             const std::vector<CustomerStatus>& statuses, Date asOf);
// The same from revenues already computed per customer (all time and 12 months to T).
StageSummary summarizeStages(const std::vector<CustomerStatus>& statuses,
                             const std::vector<Cents>& revenueAll,
                             const std::vector<Cents>& revenue12m, Date asOf);

} // namespace cartera
