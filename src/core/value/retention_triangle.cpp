#include "core/value/retention_triangle.h"

#include "core/base/csv_writer.h"

#include <cmath>
#include <fmt/format.h>
#include <limits>

namespace cartera {

std::optional<CohortPeriod> cohortPeriodFromName(std::string_view name) {
    if (name == "month")
        return CohortPeriod::Month;
    if (name == "quarter")
        return CohortPeriod::Quarter;
    if (name == "year")
        return CohortPeriod::Year;
    return std::nullopt;
}

std::string_view cohortPeriodName(CohortPeriod period) {
    switch (period) {
    case CohortPeriod::Month:
        return "month";
    case CohortPeriod::Quarter:
        return "quarter";
    case CohortPeriod::Year:
        return "year";
    }
    return "month";
}

namespace {

int periodOf(std::int32_t day, CohortPeriod unit) {
    const Ymd d = Date::fromDays(day).ymd();
    switch (unit) {
    case CohortPeriod::Month:
        return d.year * 12 + d.month - 1;
    case CohortPeriod::Quarter:
        return d.year * 4 + (d.month - 1) / 3;
    case CohortPeriod::Year:
        return d.year;
    }
    return 0;
}

std::string labelOf(int period, CohortPeriod unit) {
    switch (unit) {
    case CohortPeriod::Month:
        return fmt::format("{:04}-{:02}", period / 12, period % 12 + 1);
    case CohortPeriod::Quarter:
        return fmt::format("{:04} Q{}", period / 4, period % 4 + 1);
    case CohortPeriod::Year:
        return fmt::format("{:04}", period);
    }
    return {};
}

// The acquisition day, or kNoDay when the customer is not in the portfolio at T.
std::int32_t acquisitionOf(const Portfolio& p, std::size_t i, std::int32_t t) {
    std::int32_t a = p.customerSince[i];
    if (a == kNoDay) {
        const auto days = p.daysOf(i);
        const auto amounts = p.amountsOf(i);
        for (std::size_t k = 0; k < days.size(); ++k)
            if (amounts[k] >= 0) {
                a = days[k];
                break;
            }
    }
    return a == kNoDay || a > t ? kNoDay : a;
}

} // namespace

double RetentionTriangle::share(std::size_t cohort, std::size_t k) const {
    const Cohort& c = cohorts[cohort];
    if (k >= c.active.size() || c.customers == 0)
        return std::numeric_limits<double>::quiet_NaN();
    return static_cast<double>(c.active[k]) / static_cast<double>(c.customers);
}

double RetentionTriangle::revenueRetention(std::size_t cohort, std::size_t k) const {
    const Cohort& c = cohorts[cohort];
    if (k >= c.revenue.size() || c.revenue.empty() || c.revenue[0] <= 0)
        return std::numeric_limits<double>::quiet_NaN();
    return static_cast<double>(c.revenue[k]) / static_cast<double>(c.revenue[0]);
}

RetentionTriangle RetentionTriangle::compute(const Portfolio& portfolio, Date asOf,
                                             CohortPeriod unit) {
    RetentionTriangle triangle;
    triangle.unit = unit;
    triangle.asOf = asOf;
    const std::int32_t t = asOf.days();
    const int last = periodOf(t, unit);
    // Cohorts by period, found as customers come; the row of a period is period - first.
    int first = std::numeric_limits<int>::max();
    struct Member {
        std::size_t customer;
        std::int32_t acquisition;
        int period;
    };
    std::vector<Member> members;
    for (std::size_t i = 0; i < portfolio.customerCount(); ++i) {
        const std::int32_t a = acquisitionOf(portfolio, i, t);
        if (a == kNoDay)
            continue;
        const int period = periodOf(a, unit);
        members.push_back({i, a, period});
        first = std::min(first, period);
    }
    if (members.empty())
        return triangle;
    std::vector<Cohort> rows(static_cast<std::size_t>(last - first + 1));
    for (std::size_t r = 0; r < rows.size(); ++r) {
        rows[r].period = first + static_cast<int>(r);
        rows[r].label = labelOf(rows[r].period, unit);
        const auto columns = static_cast<std::size_t>(last - rows[r].period + 1);
        rows[r].active.assign(columns, 0);
        rows[r].revenue.assign(columns, 0);
    }
    for (const auto& [i, acquisition, period] : members) {
        Cohort& row = rows[static_cast<std::size_t>(period - first)];
        ++row.customers;
        const auto days = portfolio.daysOf(i);
        const auto amounts = portfolio.amountsOf(i);
        int counted = -1; // the last period this customer was counted active in
        for (std::size_t k = 0; k < days.size() && days[k] <= t; ++k) {
            if (days[k] < acquisition)
                continue; // bought before becoming a customer: not the cohort's retention
            const int since = periodOf(days[k], unit) - period;
            const auto col = static_cast<std::size_t>(since);
            row.revenue[col] += amounts[k];
            if (amounts[k] >= 0 && since != counted) {
                ++row.active[col];
                counted = since;
            }
        }
    }
    for (Cohort& row : rows)
        if (row.customers > 0)
            triangle.cohorts.push_back(std::move(row));
    return triangle;
}

std::vector<std::uint32_t> RetentionTriangle::customersOf(const Portfolio& portfolio,
                                                          std::size_t cohort, std::size_t k) const {
    std::vector<std::uint32_t> out;
    const std::int32_t t = asOf.days();
    const int period = cohorts[cohort].period;
    for (std::size_t i = 0; i < portfolio.customerCount(); ++i) {
        const std::int32_t a = acquisitionOf(portfolio, i, t);
        if (a == kNoDay || periodOf(a, unit) != period)
            continue;
        const auto days = portfolio.daysOf(i);
        const auto amounts = portfolio.amountsOf(i);
        for (std::size_t j = 0; j < days.size() && days[j] <= t; ++j)
            if (amounts[j] >= 0 && days[j] >= a &&
                periodOf(days[j], unit) - period == static_cast<int>(k)) {
                out.push_back(static_cast<std::uint32_t>(i));
                break;
            }
    }
    return out;
}

void writeRetentionCsv(std::ostream& out, const RetentionTriangle& triangle, bool revenue) {
    std::size_t columns = 0;
    for (const auto& c : triangle.cohorts)
        columns = std::max(columns, c.active.size());
    CsvWriter csv(out);
    csv.text("cohort").text("customers");
    for (std::size_t k = 0; k < columns; ++k)
        csv.text(fmt::format("{}_{}", cohortPeriodName(triangle.unit), k));
    csv.endRow();
    for (std::size_t c = 0; c < triangle.cohorts.size(); ++c) {
        csv.text(triangle.cohorts[c].label).number(std::to_string(triangle.cohorts[c].customers));
        for (std::size_t k = 0; k < columns; ++k) {
            const double v = revenue ? triangle.revenueRetention(c, k) : triangle.share(c, k);
            csv.number(std::isfinite(v) ? fmt::format("{:.4f}", v) : "");
        }
        csv.endRow();
    }
}

} // namespace cartera
