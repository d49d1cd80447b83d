#include "core/value/customer_value.h"

namespace cartera {

int CustomerValue::segmentOf(std::size_t customer) const {
    const std::uint32_t e = rfm.entryOf[customer];
    return e == kNotScored ? -1 : static_cast<int>(rfm.segmentOf(rfm.entries[e]));
}

CustomerValue CustomerValue::compute(const Portfolio& portfolio, Date asOf,
                                     const ValueSettings& settings, int minorDigits,
                                     bool lifetimeValue) {
    CustomerValue v;
    v.settings = settings;
    v.rfm =
        RfmReport::compute(portfolio, asOf, {RevenueWindow::Kind::AllTime, 0}, settings.segments);
    v.tiers = TierReport::compute(portfolio, asOf, settings.tiers);
    v.tierMovement = TierMovement::compute(portfolio, asOf.addMonths(-12), asOf, settings.tiers);
    if (!lifetimeValue)
        return v;
    ClvOptions options;
    options.horizonMonths = settings.clvHorizonMonths;
    options.monthlyDiscount = settings.clvMonthlyDiscount;
    options.minorDigits = minorDigits;
    v.clv = ClvReport::compute(portfolio, asOf, std::nullopt, options);
    // The per-customer histories served the fit; the values are kept, the histories not (about
    // 50 bytes a customer).
    std::vector<ClvCustomer>().swap(v.clv.data.customers);
    return v;
}

} // namespace cartera
