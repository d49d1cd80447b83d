#include "core/campaigns/campaign.h"
#include "test_portfolio.h"

#include <catch2/catch.hpp>
#include <numeric>

using namespace cartera;
using cartera::test::d;
using cartera::test::TestPortfolio;

TEST_CASE("campaign: the control group is exact in size, stable for a seed, and order-free") {
    std::vector<std::int64_t> ids(1000);
    std::iota(ids.begin(), ids.end(), 1);
    const std::vector<bool> a = controlGroup(ids, 10, 42);
    CHECK(std::count(a.begin(), a.end(), true) == 100);
    CHECK(controlGroup(ids, 10, 42) == a);
    CHECK(controlGroup(ids, 10, 43) != a); // another seed, another group
    // Reversed list: the same customers are held out.
    std::vector<std::int64_t> reversed(ids.rbegin(), ids.rend());
    const std::vector<bool> b = controlGroup(reversed, 10, 42);
    for (std::size_t k = 0; k < ids.size(); ++k)
        CHECK(b[ids.size() - 1 - k] == a[k]);
    // 5 % of 30 is 1.5: rounded half away from zero, 2.
    const auto small = controlGroup(std::span(ids).first(30), 5, 1);
    CHECK(std::count(small.begin(), small.end(), true) == 2);
}

TEST_CASE("campaign: response uplift with its Wald interval, worked by hand") {
    // 100 treated, 30 buy; 100 held out, 10 buy. Uplift 0.20; standard error
    // sqrt(0.3 x 0.7 / 100 + 0.1 x 0.9 / 100) = sqrt(0.003) = 0.0547723; half width
    // 1.959964 x 0.0547723 = 0.107352.
    TestPortfolio tp;
    std::vector<bool> control;
    for (int k = 0; k < 200; ++k) {
        const bool held = k >= 100;
        const bool buys = held ? k < 110 : k < 30;
        if (buys)
            tp.add("C" + std::to_string(k), {{"2026-03-05", 2000}});
        else
            tp.add("C" + std::to_string(k), {{"2025-01-05", 2000}});
        control.push_back(held);
    }
    const Portfolio p = tp.build();
    std::vector<std::uint32_t> members(200);
    std::iota(members.begin(), members.end(), 0u);
    Campaign c;
    c.start = d("2026-03-01").days();
    c.windowDays = 60;
    const CampaignResult r = evaluateCampaign(p, members, control, c, d("2026-06-30"));
    CHECK(r.final);
    CHECK(r.countedTo == d("2026-04-29").days());
    CHECK(r.treated.responders == 30);
    CHECK(r.control.responders == 10);
    REQUIRE(r.responseUplift);
    CHECK(r.responseUplift->estimate == Approx(0.20));
    CHECK(r.responseUplift->low == Approx(0.20 - 0.107352).epsilon(1e-5));
    CHECK(r.responseUplift->high == Approx(0.20 + 0.107352).epsilon(1e-5));
    // Before the window ends the result is partial.
    const CampaignResult early = evaluateCampaign(p, members, control, c, d("2026-03-04"));
    CHECK_FALSE(early.final);
    CHECK(early.treated.responders == 0);
}

TEST_CASE("campaign: revenue uplift with its Welch interval, worked by hand") {
    // Treated revenue 10, 20, 30 (mean 20, variance 100); control 0, 10 (mean 5, variance 50).
    // Difference 15; standard error sqrt(100/3 + 50/2) = 7.63763; Welch-Satterthwaite
    // df = 58.3333² / (33.3333²/2 + 25²/1) = 2.88, rounded down to 2: t = 4.303; half width
    // 32.8647. A refund inside the window counts against revenue, not as a response.
    const Portfolio p = TestPortfolio()
                            .add("T1", {{"2026-03-02", 1000}})
                            .add("T2", {{"2026-03-02", 2000}})
                            .add("T3", {{"2026-03-02", 3500}, {"2026-03-20", -500}})
                            .add("C1", {{"2026-02-27", 9900}}) // before the start
                            .add("C2", {{"2026-03-10", 1000}})
                            .build();
    const std::vector<std::uint32_t> members = {0, 1, 2, 3, 4};
    const std::vector<bool> control = {false, false, false, true, true};
    Campaign c;
    c.start = d("2026-03-01").days();
    const CampaignResult r = evaluateCampaign(p, members, control, c, d("2026-06-30"));
    CHECK(r.treated.revenue == 6000);
    CHECK(r.control.revenue == 1000);
    CHECK(r.control.responders == 1);
    REQUIRE(r.revenueUplift);
    CHECK(r.revenueUplift->estimate == Approx(1500)); // minor units
    CHECK(r.revenueUplift->low == Approx(1500 - 3286.47).epsilon(1e-4));
    CHECK(r.revenueUplift->high == Approx(1500 + 3286.47).epsilon(1e-4));
    CHECK(studentT975(2.88) == Approx(4.303));
    CHECK(studentT975(1000) == Approx(1.962).margin(0.001));
    CHECK(studentT975(40) == Approx(2.021).margin(0.001));
}

TEST_CASE("campaign: what a campaign needs, said when missing") {
    Campaign c;
    c.name = "Spring";
    c.channel = "email";
    CHECK(!campaignError(c));
    c.channel = "fax";
    CHECK(campaignError(c) == errorFact(ErrorKind::ChannelUnknown, "fax"));
    CHECK(errorText(*campaignError(c)) ==
          "the channel must be call, email, letter, visit or sms (not 'fax')");
    c.channel = "sms";
    c.controlPercent = 0;
    CHECK(campaignError(c) == errorFact(ErrorKind::CampaignControlRange));
}
