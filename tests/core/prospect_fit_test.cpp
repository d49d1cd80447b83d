#include "core/prospects/prospect_fit.h"

#include <catch2/catch.hpp>
#include <cmath>

using namespace cartera;

namespace {

Profile profile(const char* industry, const char* region = "", const char* tags = "") {
    return {industry, region, "", tags};
}

} // namespace

TEST_CASE("fit: the lift of each field, shrunk and capped, worked by hand") {
    // Ten customers: Retail 4 (3 of them class A), Wholesale 6 (1 class A); Madrid 5 (2 A),
    // Lyon 5 (2 A).
    CustomerProfiles customers;
    std::vector<bool> classA;
    const char* industries[] = {"Retail",    "Retail",    "Retail",    "Retail",    "Wholesale",
                                "Wholesale", "Wholesale", "Wholesale", "Wholesale", "Wholesale"};
    const bool a[] = {true, true, true, false, true, false, false, false, false, false};
    const char* regions[] = {"Madrid", "Madrid", "Lyon",   "Lyon",   "Lyon",
                             "Madrid", "Lyon",   "Madrid", "Madrid", "Lyon"};
    for (int k = 0; k < 10; ++k) {
        customers.add(profile(industries[k], regions[k], k == 0 ? "vip, export" : ""));
        classA.push_back(a[k]);
    }
    customers.add(profile("")); // no profile: counts nowhere
    classA.push_back(true);
    const ProspectFit fit(customers, classA);

    // Retail: overall share 4/10; class A share (3 + 5 x 0.4) / (4 + 5) = 5/9; lift 1.3889.
    const auto retail = fit.fitOf(profile("retail"));
    CHECK(retail.score == Approx(5.0 / 9.0 / 0.4));
    CHECK(retail.why == "industry retail: 75 % of Pareto customers (40 % of all)");
    // Madrid: (2 + 2.5) / 9 = 0.5 against 0.5: lift 1; the fit is the geometric mean.
    const auto both = fit.fitOf(profile("Retail", "Madrid"));
    CHECK(both.score == Approx(std::sqrt(5.0 / 9.0 / 0.4)));
    CHECK(both.why == "industry Retail: 75 % of Pareto customers (40 % of all)");
    // Wholesale: (1 + 3) / 9 against 0.6: below 1.
    CHECK(fit.fitOf(profile("Wholesale")).score == Approx(4.0 / 9.0 / 0.6));
    // A value no customer has says nothing; no field at all gives no fit.
    const auto unknown = fit.fitOf(profile("Mining"));
    CHECK(unknown.score == Approx(1.0));
    CHECK(unknown.why == "industry Mining: no customer has it");
    CHECK(std::isnan(fit.fitOf(profile("")).score));
    // The one tagged customer is class A: tag "vip" overall 1/1, A share (1 + 5) / (1 + 5).
    CHECK(fit.fitOf(profile("", "", "VIP")).score == Approx(1.0));
}

TEST_CASE("fit: a rare value cannot run away, the cap holds") {
    // 100 customers in Retail, one in Mining and class A, four class A in all.
    CustomerProfiles customers;
    std::vector<bool> classA;
    for (int k = 0; k < 100; ++k) {
        customers.add(profile(k == 0 ? "Mining" : "Retail"));
        classA.push_back(k < 4);
    }
    const ProspectFit fit(customers, classA);
    // Raw lift (1/4) / (1/100) = 25; shrunk (1 + 0.05) / 9 / 0.01 = 11.7; capped at 3.
    CHECK(fit.fitOf(profile("Mining")).score == Approx(ProspectFit::kFitCap));
}

TEST_CASE("the potential market: open prospects by industry and region, largest first") {
    std::vector<Prospect> prospects(5);
    prospects[0].profile = profile("Retail", "Madrid");
    prospects[1].profile = profile("Retail", "Madrid");
    prospects[2].profile = profile("Retail", "Lyon");
    prospects[3].profile = profile("Retail", "Madrid");
    prospects[3].status = ProspectStatus::Converted; // no longer potential
    prospects[4].profile = profile("", "Lyon");
    const std::vector<double> fits = {2.0, 1.0, 1.5, 3.0, std::nan("")};
    const auto market = potentialMarket(prospects, fits);
    REQUIRE(market.size() == 3);
    CHECK(market[0].industry == "Retail");
    CHECK(market[0].region == "Madrid");
    CHECK(market[0].prospects == 2);
    CHECK(market[0].meanFit == Approx(1.5));
    CHECK(market[1].industry == "(none)"); // ties keep the alphabetical order of the map
    CHECK(std::isnan(market[1].meanFit));
    CHECK(market[2].region == "Lyon");
}
