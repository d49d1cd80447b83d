#pragma once

#include "core/base/date.h"
#include "core/base/error_fact.h"
#include "core/base/money.h"
#include "core/portfolio/portfolio.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cartera {

// A reward tier: reached with at least `minRevenue` of net revenue and `minPurchaseDays`
// purchase days in the 12 months up to the day.
struct RewardTier {
    std::string name;
    Cents minRevenue = 0;
    std::int32_t minPurchaseDays = 0;
    std::string reward; // what the tier offers
};

inline constexpr std::int8_t kNoTier = -1;

// The portfolio's tiers, lowest first; each asks at least what the one below asks.
class RewardTiers {
  public:
    static RewardTiers defaults(int minorDigits);
    // One tier a line: "Gold | 1000.00 | 6 | 10 % off and free delivery"; throws
    // InputError naming the line.
    static RewardTiers parse(std::string_view text, int minorDigits);
    std::string toText(int minorDigits) const;

    const std::vector<RewardTier>& tiers() const { return m_tiers; }
    std::string_view nameOf(std::int8_t tier) const;
    // The highest tier whose minimums are both met, or kNoTier.
    std::int8_t tierFor(Cents revenue, std::int32_t purchaseDays) const;

  private:
    std::vector<RewardTier> m_tiers;
};

// Net revenue (refunds included) and purchase days (refunds aside) of one customer in
// (after, upTo]: what a tier asks for.
std::pair<Cents, std::int32_t> revenueAndPurchaseDays(const Portfolio& portfolio,
                                                      std::size_t customer, std::int32_t after,
                                                      std::int32_t upTo);

// Every customer's tier as of T, and what it lacks for the next one.
struct TierReport {
    // 16 bytes a customer: what it lacks for the next tier is worked out when asked.
    struct Entry {
        Cents revenue = 0;             // net, in the 12 months up to T
        std::int32_t purchaseDays = 0; // in the 12 months up to T
        std::int8_t tier = kNoTier;

        // To reach the next tier of `tiers` (those the report was computed with): zero when the
        // tier is the top one or that minimum is met.
        Cents revenueToNext(const RewardTiers& tiers) const;
        std::int32_t daysToNext(const RewardTiers& tiers) const;
    };
    std::vector<Entry> entries;      // by portfolio index
    std::vector<std::size_t> counts; // customers per tier
    std::vector<Cents> revenue;      // 12-month revenue per tier
    std::size_t withoutTier = 0;     // customers in no tier

    static TierReport compute(const Portfolio& portfolio, Date asOf, const RewardTiers& tiers);
};
static_assert(sizeof(TierReport::Entry) == 16);

// How customers moved between tiers from T0 to T1: upgrades and downgrades, by count and by
// their revenue in (T0, T1].
struct TierMovement {
    std::size_t upgrades = 0, downgrades = 0, stayed = 0;
    Cents upgradeRevenue = 0, downgradeRevenue = 0;
    // counts[from + 1][to + 1]; row and column 0 are "no tier".
    std::vector<std::vector<std::size_t>> counts;

    static TierMovement compute(const Portfolio& portfolio, Date from, Date to,
                                const RewardTiers& tiers);
};

} // namespace cartera
