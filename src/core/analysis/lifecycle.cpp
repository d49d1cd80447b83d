#include "core/analysis/lifecycle.h"

#include "core/base/parallel_for.h"

#include <algorithm>
#include <array>

namespace cartera {

std::string_view stageName(Stage stage) {
    static constexpr std::array<std::string_view, kStageCount> names = {"new", "adolescent",
                                                                        "mature", "veteran"};
    return names[static_cast<std::size_t>(stage)];
}

std::string_view activityName(Activity activity) {
    static constexpr std::array<std::string_view, kActivityCount> names = {"active", "at risk",
                                                                           "lost"};
    return names[static_cast<std::size_t>(activity)];
}

Stage stageForTenure(int months, const AnalysisSettings& settings) {
    if (months >= settings.veteranFromMonths)
        return Stage::Veteran;
    if (months >= settings.matureFromMonths)
        return Stage::Mature;
    if (months >= settings.adolescentFromMonths)
        return Stage::Adolescent;
    return Stage::New;
}

namespace {

// Twice the median, so that the mean of the two middle gaps stays an integer.
std::int32_t medianTimes2(std::vector<std::int32_t>& gaps) {
    const std::size_t n = gaps.size();
    const auto mid = gaps.begin() + static_cast<std::ptrdiff_t>(n / 2);
    std::nth_element(gaps.begin(), mid, gaps.end());
    if (n % 2 == 1)
        return 2 * *mid;
    const std::int32_t upper = *mid;
    const std::int32_t lower = *std::max_element(gaps.begin(), mid);
    return lower + upper;
}

} // namespace

std::int32_t CustomerStatus::daysSilent(Date asOf) const {
    if (!inPortfolio)
        return 0;
    // A customer who never bought is measured from the day it became one.
    return asOf.days() - (lastPurchase != kNoDay ? lastPurchase : acquisition);
}

int CustomerStatus::tenureMonths(Date asOf) const {
    return inPortfolio ? completedMonths(Date::fromDays(acquisition), asOf) : 0;
}

CustomerStatus classifyCustomer(const Portfolio& portfolio, std::size_t customer,
                                const AnalysisSettings& settings, Date asOf,
                                ClassifyScratch& scratch) {
    CustomerStatus status;
    const std::int32_t t = asOf.days();
    const auto days = portfolio.daysOf(customer);
    const auto amounts = portfolio.amountsOf(customer);
    scratch.gaps.clear();
    for (std::size_t k = 0; k < days.size() && days[k] <= t; ++k) {
        if (amounts[k] < 0)
            continue; // refunds count in revenue, never as activity
        const std::int32_t day = days[k];
        if (status.purchaseDays == 0) {
            status.firstPurchase = day;
        } else if (day == status.lastPurchase) {
            continue;
        } else {
            scratch.gaps.push_back(day - status.lastPurchase);
        }
        status.lastPurchase = day;
        ++status.purchaseDays;
    }

    const std::int32_t since = portfolio.customerSince[customer];
    status.acquisition = since != kNoDay ? since : status.firstPurchase;
    if (status.acquisition == kNoDay || status.acquisition > t)
        return status;
    status.inPortfolio = true;
    status.stage = stageForTenure(status.tenureMonths(asOf), settings);
    const std::int32_t silent = status.daysSilent(asOf);
    if (status.purchaseDays >= 2)
        status.medianGapTimes2 = medianTimes2(scratch.gaps);

    const std::int32_t mark = portfolio.lostMark[customer];
    const bool markStands = mark != kNoDay && mark <= t &&
                            (status.lastPurchase == kNoDay || status.lastPurchase <= mark);
    if (silent > settings.lostAfterDays) {
        status.activity = Activity::Lost;
        status.reason = ActivityReason::NoPurchaseFor;
    } else if (markStands) {
        status.activity = Activity::Lost;
        status.reason = ActivityReason::MarkedLost;
    } else if (silent > settings.atRiskAfterDays) {
        status.activity = Activity::AtRisk;
        status.reason = ActivityReason::NoPurchaseFor;
    } else if (status.purchaseDays >= settings.cadenceMinPurchaseDays &&
               std::int64_t{2} * silent >
                   std::int64_t{settings.cadenceFactor} * status.medianGapTimes2) {
        status.activity = Activity::AtRisk;
        status.reason = ActivityReason::BrokeCadence;
    }
    return status;
}

std::vector<CustomerStatus> classifyAll(const Portfolio& portfolio,
                                        const AnalysisSettings& settings, Date asOf) {
    std::vector<CustomerStatus> out(portfolio.customerCount());
    parallelFor(out.size(), [&](std::size_t begin, std::size_t end) {
        ClassifyScratch scratch;
        for (std::size_t i = begin; i < end; ++i)
            out[i] = classifyCustomer(portfolio, i, settings, asOf, scratch);
    });
    return out;
}

} // namespace cartera
