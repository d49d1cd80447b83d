#include "portfolio_snapshot.h"

#include "core/flow_health.h"
#include "storage/database.h"
#include "storage/portfolio_loader.h"

#include <algorithm>
#include <atomic>
#include <set>

namespace cartera {

namespace {

void analyse(PortfolioSnapshot& s, Date asOf) {
    s.metrics = computeCustomerMetrics(s.portfolio, s.settings, asOf);
    s.lastYear = computeFlow(s.portfolio, s.settings, asOf.addMonths(-12), asOf);
    const auto before = flowStatesAt(s.portfolio, s.settings, s.lastYear.from);
    std::vector<FlowState> after(s.metrics.status.size());
    for (std::size_t i = 0; i < after.size(); ++i)
        after[i] = flowStateOf(s.metrics.status[i]);
    constexpr unsigned kStages = 0b011110, kNotYet = 0b000001, kLost = 0b100000;
    s.inflow =
        std::make_shared<std::vector<std::uint32_t>>(flowMembers(before, after, kNotYet, kStages));
    s.outflow =
        std::make_shared<std::vector<std::uint32_t>>(flowMembers(before, after, kStages, kLost));
    s.recovered =
        std::make_shared<std::vector<std::uint32_t>>(flowMembers(before, after, kLost, kStages));
    s.yearlySeries =
        computeFlowSeries(s.portfolio, s.settings, asOf.addMonths(-60), asOf, FlowStep::Year);
    s.warnings = flowHealthWarnings(s.yearlySeries);
}

} // namespace

SnapshotPtr buildSnapshot(const std::string& path, Date asOf, const std::atomic_bool* cancelled) {
    auto s = std::make_shared<PortfolioSnapshot>();
    s->path = path;
    auto db = Database::open(path);
    s->settings = db->analysisSettings();
    s->portfolio = loadPortfolio(*db);
    if (cancelled && *cancelled)
        return nullptr;
    s->directory = loadCustomerDirectory(*db);
    std::set<std::string_view> owners;
    for (std::size_t i = 0; i < s->directory.size(); ++i)
        if (!s->directory.owner[i].empty())
            owners.insert(s->directory.owner[i]);
    s->owners.assign(owners.begin(), owners.end());
    if (cancelled && *cancelled)
        return nullptr;
    analyse(*s, asOf);
    return s;
}

SnapshotPtr reanalyse(const SnapshotPtr& base, Date asOf) {
    auto s = std::make_shared<PortfolioSnapshot>(*base);
    analyse(*s, asOf);
    return s;
}

} // namespace cartera
