#pragma once

#include "core/flow/cohort_flow.h"

#include <string>
#include <vector>

namespace cartera {

// Plain-sentence warnings on a flow series (oldest period first): a stage whose share that
// moved on fell, or whose share that left rose, clearly below or above the median of the
// earlier periods; and inflow that did not cover outflow in the latest period.
// Flow health looks at the yearly flows of this many months up to a day, in every view.
inline constexpr int kHealthMonths = 60;

std::vector<std::string> flowHealthWarnings(const std::vector<CohortFlow>& series,
                                            double tolerance = 0.10);

} // namespace cartera
