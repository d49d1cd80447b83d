#pragma once

#include "core/analysis/analysis_settings.h"
#include "core/customers/customer_metrics.h"
#include "core/customers/customer_query.h"
#include "core/flow/cohort_flow.h"
#include "core/flow/flow_health.h"
#include "core/portfolio/customer_directory.h"
#include "core/portfolio/portfolio.h"
#include "core/portfolio/profile.h"
#include "core/prospects/prospect_fit.h"
#include "core/recovery/recovery_report.h"
#include "core/tasks/task.h"
#include "core/value/customer_value.h"
#include "storage/customer_list_repository.h"
#include "storage/task_repository.h"

#include <QString>
#include <atomic>
#include <memory>
#include <string>
#include <vector>

namespace cartera {

// What was read from the file; shared by every snapshot until the file changes.
struct PortfolioData {
    std::string path;
    AnalysisSettings settings;
    Portfolio portfolio;
    CustomerDirectory directory;
    std::vector<std::string> owners; // distinct, sorted
    std::vector<RecoveryCase> cases;
    std::vector<std::string> lossReasons;
    ValueSettings value;
    std::vector<SavedList> lists;
    TaskRuleData ruleData; // what the task rules read beyond the portfolio
    CustomerProfiles profiles;
};

// The flows of the last years, computed after the metrics so that the list shows first.
struct FlowFigures {
    CohortFlow lastYear;                  // the 12 months to the as-of date
    std::vector<CohortFlow> yearlySeries; // the last five years, for the health warnings
    std::vector<FlowWarning> warnings;
    // Who made the last year's inflow, outflow and recoveries, for the overview's click-through.
    std::shared_ptr<const std::vector<std::uint32_t>> inflow, outflow, recovered;
};

// One consistent view of the portfolio for one as-of date, computed off the GUI thread and
// then only read: every view of the window draws from the same snapshot.
struct PortfolioSnapshot {
    explicit PortfolioSnapshot(std::shared_ptr<const PortfolioData> d)
        : data(std::move(d)), portfolio(data->portfolio), directory(data->directory),
          owners(data->owners), settings(data->settings), cases(data->cases) {}

    std::shared_ptr<const PortfolioData> data;
    const Portfolio& portfolio;
    const CustomerDirectory& directory;
    const std::vector<std::string>& owners;
    const AnalysisSettings& settings;
    const std::vector<RecoveryCase>& cases;
    CustomerMetrics metrics;
    RecoveryMetrics recovery;
    std::shared_ptr<const FlowFigures> flows;   // null until the second phase is done
    std::shared_ptr<const CustomerValue> value; // null until the second phase is done
    // How prospects compare with the class A customers of the day; null until the second
    // phase is done.
    std::shared_ptr<const ProspectFit> prospectFit;
    bool flowsCancelled = false; // the user stopped the second phase
    // What the rules wrote in the second phase (only for today: a replayed past day writes no
    // tasks): how many new tasks, or why none could be stored.
    std::size_t ruleTasksCreated = 0;
    QString ruleTasksError;
    // The customer list's rows for the list's filter and sort when the snapshot was made, so
    // that a million rows are filtered and sorted off the GUI thread.
    struct ListRows {
        CustomerFilter filter;
        CustomerSort sort;
        std::vector<std::uint32_t> rows;
    };
    std::shared_ptr<const ListRows> list;

    Date asOf() const { return metrics.asOf; }
};

using SnapshotPtr = std::shared_ptr<const PortfolioSnapshot>;

// Loads a portfolio file on the calling thread (a worker) with its own connection and computes
// the metrics; `cancelled` is polled between steps.
struct ListQuery {
    CustomerFilter filter;
    CustomerSort sort;
};
SnapshotPtr buildSnapshot(const std::string& path, Date asOf, const ListQuery& list,
                          const std::atomic_bool* cancelled);
// The metrics of already loaded data for another as-of date.
SnapshotPtr reanalyse(const SnapshotPtr& base, Date asOf, const ListQuery& list);
// The same snapshot with its second phase: the flow figures and every customer's value, and
// with runRules the tasks the rules call for.
SnapshotPtr withFlows(const SnapshotPtr& base, bool runRules);

} // namespace cartera
