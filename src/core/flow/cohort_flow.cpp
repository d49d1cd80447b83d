#include "core/flow/cohort_flow.h"

#include "core/analysis/revenue.h"
#include "core/base/parallel_for.h"

#include <algorithm>
#include <array>
#include <mutex>

namespace cartera {

std::string_view flowStateName(FlowState state) {
    static constexpr std::array<std::string_view, kFlowStateCount> names = {
        "not yet", "new", "adolescent", "mature", "veteran", "lost"};
    return names[static_cast<std::size_t>(state)];
}

FlowState flowStateOf(const CustomerStatus& status) {
    if (!status.inPortfolio)
        return FlowState::NotYet;
    if (status.activity == Activity::Lost)
        return FlowState::Lost;
    return static_cast<FlowState>(static_cast<int>(status.stage) + 1);
}

std::int64_t CohortFlow::inflow() const {
    std::int64_t n = 0;
    for (int b = 1; b <= 4; ++b)
        n += count[0][static_cast<std::size_t>(b)];
    return n;
}

std::int64_t CohortFlow::outflow() const {
    std::int64_t n = 0;
    for (int a = 1; a <= 4; ++a)
        n += count[static_cast<std::size_t>(a)][5];
    return n;
}

std::int64_t CohortFlow::recovered() const {
    std::int64_t n = 0;
    for (int b = 1; b <= 4; ++b)
        n += count[5][static_cast<std::size_t>(b)];
    return n;
}

std::int64_t CohortFlow::rowTotal(FlowState a) const {
    std::int64_t n = 0;
    for (std::int64_t c : count[static_cast<std::size_t>(a)])
        n += c;
    return n;
}

std::int64_t CohortFlow::columnTotal(FlowState b) const {
    std::int64_t n = 0;
    for (const auto& row : count)
        n += row[static_cast<std::size_t>(b)];
    return n;
}

CohortFlow computeFlowFromStates(const Portfolio& portfolio, const std::vector<FlowState>& before,
                                 const std::vector<FlowState>& after, Date from, Date to) {
    CohortFlow flow;
    flow.from = from;
    flow.to = to;
    std::mutex merge;
    parallelFor(before.size(), [&](std::size_t begin, std::size_t end) {
        CohortFlow part;
        for (std::size_t i = begin; i < end; ++i) {
            const auto a = static_cast<std::size_t>(before[i]);
            const auto b = static_cast<std::size_t>(after[i]);
            ++part.count[a][b];
            part.revenue[a][b] += netRevenue(portfolio, i, from.days(), to.days());
        }
        const std::lock_guard lock(merge);
        for (std::size_t a = 0; a < kFlowStateCount; ++a)
            for (std::size_t b = 0; b < kFlowStateCount; ++b) {
                flow.count[a][b] += part.count[a][b];
                flow.revenue[a][b] += part.revenue[a][b];
            }
    });
    return flow;
}

CohortFlow computeFlow(const Portfolio& portfolio, const AnalysisSettings& settings, Date from,
                       Date to) {
    return computeFlowFromStates(portfolio, flowStatesAt(portfolio, settings, from),
                                 flowStatesAt(portfolio, settings, to), from, to);
}

std::vector<FlowState> flowStatesAt(const Portfolio& portfolio, const AnalysisSettings& settings,
                                    Date day) {
    std::vector<FlowState> out(portfolio.customerCount());
    parallelFor(out.size(), [&](std::size_t begin, std::size_t end) {
        ClassifyScratch scratch;
        for (std::size_t i = begin; i < end; ++i)
            out[i] = flowStateOf(classifyCustomer(portfolio, i, settings, day, scratch));
    });
    return out;
}

std::vector<std::uint32_t> flowMembers(const std::vector<FlowState>& before,
                                       const std::vector<FlowState>& after, unsigned fromMask,
                                       unsigned toMask) {
    std::vector<std::uint32_t> out;
    for (std::size_t i = 0; i < before.size(); ++i)
        if ((fromMask >> static_cast<int>(before[i]) & 1u) &&
            (toMask >> static_cast<int>(after[i]) & 1u))
            out.push_back(static_cast<std::uint32_t>(i));
    return out;
}

std::optional<FlowStep> flowStepFromName(std::string_view name) {
    if (name == "month")
        return FlowStep::Month;
    if (name == "quarter")
        return FlowStep::Quarter;
    if (name == "year")
        return FlowStep::Year;
    return std::nullopt;
}

std::vector<Date> flowBoundaries(Date from, Date to, FlowStep step) {
    const int months = step == FlowStep::Month ? 1 : step == FlowStep::Quarter ? 3 : 12;
    std::vector<Date> out{from};
    // Each boundary is counted from `from`, so that 31 Jan steps to 28 Feb and then 31 Mar.
    for (int k = 1; out.back() < to; ++k)
        out.push_back(std::min(from.addMonths(k * months), to));
    return out;
}

std::vector<CohortFlow> computeFlowSeries(const Portfolio& portfolio,
                                          const AnalysisSettings& settings, Date from, Date to,
                                          FlowStep step) {
    const std::vector<Date> bounds = flowBoundaries(from, to, step);
    std::vector<CohortFlow> series;
    std::vector<FlowState> before = flowStatesAt(portfolio, settings, bounds.front());
    for (std::size_t k = 1; k < bounds.size(); ++k) {
        std::vector<FlowState> after = flowStatesAt(portfolio, settings, bounds[k]);
        series.push_back(computeFlowFromStates(portfolio, before, after, bounds[k - 1], bounds[k]));
        before = std::move(after);
    }
    return series;
}

} // namespace cartera
