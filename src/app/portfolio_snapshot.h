#pragma once

#include "core/analysis_settings.h"
#include "core/cohort_flow.h"
#include "core/customer_directory.h"
#include "core/customer_metrics.h"
#include "core/portfolio.h"

#include <atomic>
#include <memory>
#include <string>
#include <vector>

namespace cartera {

// One consistent view of the portfolio for one as-of date, computed off the GUI thread and
// then only read: every view of the window draws from the same snapshot.
struct PortfolioSnapshot {
    std::string path;
    AnalysisSettings settings;
    Portfolio portfolio;
    CustomerDirectory directory;
    CustomerMetrics metrics;
    CohortFlow lastYear;                  // flow over the 12 months to the as-of date
    std::vector<CohortFlow> yearlySeries; // the last five years, for the health warnings
    std::vector<std::string> warnings;
    std::vector<std::string> owners; // distinct, sorted
    // Who made the last year's inflow, outflow and recoveries, for the overview's click-through.
    std::shared_ptr<const std::vector<std::uint32_t>> inflow, outflow, recovered;

    Date asOf() const { return metrics.asOf; }
};

using SnapshotPtr = std::shared_ptr<const PortfolioSnapshot>;

// Loads and analyses a portfolio file on the calling thread (a worker) with its own
// connection. `cancelled` is polled between steps.
SnapshotPtr buildSnapshot(const std::string& path, Date asOf, const std::atomic_bool* cancelled);
// Recomputes the analysis of an already loaded snapshot for another as-of date.
SnapshotPtr reanalyse(const SnapshotPtr& base, Date asOf);

} // namespace cartera
