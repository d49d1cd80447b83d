#pragma once

#include "core/base/date.h"
#include "core/portfolio/portfolio.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace cartera {

// What the lifetime-value models see of a customer, from the calibration period that ends on
// day C. Time is in weeks; purchases on one day are one transaction (refunds do not count).
struct ClvCustomer {
    bool inCalibration = false; // first purchase on or before C
    std::int32_t firstDay = 0;
    double x = 0;               // repeat transactions: purchase days after the first, up to C
    double tx = 0;              // weeks from the first to the last purchase day up to C
    double T = 0;               // weeks from the first purchase day to C
    double meanRepeatSpend = 0; // mean value of the repeat transactions (minor units)
    std::int32_t holdoutTransactions = 0; // purchase days in (C, H]
};

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
