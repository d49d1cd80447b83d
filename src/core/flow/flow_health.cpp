#include "core/flow/flow_health.h"

#include <algorithm>
#include <fmt/format.h>

namespace cartera {

namespace {

std::string plural(FlowState s) {
    switch (s) {
    case FlowState::New:
        return "new customers";
    case FlowState::Adolescent:
        return "adolescents";
    case FlowState::Mature:
        return "mature customers";
    case FlowState::Veteran:
        return "veterans";
    default:
        return std::string(flowStateName(s));
    }
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

int pct(double x) {
    return static_cast<int>(x * 100.0 + 0.5);
}

} // namespace

std::vector<FlowWarning> flowHealthWarnings(const std::vector<CohortFlow>& series,
                                            double tolerance) {
    std::vector<FlowWarning> out;
    if (series.empty())
        return out;
    const CohortFlow& last = series.back();
    for (int s = 1; s <= 4; ++s) {
        const auto from = static_cast<FlowState>(s);
        const auto si = static_cast<std::size_t>(s);
        std::vector<double> movedOn, left;
        for (std::size_t k = 0; k + 1 < series.size(); ++k) {
            const double total = static_cast<double>(series[k].rowTotal(from));
            if (total <= 0)
                continue;
            if (s < 4)
                movedOn.push_back(static_cast<double>(series[k].count[si][si + 1]) / total);
            left.push_back(static_cast<double>(series[k].count[si][5]) / total);
        }
        const double total = static_cast<double>(last.rowTotal(from));
        if (total <= 0)
            continue;
        if (s < 4 && !movedOn.empty()) {
            const double rate = static_cast<double>(last.count[si][si + 1]) / total;
            const double typical = median(movedOn);
            if (rate < typical - tolerance)
                out.push_back({FlowWarning::Kind::FewMovedOn, from, pct(rate), pct(typical),
                               last.from, last.to, 0, 0});
        }
        if (!left.empty()) {
            const double rate = static_cast<double>(last.count[si][5]) / total;
            const double typical = median(left);
            if (rate > typical + tolerance)
                out.push_back({FlowWarning::Kind::ManyLost, from, pct(rate), pct(typical),
                               last.from, last.to, 0, 0});
        }
    }
    if (last.inflow() < last.outflow())
        out.push_back({FlowWarning::Kind::InflowShort, FlowState::New, 0, 0, last.from, last.to,
                       last.inflow(), last.outflow()});
    return out;
}

std::string flowWarningText(const FlowWarning& w) {
    const auto from = w.from.toIso();
    const auto to = w.to.toIso();
    switch (w.kind) {
    case FlowWarning::Kind::FewMovedOn:
        return fmt::format("only {} % of the {} of {} became {} by {}; the median of earlier "
                           "periods is {} %",
                           w.percent, plural(w.stage), from,
                           plural(static_cast<FlowState>(static_cast<int>(w.stage) + 1)), to,
                           w.medianPercent);
    case FlowWarning::Kind::ManyLost:
        return fmt::format("{} % of the {} of {} were lost by {}; the median of earlier periods "
                           "is {} %",
                           w.percent, plural(w.stage), from, to, w.medianPercent);
    case FlowWarning::Kind::InflowShort:
        return fmt::format("inflow did not cover outflow from {} to {}: {} customers came, {} "
                           "were lost",
                           from, to, w.inflow, w.outflow);
    }
    return {};
}

} // namespace cartera
