#pragma once

#include "core/base/date.h"
#include "core/portfolio/portfolio.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace cartera {

// What the lifetime-value models see of a customer, from the calibration period that ends on
// day C. Time is in weeks; purchases on one day are one transaction (refunds do not count).
// Kept in whole days (32 bytes, not 48: a million of them are held while the models are fitted);
// the models read weeks.
struct ClvCustomer {
    double meanRepeatSpend = 0; // mean value of the repeat transactions (minor units)
    std::int32_t firstDay = 0;
    std::int32_t repeats = 0;             // purchase days after the first, up to C
    std::int32_t lastRepeatDays = 0;      // days from the first to the last purchase day up to C
    std::int32_t ageDays = 0;             // days from the first purchase day to C
    std::int32_t holdoutTransactions = 0; // purchase days in (C, H]
    bool inCalibration = false;           // first purchase on or before C

    double x() const { return repeats; }
    double tx() const { return lastRepeatDays / 7.0; } // weeks
    double T() const { return ageDays / 7.0; }         // weeks
};
static_assert(sizeof(ClvCustomer) == 32);

struct ClvData {
    Date calibrationEnd;
    std::optional<Date> holdoutEnd;
    std::vector<ClvCustomer> customers; // by portfolio index
};

// One customer's history as the models see it.
ClvCustomer clvCustomerOf(const Portfolio& portfolio, std::size_t customer, Date calibrationEnd,
                          std::optional<Date> holdoutEnd = std::nullopt);
ClvData prepareClvData(const Portfolio& portfolio, Date calibrationEnd,
                       std::optional<Date> holdoutEnd = std::nullopt);

} // namespace cartera
