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
    std::vector<RecoveryCase> cases;
    std::vector<std::string> lossReasons;
    ValueSettings value;
    std::vector<SavedList> lists;
    TaskRuleData ruleData; // what the task rules read beyond the portfolio (birthdays: names)
};

// Who the customers are: the widest part of the file, read after the first list is shown when
// the portfolio is large.
struct CustomerNames {
    CustomerDirectory directory;
    std::vector<std::string> owners; // distinct, sorted
    CustomerProfiles profiles;
    std::vector<std::int32_t> birthdays; // for the rules
};

// The flows of the last years, computed after the metrics so that the list shows first.
struct FlowFigures {
    CohortFlow lastYear;                  // the 12 months to the as-of date
    std::vector<CohortFlow> yearlySeries; // the last five years, for the health warnings
    std::vector<FlowWarning> warnings;
    // Who made the last year's inflow, outflow and recoveries, for the overview's click-through.
    std::shared_ptr<const std::vector<std::uint32_t>> inflow, outflow, recovered;
};

// Who the rows of a table are: what a table model keeps of a snapshot, so that the table of a
// hidden view does not hold a past as-of date's figures alive until the view is shown again.
struct CustomerLabels {
    std::shared_ptr<const PortfolioData> data;
    std::shared_ptr<const CustomerNames> names; // null while the names are being read

    const Portfolio& portfolio() const { return data->portfolio; }
    int minorDigits() const { return data->settings.minorDigits; }
    std::string_view externalId(std::size_t customer) const {
        return data->portfolio.externalId[customer];
    }
    // Empty until the names are in.
    std::string_view nameOf(std::size_t customer) const;
    std::string_view ownerOf(std::size_t customer) const;
};

// One consistent view of the portfolio for one as-of date, computed off the GUI thread and
// then only read: every view of the window draws from the same snapshot.
struct PortfolioSnapshot {
    PortfolioSnapshot(std::shared_ptr<const PortfolioData> d,
                      std::shared_ptr<const CustomerMetrics> m)
        : data(std::move(d)), dayMetrics(std::move(m)), portfolio(data->portfolio),
          settings(data->settings), cases(data->cases), metrics(*dayMetrics) {}

    std::shared_ptr<const PortfolioData> data;
    // Shared by the snapshots that add names, flows and value to one as-of date: a million
    // customers' metrics are some 60 MB, which a copy would hold twice.
    std::shared_ptr<const CustomerMetrics> dayMetrics;
    const Portfolio& portfolio;
    // Null while a large portfolio's names are still being read; everything that shows, filters
    // by or exports names checks hasNames() and says that they are coming.
    std::shared_ptr<const CustomerNames> names;
    const AnalysisSettings& settings;
    const std::vector<RecoveryCase>& cases;
    const CustomerMetrics& metrics;
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
    bool hasNames() const { return names != nullptr; }
    // Empty until the names are in.
    const CustomerDirectory& directory() const;
    const std::vector<std::string>& owners() const;
    // The name to show for a customer: empty until the names are in.
    std::string_view nameOf(std::size_t customer) const;
    CustomerLabels labels() const { return {data, names}; }
};

using SnapshotPtr = std::shared_ptr<const PortfolioSnapshot>;

struct ListQuery {
    CustomerFilter filter;
    CustomerSort sort;
};
// Loads a portfolio file on the calling thread (a worker) with its own connection and computes
// the metrics; `cancelled` is polled between steps. From `namesLaterFrom` customers on, the
// names are left for withNames().
SnapshotPtr buildSnapshot(const std::string& path, Date asOf, const ListQuery& list,
                          const std::atomic_bool* cancelled,
                          std::size_t namesLaterFrom = static_cast<std::size_t>(-1));
// The same snapshot with the names read, and the list's rows made again if they depend on them;
// null when the file no longer holds the customers that were loaded.
SnapshotPtr withNames(const SnapshotPtr& base, const ListQuery& list);
// The metrics of already loaded data for another as-of date.
SnapshotPtr reanalyse(const SnapshotPtr& base, Date asOf, const ListQuery& list);
// The same snapshot with its second phase: the flow figures and every customer's value, and
// with runRules the tasks the rules call for.
SnapshotPtr withFlows(const SnapshotPtr& base, bool runRules);

} // namespace cartera
