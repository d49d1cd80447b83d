#include "core/recovery/recovery_report.h"

#include "core/analysis/revenue.h"
#include "core/pareto/pareto_report.h"

#include <algorithm>
#include <unordered_map>

namespace cartera {

std::vector<RecoveryQueueEntry> recoveryQueue(const Portfolio& portfolio,
                                              const CustomerMetrics& metrics,
                                              const AnalysisSettings& settings,
                                              const std::vector<RecoveryCase>& cases) {
    // The newest case of each customer decides: closed cases leave the queue.
    std::unordered_map<std::int64_t, const RecoveryCase*> latest;
    for (const RecoveryCase& c : cases) {
        auto& slot = latest[c.customerId];
        if (!slot || slot->id < c.id)
            slot = &c;
    }
    const auto allTime =
        ParetoReport::compute(portfolio, metrics.asOf, {RevenueWindow::Kind::AllTime, 0},
                              settings.paretoCut, settings.classBCut);
    const auto ranks = allTime.rankByCustomer(portfolio.customerCount());
    std::vector<RecoveryQueueEntry> queue;
    for (std::size_t i = 0; i < portfolio.customerCount(); ++i) {
        const CustomerStatus& st = metrics.status[i];
        if (!st.inPortfolio || st.activity != Activity::Lost)
            continue;
        RecoveryQueueEntry e;
        e.customer = static_cast<std::uint32_t>(i);
        e.pareto = allTime.classOfRank(ranks[i]) == ParetoClass::A;
        e.lostDay = lostSince(st, portfolio, i, settings);
        e.valueAtStake = valueAtStake(portfolio, i, e.lostDay);
        if (const auto it = latest.find(portfolio.customerId[i]); it != latest.end()) {
            const RecoveryCase& c = *it->second;
            // A case decided for this loss takes the customer out of the queue, except a win
            // marked by hand that no purchase has confirmed yet: the customer is still lost.
            const auto days = portfolio.daysOf(i);
            const auto amounts = portfolio.amountsOf(i);
            const bool confirmed = winBackDay(c, days, amounts, metrics.asOf).has_value();
            if (c.state == RecoveryState::WonBack && c.opened >= e.lostDay && !confirmed) {
                e.caseId = c.id;
                e.state = c.state;
                e.expectedCost = c.expectedCost;
                queue.push_back(e);
                continue;
            }
            if (isClosed(c.state) && c.opened >= e.lostDay)
                continue; // decided for this loss
            if (!isClosed(c.state)) {
                e.caseId = c.id;
                e.state = c.state;
                e.expectedCost = c.expectedCost;
            }
        }
        queue.push_back(e);
    }
    std::sort(queue.begin(), queue.end(), [&](const auto& a, const auto& b) {
        if (a.pareto != b.pareto)
            return a.pareto;
        if (a.priority() != b.priority())
            return a.priority() > b.priority();
        return portfolio.externalId[a.customer] < portfolio.externalId[b.customer];
    });
    return queue;
}

RecoveryMetrics recoveryMetrics(const Portfolio& portfolio,
                                const std::vector<RecoveryCase>& allCases, Date asOf) {
    const std::vector<RecoveryCase> cases = casesAsOf(allCases, asOf);
    RecoveryMetrics m;
    std::vector<double> daysToWin;
    std::size_t withReason = 0;
    for (const RecoveryCase& c : cases) {
        if (isClosed(c.state))
            ++m.closed;
        else
            ++m.open;
        if (!c.reason.empty()) {
            ++m.lossesByReason[c.reason];
            ++withReason;
            m.ourFault += c.ourFault;
        }
        if (!c.correctiveAction.empty() && !c.actionDone) {
            ++m.actionsOpen;
            if (c.actionDue != kNoDay && c.actionDue < asOf.days())
                ++m.actionsOverdue;
        }
        if (c.state == RecoveryState::LetGo)
            ++m.letGo;
        if (c.state != RecoveryState::WonBack)
            continue;
        ++m.wonBack;
        daysToWin.push_back(static_cast<double>(c.closed - c.opened));
        if (const auto i = portfolio.indexOf(c.customerId)) {
            const Date won = Date::fromDays(c.closed);
            const std::int32_t until = std::min(won.addMonths(12).days(), asOf.days());
            m.revenueWonBack += netRevenue(portfolio, *i, c.closed - 1, until);
        }
    }
    m.recoveryRate = m.closed ? static_cast<double>(m.wonBack) / static_cast<double>(m.closed) : 0;
    m.ourFaultShare =
        withReason ? static_cast<double>(m.ourFault) / static_cast<double>(withReason) : 0.0;
    if (!daysToWin.empty()) {
        std::sort(daysToWin.begin(), daysToWin.end());
        const std::size_t n = daysToWin.size();
        m.medianDaysToWinBack =
            n % 2 ? daysToWin[n / 2] : (daysToWin[n / 2 - 1] + daysToWin[n / 2]) / 2.0;
    }
    return m;
}

} // namespace cartera
