#include "core/campaigns/campaign.h"

#include "core/base/text_limits.h"
#include "core/portfolio/contact_channel.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace cartera {

std::optional<ErrorFact> campaignError(const Campaign& c) {
    if (c.name.empty())
        return errorFact(ErrorKind::CampaignNeedsName);
    if (auto e = lengthError("campaign_name", c.name))
        return e;
    if (!isContactChannel(c.channel))
        return errorFact(ErrorKind::ChannelUnknown, c.channel);
    if (auto e = lengthError("offer", c.offer))
        return e;
    if (c.controlPercent < 1 || c.controlPercent > 50)
        return errorFact(ErrorKind::CampaignControlRange);
    if (c.windowDays < 1 || c.windowDays > 730)
        return errorFact(ErrorKind::CampaignWindowRange);
    return std::nullopt;
}

namespace {

std::uint64_t mix(std::uint64_t z) {
    z += 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

} // namespace

std::vector<bool> controlGroup(std::span<const std::int64_t> customerIds, int controlPercent,
                               std::uint64_t seed) {
    const std::size_t n = customerIds.size();
    const auto held =
        static_cast<std::size_t>(std::llround(static_cast<double>(n) * controlPercent / 100.0));
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    auto draw = [&](std::size_t k) {
        return std::pair{mix(mix(seed) ^ static_cast<std::uint64_t>(customerIds[k])),
                         customerIds[k]};
    };
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return draw(a) < draw(b); });
    std::vector<bool> control(n, false);
    for (std::size_t k = 0; k < held; ++k)
        control[order[k]] = true;
    return control;
}

double CampaignArm::responseRate() const {
    return customers ? static_cast<double>(responders) / static_cast<double>(customers) : 0.0;
}

double CampaignArm::revenuePerCustomer() const {
    return customers ? static_cast<double>(revenue) / static_cast<double>(customers) : 0.0;
}

double studentT975(double df) {
    // Exact to three decimals for 1 to 30 degrees of freedom; beyond, the Cornish–Fisher
    // expansion around the normal quantile (error below 0.001).
    static constexpr std::array<double, 30> table = {
        12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
        2.201,  2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
        2.080,  2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042};
    const double whole = std::floor(std::max(1.0, df));
    if (whole <= 30)
        return table[static_cast<std::size_t>(whole) - 1];
    const double z = 1.959964;
    return z + (z * z * z + z) / (4 * whole) +
           (5 * std::pow(z, 5) + 16 * z * z * z + 3 * z) / (96 * whole * whole);
}

CampaignResult evaluateCampaign(const Portfolio& portfolio, std::span<const std::uint32_t> members,
                                const std::vector<bool>& control, const Campaign& campaign,
                                Date asOf) {
    CampaignResult r;
    r.final = asOf.days() >= campaign.windowEnd();
    r.countedTo = std::min(asOf.days(), campaign.windowEnd());
    // Revenue per member, for the variance.
    std::vector<double> treatedRevenue, controlRevenue;
    for (std::size_t k = 0; k < members.size(); ++k) {
        const auto days = portfolio.daysOf(members[k]);
        const auto amounts = portfolio.amountsOf(members[k]);
        bool bought = false;
        Cents revenue = 0;
        for (std::size_t j = 0; j < days.size(); ++j) {
            if (days[j] < campaign.start || days[j] > r.countedTo)
                continue;
            revenue += amounts[j];
            bought = bought || amounts[j] > 0;
        }
        CampaignArm& arm = control[k] ? r.control : r.treated;
        ++arm.customers;
        arm.responders += bought ? 1 : 0;
        arm.revenue += revenue;
        (control[k] ? controlRevenue : treatedRevenue).push_back(static_cast<double>(revenue));
    }
    auto variance = [](const std::vector<double>& v) {
        if (v.size() < 2)
            return 0.0;
        const double mean =
            std::accumulate(v.begin(), v.end(), 0.0) / static_cast<double>(v.size());
        double sum = 0;
        for (const double x : v)
            sum += (x - mean) * (x - mean);
        return sum / static_cast<double>(v.size() - 1);
    };
    r.treated.revenueVariance = variance(treatedRevenue);
    r.control.revenueVariance = variance(controlRevenue);
    const double n1 = static_cast<double>(r.treated.customers);
    const double n2 = static_cast<double>(r.control.customers);
    if (n1 < 2 || n2 < 2)
        return r;
    const double p1 = r.treated.responseRate();
    const double p2 = r.control.responseRate();
    const double seP = std::sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2);
    const double z = 1.959964;
    r.responseUplift = Interval{p1 - p2, p1 - p2 - z * seP, p1 - p2 + z * seP};
    const double v1 = r.treated.revenueVariance / n1;
    const double v2 = r.control.revenueVariance / n2;
    const double diff = r.treated.revenuePerCustomer() - r.control.revenuePerCustomer();
    if (v1 + v2 == 0) {
        r.revenueUplift = Interval{diff, diff, diff};
    } else {
        const double df = (v1 + v2) * (v1 + v2) / (v1 * v1 / (n1 - 1) + v2 * v2 / (n2 - 1));
        const double half = studentT975(df) * std::sqrt(v1 + v2);
        r.revenueUplift = Interval{diff, diff - half, diff + half};
    }
    return r;
}

} // namespace cartera
