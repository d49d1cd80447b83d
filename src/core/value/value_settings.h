#pragma once

#include "core/value/reward_tiers.h"
#include "core/value/rfm_report.h"

namespace cartera {

// The portfolio's settings for customer value: the RFM segment table, the reward tiers, and
// the horizon and discount of lifetime value.
struct ValueSettings {
    RfmSegmentTable segments = RfmSegmentTable::defaults();
    RewardTiers tiers = RewardTiers::defaults(2);
    int clvHorizonMonths = 24;
    double clvMonthlyDiscount = 0.01;
};

} // namespace cartera
