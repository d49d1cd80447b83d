#pragma once

#include "core/analysis/analysis_settings.h"
#include "core/analysis/lifecycle.h"
#include "core/base/money.h"
#include "core/portfolio/portfolio.h"

#include <array>
#include <optional>
#include <string_view>
#include <vector>

namespace cartera {

enum class FlowState : std::uint8_t { NotYet, New, Adolescent, Mature, Veteran, Lost };
inline constexpr int kFlowStateCount = 6;

std::string_view flowStateName(FlowState state);
FlowState flowStateOf(const CustomerStatus& status);

// Counts and net revenue in (from, to] of customers by their state at `from` (row) and at `to`
// (column).
struct CohortFlow {
    Date from;
    Date to;
    std::array<std::array<std::int64_t, kFlowStateCount>, kFlowStateCount> count{};
    std::array<std::array<Cents, kFlowStateCount>, kFlowStateCount> revenue{};

    std::int64_t at(FlowState a, FlowState b) const {
        return count[static_cast<std::size_t>(a)][static_cast<std::size_t>(b)];
    }
    std::int64_t inflow() const;    // not yet -> any stage
    std::int64_t outflow() const;   // any stage -> lost
    std::int64_t recovered() const; // lost -> any stage
    std::int64_t rowTotal(FlowState a) const;
    std::int64_t columnTotal(FlowState b) const;
};

CohortFlow computeFlow(const Portfolio& portfolio, const AnalysisSettings& settings, Date from,
                       Date to);

// The flow between two days whose states are already known (see flowStatesAt).
CohortFlow computeFlowFromStates(const Portfolio& portfolio, const std::vector<FlowState>& before,
                                 const std::vector<FlowState>& after, Date from, Date to);

// Each customer's flow state on one day.
std::vector<FlowState> flowStatesAt(const Portfolio& portfolio, const AnalysisSettings& settings,
                                    Date day);
// Masks of flow states, a bit per FlowState, for flowMembers.
constexpr unsigned flowMask(FlowState state) {
    return 1u << static_cast<unsigned>(state);
}
inline constexpr unsigned kNotYetMask = flowMask(FlowState::NotYet);
inline constexpr unsigned kLostMask = flowMask(FlowState::Lost);
inline constexpr unsigned kStagesMask = flowMask(FlowState::New) | flowMask(FlowState::Adolescent) |
                                        flowMask(FlowState::Mature) | flowMask(FlowState::Veteran);

// Customers (sorted indices) whose state went from one of `fromMask` to one of `toMask`.
std::vector<std::uint32_t> flowMembers(const std::vector<FlowState>& before,
                                       const std::vector<FlowState>& after, unsigned fromMask,
                                       unsigned toMask);

enum class FlowStep { Month, Quarter, Year };
std::optional<FlowStep> flowStepFromName(std::string_view name);

// The period boundaries of a series: `from`, then whole steps counted from `from`, then `to`.
std::vector<Date> flowBoundaries(Date from, Date to, FlowStep step);

// Consecutive periods from `from` stepping by whole months (the last one ends at `to`); each
// boundary is classified once.
std::vector<CohortFlow> computeFlowSeries(const Portfolio& portfolio,
                                          const AnalysisSettings& settings, Date from, Date to,
                                          FlowStep step);

} // namespace cartera
