#pragma once

#include "core/portfolio/profile.h"
#include "core/prospects/prospect.h"

#include <array>
#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

namespace cartera {

// How much a prospect's profile looks like the Pareto (class A) customers'. For each field the
// prospect has (industry, region, size band, and its best tag), the lift of its value v is the
// share of class A customers with v over the share of all customers with v, both among the
// customers who have that field filled. So that a value seen on two customers does not
// dominate, the class A share is shrunk towards the overall share as if kFitPrior more class A
// customers had the overall mix, and the lift is capped at kFitCap. The fit is the geometric
// mean of the field lifts: 1 is "like the average customer", 2 is "twice as typical of the
// best customers". A prospect with no profile field has no fit.
class ProspectFit {
  public:
    static constexpr double kFitPrior = 5.0;
    static constexpr double kFitCap = 3.0;

    // classA[i] tells whether customer i (portfolio index) is a class A customer.
    ProspectFit(const CustomerProfiles& customers, const std::vector<bool>& classA);

    struct Result {
        double score = 0; // NaN when the prospect has no profile field
        // The strongest field: "industry Retail: 31 % of Pareto customers (17 % of all)".
        std::string why;
    };
    Result fitOf(const Profile& profile) const;

  private:
    struct Field {
        std::unordered_map<std::string, std::pair<std::size_t, std::size_t>> counts; // all, A
        std::size_t all = 0;
        std::size_t classA = 0;
    };
    std::array<Field, 4> m_fields; // industry, region, size band, tags
};

// The open prospects (not converted, not dropped) by industry and region, largest first: the
// potential market. Empty fields count as "(none)".
struct MarketCell {
    std::string industry;
    std::string region;
    std::size_t prospects = 0;
    double meanFit = 0; // over those with a fit; NaN when none has one
};
std::vector<MarketCell> potentialMarket(const std::vector<Prospect>& prospects,
                                        const std::vector<double>& fits);

} // namespace cartera
