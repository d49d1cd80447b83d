#pragma once

#include "core/flow/cohort_flow.h"

#include <string>
#include <vector>

namespace cartera {

// A warning on a flow series, as facts: the app words them in the user's language, the
// command line and the tests in English (flowWarningText).
struct FlowWarning {
    enum class Kind {
        FewMovedOn,  // stage's share that moved on fell clearly below the earlier median
        ManyLost,    // stage's share that was lost rose clearly above the earlier median
        InflowShort, // inflow did not cover outflow in the latest period
    };
    Kind kind = Kind::InflowShort;
    FlowState stage = FlowState::New; // FewMovedOn, ManyLost: the stage at the period's start
    int percent = 0;                  // FewMovedOn, ManyLost: this period's share
    int medianPercent = 0;            // FewMovedOn, ManyLost: the earlier periods' median
    Date from;                        // the latest period
    Date to;
    std::int64_t inflow = 0; // InflowShort
    std::int64_t outflow = 0;

    bool operator==(const FlowWarning&) const = default;
};

// The warnings on a flow series (oldest period first): a stage whose share that moved on
// fell, or whose share that left rose, clearly below or above the median of the earlier
// periods; and inflow that did not cover outflow in the latest period.
// Flow health looks at the yearly flows of this many months up to a day, in every view.
inline constexpr int kHealthMonths = 60;

std::vector<FlowWarning> flowHealthWarnings(const std::vector<CohortFlow>& series,
                                            double tolerance = 0.10);

// "only 31 % of the new customers of 2024-01-01 became adolescents by 2025-01-01; the median
// of earlier periods is 54 %"
std::string flowWarningText(const FlowWarning& warning);

} // namespace cartera
