#include "core/analysis/revenue.h"

#include <algorithm>
#include <charconv>

namespace cartera {

std::optional<RevenueWindow> RevenueWindow::parse(std::string_view text) {
    if (text == "all" || text == "all-time")
        return RevenueWindow{Kind::AllTime, 0};
    std::string_view unit;
    int n = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (ec != std::errc() || n <= 0)
        return std::nullopt;
    unit = text.substr(static_cast<std::size_t>(end - text.data()));
    while (!unit.empty() && unit.front() == ' ')
        unit.remove_prefix(1);
    if (unit == "m" || unit == "months" || unit == "month")
        return RevenueWindow{Kind::Months, n};
    if (unit == "d" || unit == "days" || unit == "day")
        return RevenueWindow{Kind::Days, n};
    return std::nullopt;
}

std::string RevenueWindow::toString() const {
    switch (kind) {
    case Kind::AllTime:
        return "all";
    case Kind::Months:
        return std::to_string(length) + "m";
    case Kind::Days:
        return std::to_string(length) + "d";
    }
    return {};
}

std::int32_t RevenueWindow::startExclusive(Date asOf) const {
    switch (kind) {
    case Kind::AllTime:
        return kNoDay;
    case Kind::Months:
        return asOf.addMonths(-length).days();
    case Kind::Days:
        return asOf.days() - length;
    }
    return kNoDay;
}

Cents netRevenue(const Portfolio& portfolio, std::size_t customer, std::int32_t after,
                 std::int32_t upTo) {
    const auto days = portfolio.daysOf(customer);
    const auto amounts = portfolio.amountsOf(customer);
    // Days are sorted: skip to the window instead of testing every purchase.
    std::size_t k =
        static_cast<std::size_t>(std::upper_bound(days.begin(), days.end(), after) - days.begin());
    Cents sum = 0;
    for (; k < days.size() && days[k] <= upTo; ++k)
        sum += amounts[k];
    return sum;
}

} // namespace cartera
