#include "core/value/reward_tiers.h"

#include "core/analysis/revenue.h"
#include "core/base/parallel_for.h"
#include "core/base/trim.h"

#include <fmt/format.h>
#include <stdexcept>

namespace cartera {

RewardTiers RewardTiers::defaults(int minorDigits) {
    return parse("Bronze | 0 | 1 | Welcome offer on the next order\n"
                 "Silver | 250 | 3 | 5 % off and early access to sales\n"
                 "Gold | 1000 | 6 | 10 % off and free delivery\n"
                 "Platinum | 5000 | 12 | 15 % off, a personal account manager and events\n",
                 minorDigits);
}

RewardTiers RewardTiers::parse(std::string_view text, int minorDigits) {
    RewardTiers t;
    forEachTableLine(text, [&](std::string_view line, std::size_t lineNumber) {
        auto fail = [&](ErrorKind kind, std::string_view value = {}) {
            if (kind == ErrorKind::TableLineShape)
                throw InputError(kind, "tier", lineNumber, line, value);
            if (kind == ErrorKind::TableLineNoName)
                throw InputError(kind, "tier", lineNumber, line);
            throw InputError(kind, lineNumber, line, value);
        };
        std::vector<std::string_view> fields;
        std::string_view rest = line;
        for (int k = 0; k < 3; ++k) {
            const std::size_t bar = rest.find('|');
            if (bar == std::string_view::npos)
                fail(ErrorKind::TableLineShape,
                     "Name | minimum revenue | minimum purchase days | reward");
            fields.push_back(trimBlanks(rest.substr(0, bar)));
            rest = rest.substr(bar + 1);
        }
        fields.push_back(trimBlanks(rest));
        RewardTier tier;
        tier.name = std::string(fields[0]);
        if (tier.name.empty())
            fail(ErrorKind::TableLineNoName);
        const auto revenue = parseMoney(fields[1], {'.', minorDigits});
        if (!revenue || *revenue < 0)
            fail(ErrorKind::TableTierAmount, fields[1]);
        tier.minRevenue = *revenue;
        const std::string days(fields[2]);
        std::size_t used = 0;
        int value = -1;
        try {
            value = std::stoi(days, &used);
        } catch (const std::exception&) {
        }
        if (used != days.size() || value < 0 || value > 366)
            fail(ErrorKind::TableTierDays, fields[2]);
        tier.minPurchaseDays = value;
        tier.reward = std::string(fields[3]);
        if (!t.m_tiers.empty()) {
            const RewardTier& below = t.m_tiers.back();
            if (tier.minRevenue < below.minRevenue || tier.minPurchaseDays < below.minPurchaseDays)
                fail(ErrorKind::TableTierBelow, below.name);
        }
        if (t.m_tiers.size() >= 100)
            fail(ErrorKind::TableTooManyTiers);
        t.m_tiers.push_back(std::move(tier));
    });
    if (t.m_tiers.empty())
        throw InputError(ErrorKind::TableEmpty, "tier");
    return t;
}

std::string RewardTiers::toText(int minorDigits) const {
    std::string out;
    for (const RewardTier& t : m_tiers)
        out += fmt::format("{} | {} | {} | {}\n", t.name,
                           formatMoney(t.minRevenue, {".", "", minorDigits}), t.minPurchaseDays,
                           t.reward);
    return out;
}

std::string_view RewardTiers::nameOf(std::int8_t tier) const {
    return tier >= 0 && static_cast<std::size_t>(tier) < m_tiers.size()
               ? std::string_view(m_tiers[static_cast<std::size_t>(tier)].name)
               : std::string_view("no tier");
}

std::int8_t RewardTiers::tierFor(Cents revenue, std::int32_t purchaseDays) const {
    std::int8_t tier = kNoTier;
    for (std::size_t k = 0; k < m_tiers.size(); ++k)
        if (revenue >= m_tiers[k].minRevenue && purchaseDays >= m_tiers[k].minPurchaseDays)
            tier = static_cast<std::int8_t>(k);
    return tier;
}

std::pair<Cents, std::int32_t> revenueAndPurchaseDays(const Portfolio& p, std::size_t i,
                                                      std::int32_t after, std::int32_t upTo) {
    const auto days = p.daysOf(i);
    const auto amounts = p.amountsOf(i);
    Cents revenue = 0;
    std::int32_t purchaseDays = 0;
    std::int32_t last = kNoDay;
    for (std::size_t k = 0; k < days.size() && days[k] <= upTo; ++k) {
        if (days[k] <= after)
            continue;
        revenue += amounts[k];
        if (amounts[k] >= 0 && days[k] != last) {
            ++purchaseDays;
            last = days[k];
        }
    }
    return {revenue, purchaseDays};
}

Cents TierReport::Entry::revenueToNext(const RewardTiers& tiers) const {
    const auto next = static_cast<std::size_t>(tier + 1);
    return next < tiers.tiers().size()
               ? std::max<Cents>(0, tiers.tiers()[next].minRevenue - revenue)
               : 0;
}

std::int32_t TierReport::Entry::daysToNext(const RewardTiers& tiers) const {
    const auto next = static_cast<std::size_t>(tier + 1);
    return next < tiers.tiers().size()
               ? std::max(0, tiers.tiers()[next].minPurchaseDays - purchaseDays)
               : 0;
}

TierReport TierReport::compute(const Portfolio& portfolio, Date asOf, const RewardTiers& tiers) {
    TierReport report;
    const std::int32_t after = RevenueWindow{}.startExclusive(asOf);
    const std::size_t n = portfolio.customerCount();
    report.entries.resize(n);
    report.counts.assign(tiers.tiers().size(), 0);
    report.revenue.assign(tiers.tiers().size(), 0);
    parallelFor(n, [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i) {
            Entry& e = report.entries[i];
            std::tie(e.revenue, e.purchaseDays) =
                revenueAndPurchaseDays(portfolio, i, after, asOf.days());
            e.tier = tiers.tierFor(e.revenue, e.purchaseDays);
        }
    });
    for (const Entry& e : report.entries) {
        if (e.tier == kNoTier) {
            ++report.withoutTier;
        } else {
            ++report.counts[static_cast<std::size_t>(e.tier)];
            report.revenue[static_cast<std::size_t>(e.tier)] += e.revenue;
        }
    }
    return report;
}

TierMovement TierMovement::compute(const Portfolio& portfolio, Date from, Date to,
                                   const RewardTiers& tiers) {
    TierMovement m;
    const std::size_t k = tiers.tiers().size() + 1;
    m.counts.assign(k, std::vector<std::size_t>(k, 0));
    const std::int32_t fromAfter = RevenueWindow{}.startExclusive(from);
    const std::int32_t toAfter = RevenueWindow{}.startExclusive(to);
    for (std::size_t i = 0; i < portfolio.customerCount(); ++i) {
        const auto [r0, d0] = revenueAndPurchaseDays(portfolio, i, fromAfter, from.days());
        const auto [r1, d1] = revenueAndPurchaseDays(portfolio, i, toAfter, to.days());
        const std::int8_t t0 = tiers.tierFor(r0, d0);
        const std::int8_t t1 = tiers.tierFor(r1, d1);
        ++m.counts[static_cast<std::size_t>(t0 + 1)][static_cast<std::size_t>(t1 + 1)];
        if (t0 == t1) {
            if (t0 != kNoTier)
                ++m.stayed;
            continue;
        }
        const Cents between = revenueAndPurchaseDays(portfolio, i, from.days(), to.days()).first;
        if (t1 > t0) {
            ++m.upgrades;
            m.upgradeRevenue += between;
        } else {
            ++m.downgrades;
            m.downgradeRevenue += between;
        }
    }
    return m;
}

} // namespace cartera
