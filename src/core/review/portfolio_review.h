#pragma once

#include "core/customers/customer_metrics.h"
#include "core/flow/cohort_flow.h"
#include "core/portfolio/customer_directory.h"
#include "core/recovery/recovery_report.h"

#include <array>
#include <string>
#include <vector>

namespace cartera {

// A customer as the review lists it.
struct ReviewCustomer {
    std::size_t rank = 0; // in the 12-month Pareto report
    std::string id;
    std::string name;
    Cents revenue = 0;  // last 12 months
    Cents belowCut = 0; // promotion candidates: how far below the last Pareto customer
};

// Stage counts on one day, for the stage chart.
struct StageCountsOn {
    Date day;
    std::array<std::int64_t, kStageCount> count{};
};

// Everything the portfolio review shows, worked out from the same core functions as the app's
// views, so that a figure in the PDF is the figure on screen.
struct PortfolioReview {
    Date asOf;
    std::string currency;
    int minorDigits = 2;
    std::size_t customers = 0;              // every customer record, prospects-to-be included
    CustomerMetrics metrics;                // stage summary and the 12-month Pareto report
    CohortFlow lastYear;                    // twelve months to the as-of day
    std::vector<StageCountsOn> stageSeries; // every 3 months from a year ago to the as-of day
    std::vector<std::pair<double, double>> paretoCurve;
    std::vector<ReviewCustomer> topCustomers;
    std::vector<ReviewCustomer> promotionCandidates;
    RecoveryMetrics recovery;
};

inline constexpr std::size_t kReviewTopCustomers = 15;
inline constexpr std::size_t kReviewCandidates = 10;

PortfolioReview buildPortfolioReview(const Portfolio& portfolio, const CustomerDirectory& directory,
                                     const AnalysisSettings& settings,
                                     const std::vector<RecoveryCase>& cases, Date asOf);

} // namespace cartera
