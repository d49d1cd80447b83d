#pragma once

#include "core/analysis/analysis_settings.h"
#include "core/analysis/lifecycle.h"
#include "core/analysis/stage_summary.h"
#include "core/pareto/pareto_report.h"
#include "core/portfolio/portfolio.h"

#include <cstdint>
#include <vector>

namespace cartera {

// Everything the customer list and the overview show, for one as-of date, by customer index.
struct CustomerMetrics {
    Date asOf;
    std::vector<CustomerStatus> status;
    std::vector<Cents> revenue12m;
    std::vector<Cents> revenueAll;
    std::vector<std::uint32_t> purchaseCount; // purchase rows (refunds aside) up to the as-of date
    std::vector<std::uint32_t> paretoRank;    // in the 12-month Pareto report; 0 when unranked
    ParetoReport pareto;                      // the 12-month report the ranks come from
    StageSummary summary;

    ParetoClass paretoClassOf(std::size_t customer) const {
        return pareto.classOfRank(paretoRank[customer]);
    }
};

CustomerMetrics computeCustomerMetrics(const Portfolio& portfolio, const AnalysisSettings& settings,
                                       Date asOf);

} // namespace cartera
