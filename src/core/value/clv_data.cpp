#include "core/value/clv_data.h"

namespace cartera {

ClvCustomer clvCustomerOf(const Portfolio& portfolio, std::size_t i, Date calibrationEnd,
                          std::optional<Date> holdoutEnd) {
    const std::int32_t c = calibrationEnd.days();
    const std::int32_t h = holdoutEnd ? holdoutEnd->days() : c;
    ClvCustomer out;
    {
        const auto days = portfolio.daysOf(i);
        const auto amounts = portfolio.amountsOf(i);
        std::int32_t first = kNoDay;
        std::int32_t last = kNoDay;
        std::int32_t day = kNoDay; // the transaction being summed
        double dayValue = 0;
        double repeatValue = 0;
        int repeats = 0;
        auto close = [&] {
            if (day == kNoDay || day == first)
                return;
            repeatValue += dayValue;
            ++repeats;
        };
        for (std::size_t k = 0; k < days.size() && days[k] <= h; ++k) {
            if (amounts[k] < 0)
                continue;
            if (days[k] > c) {
                if (first != kNoDay && days[k] != last) {
                    ++out.holdoutTransactions;
                    last = days[k];
                }
                continue;
            }
            if (days[k] != day) {
                close();
                day = days[k];
                dayValue = 0;
                if (first == kNoDay)
                    first = day;
                last = day;
            }
            dayValue += static_cast<double>(amounts[k]);
        }
        close();
        if (first == kNoDay)
            return out;
        // `last` may have moved into the holdout; tx is measured in the calibration only.
        out.inCalibration = true;
        out.firstDay = first;
        out.repeats = repeats;
        out.ageDays = c - first;
        out.lastRepeatDays = repeats > 0 ? day - first : 0;
        out.meanRepeatSpend = repeats > 0 ? repeatValue / repeats : 0;
    }
    return out;
}

ClvData prepareClvData(const Portfolio& portfolio, Date calibrationEnd,
                       std::optional<Date> holdoutEnd) {
    ClvData data;
    data.calibrationEnd = calibrationEnd;
    data.holdoutEnd = holdoutEnd;
    data.customers.resize(portfolio.customerCount());
    for (std::size_t i = 0; i < portfolio.customerCount(); ++i)
        data.customers[i] = clvCustomerOf(portfolio, i, calibrationEnd, holdoutEnd);
    return data;
}

} // namespace cartera
