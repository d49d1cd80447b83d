#pragma once

#include "core/base/date.h"
#include "core/base/money.h"
#include "core/portfolio/portfolio.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace cartera {

// A Pareto window: (start, T], or all time.
struct RevenueWindow {
    enum class Kind { AllTime, Months, Days };
    Kind kind = Kind::Months;
    int length = 12;

    static std::optional<RevenueWindow> parse(std::string_view text); // "12m", "all", "90d"
    std::string toString() const;
    // Purchases on days after the returned day (and on or before T) fall in the window.
    std::int32_t startExclusive(Date asOf) const;
};

// Net revenue (refunds included) of one customer on days in (after, upTo].
Cents netRevenue(const Portfolio& portfolio, std::size_t customer, std::int32_t after,
                 std::int32_t upTo);

} // namespace cartera
