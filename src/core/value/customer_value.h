#pragma once

#include "core/base/date.h"
#include "core/portfolio/portfolio.h"
#include "core/value/clv_report.h"
#include "core/value/reward_tiers.h"
#include "core/value/rfm_report.h"
#include "core/value/value_settings.h"

namespace cartera {

// Every customer's value as of T: RFM scores and segment (all time), reward tier (12 months),
// and lifetime value from models fitted on everything up to T (clv.data keeps no per-customer
// histories here).
struct CustomerValue {
    ValueSettings settings;
    RfmReport rfm;
    TierReport tiers;
    TierMovement tierMovement; // over the 12 months up to T
    ClvReport clv;

    // The customer's segment index, or -1 when it is not scored.
    int segmentOf(std::size_t customer) const;

    // Without lifetime value the models are not fitted (clv.usable() is false): for a list that
    // only needs segments and tiers.
    static CustomerValue compute(const Portfolio& portfolio, Date asOf,
                                 const ValueSettings& settings, int minorDigits,
                                 bool lifetimeValue = true);
};

} // namespace cartera
