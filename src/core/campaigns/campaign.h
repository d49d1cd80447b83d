#pragma once

#include "core/base/date.h"
#include "core/base/error_fact.h"
#include "core/base/money.h"
#include "core/portfolio/portfolio.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace cartera {

// A campaign: a saved list's customers on the start day, reached through one channel with one
// offer, except a random control group that is held out, so that the effect can be measured.
struct Campaign {
    std::int64_t id = 0;
    std::string name;
    std::string list;   // the saved list it targeted
    std::string filter; // the list's filter on the day it was created
    std::int32_t start = 0;
    std::string channel; // call, email, letter, visit, sms
    std::string offer;
    int controlPercent = 10;
    std::uint64_t seed = 1;
    int windowDays = 60; // purchases in [start, start + windowDays) count as responses
    std::size_t treated = 0;
    std::size_t control = 0;

    std::int32_t windowEnd() const { return start + windowDays - 1; } // the last day counted
};

// Why a campaign cannot be created as given, or nullopt.
std::optional<ErrorFact> campaignError(const Campaign& campaign);

// Which of the members are held out: exactly round(n × percent / 100) of them, those whose
// hash of (seed, customer id) is smallest. A member's draw depends only on the seed and its
// own id, not on the list's order.
std::vector<bool> controlGroup(std::span<const std::int64_t> customerIds, int controlPercent,
                               std::uint64_t seed);

// An estimate with its 95 % confidence interval.
struct Interval {
    double estimate = 0;
    double low = 0;
    double high = 0;
};

struct CampaignArm {
    std::size_t customers = 0;
    std::size_t responders = 0; // bought (a positive amount) within the window
    Cents revenue = 0;          // net, within the window
    double responseRate() const;
    double revenuePerCustomer() const; // minor units
    double revenueVariance = 0;        // sample variance of revenue per customer (minor units²)
};

struct CampaignResult {
    CampaignArm treated;
    CampaignArm control;
    std::int32_t countedTo = 0; // the last day counted: the window's end, or the as-of day
    bool final = false;         // the window is over
    // Treated minus control. Response: difference of proportions, Wald interval. Revenue per
    // customer: difference of means, Welch interval (Student's t with Welch–Satterthwaite
    // degrees of freedom, rounded down). Unset when an arm has too few members.
    std::optional<Interval> responseUplift;
    std::optional<Interval> revenueUplift;
};

// Members by portfolio index; `control` says which are held out.
CampaignResult evaluateCampaign(const Portfolio& portfolio, std::span<const std::uint32_t> members,
                                const std::vector<bool>& control, const Campaign& campaign,
                                Date asOf);

// The 97.5 % quantile of Student's t with `df` degrees of freedom (df >= 1).
double studentT975(double df);

} // namespace cartera
