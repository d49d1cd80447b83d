#include "core/value/reward_tiers.h"
#include "test_portfolio.h"

#include <catch2/catch.hpp>

using namespace cartera;
using cartera::test::d;
using cartera::test::TestPortfolio;

TEST_CASE("a tier needs both its revenue and its purchase days, each reached exactly") {
    const RewardTiers tiers = RewardTiers::defaults(2);
    REQUIRE(tiers.tiers().size() == 4);
    // Silver asks 250.00 and 3 purchase days.
    CHECK(tiers.nameOf(tiers.tierFor(25000, 3)) == "Silver");
    CHECK(tiers.nameOf(tiers.tierFor(24999, 3)) == "Bronze");
    CHECK(tiers.nameOf(tiers.tierFor(1000000, 2)) == "Bronze"); // big spender, few visits
    CHECK(tiers.nameOf(tiers.tierFor(0, 1)) == "Bronze");
    CHECK(tiers.tierFor(0, 0) == kNoTier);
    CHECK(tiers.tierFor(-500, 4) == kNoTier); // refunds took more than was bought
    CHECK(tiers.nameOf(tiers.tierFor(500000, 12)) == "Platinum");
    CHECK(tiers.nameOf(tiers.tierFor(499999, 12)) == "Gold");
}

TEST_CASE("tiers as of a day: the 12-month window, and the gap to the next tier") {
    // As of 2025-06-30 the window is (2024-06-30, 2025-06-30].
    const Portfolio p = TestPortfolio()
                            .add("A", {{"2024-06-30", 900000}, // just outside the window
                                       {"2024-07-01", 10000},
                                       {"2025-01-10", 10000},
                                       {"2025-06-30", 1000}})
                            .add("B", {{"2025-02-01", 20000}, {"2025-02-01", 5000}})
                            .add("C", {})
                            .build();
    const RewardTiers tiers = RewardTiers::defaults(2);
    const TierReport r = TierReport::compute(p, d("2025-06-30"), tiers);
    // A: 210.00 over 3 days -> Bronze; Silver needs 40.00 more and no more days.
    CHECK(tiers.nameOf(r.entries[0].tier) == "Bronze");
    CHECK(r.entries[0].revenue == 21000);
    CHECK(r.entries[0].purchaseDays == 3);
    CHECK(r.entries[0].revenueToNext(tiers) == 4000);
    CHECK(r.entries[0].daysToNext(tiers) == 0);
    // B: 250.00 on one day -> Bronze; Silver needs 2 more purchase days.
    CHECK(tiers.nameOf(r.entries[1].tier) == "Bronze");
    CHECK(r.entries[1].revenueToNext(tiers) == 0);
    CHECK(r.entries[1].daysToNext(tiers) == 2);
    // C never bought: no tier; Bronze needs one purchase.
    CHECK(r.entries[2].tier == kNoTier);
    CHECK(r.entries[2].daysToNext(tiers) == 1);
    CHECK(r.counts[0] == 2);
    CHECK(r.revenue[0] == 46000);
    CHECK(r.withoutTier == 1);
}

TEST_CASE("tier movement counts upgrades and downgrades with their revenue in between") {
    const Portfolio p = TestPortfolio()
                            .add("up", {{"2024-03-01", 100},
                                        {"2024-09-01", 30000},
                                        {"2024-10-01", 100},
                                        {"2024-11-01", 100}})
                            .add("down", {{"2023-09-01", 30000},
                                          {"2023-10-01", 100},
                                          {"2023-11-01", 100},
                                          {"2024-09-01", 500}})
                            .add("same", {{"2024-03-01", 100}, {"2024-09-01", 100}})
                            .build();
    const RewardTiers tiers = RewardTiers::defaults(2);
    // From 2024-06-30 to 2024-12-31.
    const TierMovement m = TierMovement::compute(p, d("2024-06-30"), d("2024-12-31"), tiers);
    CHECK(m.upgrades == 1); // up: Bronze -> Silver
    CHECK(m.upgradeRevenue == 30200);
    CHECK(m.downgrades == 1); // down: Silver -> Bronze
    CHECK(m.downgradeRevenue == 500);
    CHECK(m.stayed == 1);       // same: Bronze -> Bronze
    CHECK(m.counts[1][2] == 1); // Bronze -> Silver
    CHECK(m.counts[2][1] == 1); // Silver -> Bronze
}

TEST_CASE("the tier table reads and writes its text, mistakes name the line") {
    const RewardTiers defaults = RewardTiers::defaults(2);
    CHECK(RewardTiers::parse(defaults.toText(2), 2).toText(2) == defaults.toText(2));
    CHECK(defaults.toText(2).find("Gold | 1000.00 | 6 | 10 % off and free delivery\n") !=
          std::string::npos);
    CHECK_THROWS_WITH(RewardTiers::parse("A | 10 | 2 | x\nB | 5 | 3 | y\n", 2),
                      Catch::Contains("line 2") && Catch::Contains("at least what A asks"));
    CHECK_THROWS_WITH(RewardTiers::parse("A | ten | 2 | x\n", 2), Catch::Contains("'ten'"));
    CHECK_THROWS_WITH(RewardTiers::parse("A | 10 | 2\n", 2), Catch::Contains("line 1"));
    CHECK_THROWS_WITH(RewardTiers::parse("A | 10 | -1 | x\n", 2), Catch::Contains("'-1'"));
}
