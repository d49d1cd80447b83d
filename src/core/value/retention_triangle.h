#pragma once

#include "core/base/date.h"
#include "core/base/money.h"
#include "core/portfolio/portfolio.h"

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace cartera {

enum class CohortPeriod : std::uint8_t { Month, Quarter, Year };
std::optional<CohortPeriod> cohortPeriodFromName(std::string_view name);
std::string_view cohortPeriodName(CohortPeriod period);

// Retention by acquisition cohort as of T: rows are the cohorts of customers acquired in one
// period (acquisition = customer since, else the first purchase day), columns the periods since
// acquisition (0 = the acquisition period). A cell holds how many of the cohort bought in that
// period, and the cohort's net revenue in it. Periods run up to the one holding T, which may be
// partial.
struct RetentionTriangle {
    struct Cohort {
        int period = 0;    // months, quarters or years since year 0
        std::string label; // "2024-03", "2024 Q1" or "2024"
        std::size_t customers = 0;
        std::vector<std::size_t> active; // by periods since acquisition
        std::vector<Cents> revenue;
    };
    CohortPeriod unit = CohortPeriod::Month;
    Date asOf;
    std::vector<Cohort> cohorts; // oldest first

    // Share of the cohort that bought in period k; NaN past T.
    double share(std::size_t cohort, std::size_t k) const;
    // Revenue in period k over the cohort's revenue in its first period; NaN when that first
    // revenue is not positive or k is past T.
    double revenueRetention(std::size_t cohort, std::size_t k) const;
    // The customers (portfolio indices) of one cell, for a click-through.
    std::vector<std::uint32_t> customersOf(const Portfolio& portfolio, std::size_t cohort,
                                           std::size_t k) const;

    static RetentionTriangle compute(const Portfolio& portfolio, Date asOf, CohortPeriod unit);
};

// The triangle as CSV: cohort, customers, then one column per period since acquisition with
// the share (or the revenue retention) to four decimals, empty past T.
void writeRetentionCsv(std::ostream& out, const RetentionTriangle& triangle, bool revenue);

} // namespace cartera
