#pragma once

#include "core/analysis/analysis_settings.h"
#include "core/base/date.h"
#include "core/portfolio/portfolio.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace cartera {

enum class Stage : std::uint8_t { New, Adolescent, Mature, Veteran };
enum class Activity : std::uint8_t { Active, AtRisk, Lost };

// Why a customer has its activity state, so that the app can say it in words.
enum class ActivityReason : std::uint8_t {
    RecentPurchase,
    NoPurchaseFor, // days since last purchase (or since acquisition) passed a threshold
    BrokeCadence,  // silent for more than cadenceFactor x its usual gap
    MarkedLost,
};

inline constexpr int kStageCount = 4;
inline constexpr int kActivityCount = 3;

std::string_view stageName(Stage stage);
std::string_view activityName(Activity activity);

struct CustomerStatus {
    bool inPortfolio = false;
    Stage stage = Stage::New;
    Activity activity = Activity::Active;
    ActivityReason reason = ActivityReason::RecentPurchase;
    std::int32_t acquisition = kNoDay;
    std::int32_t firstPurchase = kNoDay;
    std::int32_t lastPurchase = kNoDay;
    std::int32_t purchaseDays = 0;    // distinct days with a purchase on or before the as-of date
    std::int32_t medianGapTimes2 = 0; // twice the median gap, exact for even counts; 0 if none

    // Derived from the days above rather than stored: a million customers' statuses are kept
    // for two dates at once while the date changes. Both are 0 for a customer not yet in the
    // portfolio on `asOf`.
    // The as-of date minus the last purchase (or the acquisition, without one).
    std::int32_t daysSilent(Date asOf) const;
    int tenureMonths(Date asOf) const;
};
static_assert(sizeof(CustomerStatus) == 24);

Stage stageForTenure(int months, const AnalysisSettings& settings);

// Reusable buffers, so that classifying a million customers allocates nothing per customer.
struct ClassifyScratch {
    std::vector<std::int32_t> gaps;
};

CustomerStatus classifyCustomer(const Portfolio& portfolio, std::size_t customer,
                                const AnalysisSettings& settings, Date asOf,
                                ClassifyScratch& scratch);

std::vector<CustomerStatus> classifyAll(const Portfolio& portfolio,
                                        const AnalysisSettings& settings, Date asOf);

} // namespace cartera
