#pragma once

#include "core/analysis/analysis_settings.h"
#include "core/base/dictionary_column.h"
#include "core/customers/customer_metrics.h"
#include "core/portfolio/portfolio.h"
#include "core/prospects/prospect.h"
#include "core/recovery/recovery_case.h"
#include "core/tasks/task.h"
#include "core/tasks/task_rule_settings.h"
#include "core/value/clv_report.h"
#include "core/value/reward_tiers.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace cartera {

// What the prospect rule needs of a prospect.
struct ProspectFollowUp {
    std::int64_t id = 0;
    std::string owner;
    ProspectStatus status = ProspectStatus::New;
    std::int32_t lastContact = 0; // the last contact's day, or the day it was added
};

// Everything the rules read, as of the day they run (the metrics' as-of date).
struct TaskRuleInputs {
    const Portfolio* portfolio = nullptr;
    const CustomerMetrics* metrics = nullptr;
    AnalysisSettings settings;
    const DictionaryColumn* owners = nullptr; // customer owners by index; null: none
    std::span<const std::int32_t> birthdays;  // by index, kNoDay when unknown; empty: none
    const RewardTiers* tiers = nullptr;       // null: the tier rule does not run
    const ClvReport* clv = nullptr;           // fitted to the as-of date; null or unusable:
                                              // the P(alive) rule does not run
    std::span<const RecoveryCase> cases;      // as stored; the rules see them as of the day
    std::span<const ProspectFollowUp> prospects;
};

// Every task the enabled rules call for on the as-of day: one per rule, subject and
// occurrence, due on the exact day its condition began (docs/domain-rules.md), if that is
// within the look-back. Storing them is idempotent by (rule, subject, occurrence); ordered by
// due day, then subject.
std::vector<Task> evaluateTaskRules(const TaskRuleInputs& in, const TaskRuleSettings& rules);

} // namespace cartera
