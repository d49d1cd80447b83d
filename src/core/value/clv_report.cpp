#include "core/value/clv_report.h"

#include "core/base/parallel_for.h"

#include <cmath>
#include <limits>
#include <map>
#include <unordered_map>

namespace cartera {

namespace {

constexpr double kWeeksPerMonth = 365.25 / 12 / 7;

HoldoutCheck checkHoldout(const Portfolio& portfolio, const ClvData& data, const BgNbdModel& m) {
    HoldoutCheck check;
    check.buckets.resize(HoldoutCheck::kLastBucket + 1);
    for (int x = 0; x <= HoldoutCheck::kLastBucket; ++x)
        check.buckets[static_cast<std::size_t>(x)].calibrationRepeats = x;
    const std::int32_t c = data.calibrationEnd.days();
    const std::int32_t h = data.holdoutEnd->days();
    const double holdoutWeeks = (h - c) / 7.0;
    std::int32_t start = std::numeric_limits<std::int32_t>::max();
    std::map<std::int32_t, double> newCustomersByFirstDay;
    for (const ClvCustomer& cu : data.customers) {
        if (!cu.inCalibration)
            continue;
        auto& b = check.buckets[static_cast<std::size_t>(
            std::min<double>(cu.x(), HoldoutCheck::kLastBucket))];
        ++b.customers;
        b.predicted += m.expectedPurchases(holdoutWeeks, cu.x(), cu.tx(), cu.T());
        b.actual += cu.holdoutTransactions;
        start = std::min(start, cu.firstDay);
        newCustomersByFirstDay[cu.firstDay] += 1;
    }
    for (const auto& b : check.buckets) {
        check.predicted += b.predicted;
        check.actual += b.actual;
    }
    if (newCustomersByFirstDay.empty())
        return check;
    // The tracking curve: repeat transactions of the calibration's customers, week by week.
    check.firstWeekStart = Date::fromDays(start);
    const auto weeks = static_cast<std::size_t>((h - start) / 7 + 1);
    std::vector<double> perWeek(weeks, 0.0);
    for (std::size_t i = 0; i < portfolio.customerCount(); ++i) {
        const ClvCustomer& cu = data.customers[i];
        if (!cu.inCalibration)
            continue;
        const auto days = portfolio.daysOf(i);
        const auto amounts = portfolio.amountsOf(i);
        std::int32_t previous = cu.firstDay;
        for (std::size_t k = 0; k < days.size() && days[k] <= h; ++k)
            if (amounts[k] >= 0 && days[k] > previous) {
                perWeek[static_cast<std::size_t>((days[k] - start) / 7)] += 1;
                previous = days[k];
            }
    }
    check.weeklyActual.resize(weeks);
    check.weeklyPredicted.resize(weeks);
    double sum = 0;
    for (std::size_t w = 0; w < weeks; ++w) {
        sum += perWeek[w];
        check.weeklyActual[w] = sum;
        const std::int32_t end = start + static_cast<std::int32_t>((w + 1) * 7);
        double predicted = 0;
        for (const auto& [first, count] : newCustomersByFirstDay)
            if (first < end)
                predicted += count * m.expectedPurchasesNew((std::min(end, h + 1) - first) / 7.0);
        check.weeklyPredicted[w] = predicted;
    }
    return check;
}

} // namespace

bool HoldoutCheck::passed() const {
    if (actual <= 0)
        return predicted < 1;
    return std::abs(predicted - actual) <= kTolerance * actual;
}

ClvReport ClvReport::compute(const Portfolio& portfolio, Date calibrationEnd,
                             std::optional<Date> holdoutEnd, const ClvOptions& options) {
    ClvReport report;
    report.options = options;
    report.data = prepareClvData(portfolio, calibrationEnd, holdoutEnd);
    report.bgnbd = BgNbdModel::fit(report.data);
    report.gammaGamma = GammaGammaModel::fit(report.data, std::pow(10.0, options.minorDigits));
    const std::size_t n = portfolio.customerCount();
    const float nan = std::numeric_limits<float>::quiet_NaN();
    report.pAlive.assign(n, nan);
    report.expectedPurchases.assign(n, nan);
    report.expectedSpend.assign(n, std::numeric_limits<double>::quiet_NaN());
    report.clv.assign(n, std::numeric_limits<double>::quiet_NaN());
    if (report.bgnbd.converged && holdoutEnd && *holdoutEnd > calibrationEnd)
        report.holdout = checkHoldout(portfolio, report.data, report.bgnbd);
    if (!report.usable())
        return report;
    const BgNbdModel& bg = report.bgnbd;
    const GammaGammaModel& gg = report.gammaGamma;
    const double unit = gg.unit;
    // What depends only on (x, first day): the purchases a living customer is expected to make
    // in the next weeks, and month by month over the horizon, discounted.
    struct Shared {
        double nextWeeks = 0;
        double discountedPurchases = 0;
    };
    std::unordered_map<std::uint64_t, std::uint32_t> keyIndex;
    std::vector<std::pair<double, double>> keys; // x, T
    std::vector<std::uint32_t> indexOf(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        const ClvCustomer& c = report.data.customers[i];
        if (!c.inCalibration)
            continue;
        const std::uint64_t key =
            (static_cast<std::uint64_t>(c.repeats) << 32) | static_cast<std::uint32_t>(c.firstDay);
        const auto [it, added] = keyIndex.try_emplace(key, static_cast<std::uint32_t>(keys.size()));
        if (added)
            keys.emplace_back(c.x(), c.T());
        indexOf[i] = it->second;
    }
    std::vector<Shared> shared(keys.size());
    parallelFor(
        keys.size(),
        [&](std::size_t begin, std::size_t end) {
            for (std::size_t k = begin; k < end; ++k) {
                const auto [x, T] = keys[k];
                shared[k].nextWeeks = bg.purchasesIfAlive(options.predictionWeeks, x, T);
                double before = 0;
                double discount = 1;
                double sum = 0;
                for (int month = 1; month <= options.horizonMonths; ++month) {
                    const double upTo = bg.purchasesIfAlive(month * kWeeksPerMonth, x, T);
                    discount /= 1 + options.monthlyDiscount;
                    sum += (upTo - before) * discount;
                    before = upTo;
                }
                shared[k].discountedPurchases = sum;
            }
        },
        500);
    parallelFor(n, [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i) {
            const ClvCustomer& c = report.data.customers[i];
            if (!c.inCalibration)
                continue;
            const Shared& s = shared[indexOf[i]];
            const double alive = bg.pAlive(c.x(), c.tx(), c.T());
            const double spend = gg.expectedSpend(c.x(), c.meanRepeatSpend / unit) * unit;
            report.pAlive[i] = static_cast<float>(alive);
            report.expectedPurchases[i] = static_cast<float>(s.nextWeeks * alive);
            report.expectedSpend[i] = spend;
            report.clv[i] = s.discountedPurchases * alive * spend;
        }
    });
    return report;
}

} // namespace cartera
