#pragma once

#include "core/customers/customer_metrics.h"
#include "core/recovery/recovery_case.h"

#include <map>
#include <string>
#include <vector>

namespace cartera {

// One line of the recovery queue: a lost customer with no closed case.
struct RecoveryQueueEntry {
    std::uint32_t customer = 0; // portfolio index
    std::int64_t caseId = 0;    // 0: no case yet (the rules just found it)
    RecoveryState state = RecoveryState::Identified;
    bool pareto = false; // in class A of the all-time Pareto report
    std::int32_t lostDay = 0;
    Cents valueAtStake = 0;
    Cents expectedCost = 0;
    Cents priority() const { return valueAtStake - expectedCost; }
};

// Lost customers whose loss is not decided (open cases carry their state; a win marked by hand
// stays, as won back, until a purchase confirms it), ordered by priority: Pareto customers
// first, then by value at stake minus expected cost, then by id.
std::vector<RecoveryQueueEntry> recoveryQueue(const Portfolio& portfolio,
                                              const CustomerMetrics& metrics,
                                              const AnalysisSettings& settings,
                                              const std::vector<RecoveryCase>& cases);

struct RecoveryMetrics {
    std::size_t open = 0;
    std::size_t closed = 0;
    std::size_t wonBack = 0;
    std::size_t letGo = 0;
    double recoveryRate = 0.0; // won back / closed
    Cents revenueWonBack = 0;  // purchases in the 12 months after each win-back
    double medianDaysToWinBack = 0.0;
    std::map<std::string, std::size_t> lossesByReason;
    std::size_t ourFault = 0;   // cases whose loss was our organisation's fault
    double ourFaultShare = 0.0; // of cases with a known reason
    std::size_t actionsOpen = 0;
    std::size_t actionsOverdue = 0;
};

RecoveryMetrics recoveryMetrics(const Portfolio& portfolio, const std::vector<RecoveryCase>& cases,
                                Date asOf);

} // namespace cartera
