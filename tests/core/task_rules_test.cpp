#include "core/customers/customer_metrics.h"
#include "core/tasks/task_rules.h"
#include "test_portfolio.h"

#include <catch2/catch.hpp>

using namespace cartera;
using cartera::test::d;
using cartera::test::TestPortfolio;

namespace {

void switchOff(TaskRuleSettings& r) {
    r.paretoAtRisk = false;
    r.pAliveBelowPercent.reset();
    r.onboardingDays.reset();
    r.tierDown = false;
    r.declinePercent.reset();
    r.birthdayDays.reset();
    r.actionOverdue = false;
    r.contactedQuietDays.reset();
    r.prospectQuietDays.reset();
}

// The rules as of one day, over a portfolio and whatever else the test gives.
struct Run {
    explicit Run(const Portfolio* p) : portfolio(p) { switchOff(rules); }
    const Portfolio* portfolio;
    TaskRuleSettings rules;
    std::vector<std::int32_t> birthdays;
    const RewardTiers* tiers = nullptr;
    std::vector<RecoveryCase> cases;
    std::vector<ProspectFollowUp> prospects;
    const ClvReport* clv = nullptr;

    std::vector<Task> at(const char* day) const {
        const CustomerMetrics metrics = computeCustomerMetrics(*portfolio, {}, d(day));
        TaskRuleInputs in;
        in.portfolio = portfolio;
        in.metrics = &metrics;
        in.birthdays = birthdays;
        in.tiers = tiers;
        in.cases = cases;
        in.prospects = prospects;
        in.clv = clv;
        return evaluateTaskRules(in, rules);
    }
};

std::vector<Task> ofRule(const std::vector<Task>& tasks, const std::string& rule) {
    std::vector<Task> out;
    for (const Task& t : tasks)
        if (t.rule == rule)
            out.push_back(t);
    return out;
}

} // namespace

TEST_CASE("rule: a class A customer turning at risk fires on the day its cadence breaks") {
    // A buys every 10 days (median gap 10): at risk once silent for more than 3 x 10 days,
    // that is 31 days after 2026-01-21. B and C are small, so A alone is class A.
    const Portfolio p =
        TestPortfolio()
            .add("A", {{"2026-01-01", 100000}, {"2026-01-11", 100000}, {"2026-01-21", 100000}})
            .add("B", {{"2026-02-01", 1000}})
            .add("C", {{"2026-02-01", 1000}})
            .build();
    Run run(&p);
    run.rules.paretoAtRisk = true;
    CHECK(run.at("2026-02-20").empty());
    const auto fired = run.at("2026-02-21");
    REQUIRE(fired.size() == 1);
    CHECK(fired[0].subjectId == 1);
    CHECK(fired[0].due == d("2026-02-21").days());
    CHECK(fired[0].occurrence == d("2026-01-21").days());
    CHECK(fired[0].kind == TaskKind::Retention);
    CHECK(fired[0].text == "class A, at risk: 31 days since last purchase, usual gap 10 days");
    // A later run finds the same occurrence, due the same day.
    const auto later = run.at("2026-03-15");
    REQUIRE(later.size() == 1);
    CHECK(later[0].due == fired[0].due);
    CHECK(later[0].occurrence == fired[0].occurrence);
    // Occurrences older than the look-back are history, not tasks.
    CHECK(run.at("2026-04-22").size() == 1);
    CHECK(run.at("2026-04-23").empty());
    run.rules.lookbackDays = 10;
    CHECK(run.at("2026-03-03").size() == 1);
    CHECK(run.at("2026-03-04").empty());
}

TEST_CASE("rule: onboarding fires N days after a lone first purchase, not before") {
    const Portfolio p = TestPortfolio()
                            .add("N", {{"2026-03-01", 5000}})
                            .add("R", {{"2026-03-01", 5000}, {"2026-03-20", 5000}})
                            .build();
    Run run(&p);
    run.rules.onboardingDays = 30;
    CHECK(run.at("2026-03-30").empty());
    const auto fired = run.at("2026-03-31");
    REQUIRE(fired.size() == 1); // R made its second purchase
    CHECK(fired[0].subjectId == 1);
    CHECK(fired[0].due == d("2026-03-31").days());
    CHECK(fired[0].occurrence == d("2026-03-01").days());
    CHECK(fired[0].text == "new customer, no second purchase 30 days after the first (2026-03-01)");
}

TEST_CASE("rule: a step down a reward tier fires on the day a purchase leaves the window") {
    // 300.00 over 3 days is Silver; on 2026-03-10 the purchase of 2025-03-10 leaves the
    // 12-month window (2025-03-10, 2026-03-10], leaving 200.00: Bronze.
    const RewardTiers tiers = RewardTiers::defaults(2);
    const Portfolio p =
        TestPortfolio()
            .add("T", {{"2025-03-10", 10000}, {"2025-06-01", 10000}, {"2025-09-01", 10000}})
            .add("U", {{"2025-03-10", 10000},
                       {"2025-06-01", 10000},
                       {"2025-09-01", 10000},
                       {"2026-03-20", 10000}}) // made good ten days later
            .build();
    Run run(&p);
    run.rules.tierDown = true;
    run.tiers = &tiers;
    CHECK(run.at("2026-03-09").empty());
    const auto fired = run.at("2026-03-10");
    REQUIRE(fired.size() == 2);
    CHECK(fired[0].due == d("2026-03-10").days());
    CHECK(fired[0].occurrence == d("2026-03-10").days());
    CHECK(fired[0].text ==
          "down from Silver to Bronze on 2026-03-10 (12-month revenue 200.00, 2 purchase days)");
    const auto later = ofRule(run.at("2026-03-25"), "tier_down");
    REQUIRE(later.size() == 1); // U is Silver again
    CHECK(later[0].subjectId == 1);
    CHECK(later[0].occurrence == fired[0].occurrence);
    // 60 days on (the default look-back) the step is still seen; a day later it is history.
    CHECK(run.at("2026-05-09").size() == 1);
    CHECK(run.at("2026-05-10").empty());
}

TEST_CASE("rule: a veteran's fall fires on the day it began, or the day it became a veteran") {
    // On 2026-01-01 the purchase of 2025-01-01 moves to the previous 12 months: 300.00 now
    // against 1,000.00 before, a 70 % fall (more than 30 %). The day before: 800.00 against
    // 500.00, a rise.
    const Portfolio p =
        TestPortfolio()
            .add("V", {{"2024-07-01", 50000}, {"2025-01-01", 50000}, {"2025-07-01", 30000}},
                 "2020-01-01")
            .add("W", {{"2024-07-01", 50000}, {"2025-01-01", 50000}, {"2025-07-01", 30000}},
                 "2021-01-15") // a veteran only from 2026-01-15
            .build();
    Run run(&p);
    run.rules.declinePercent = 30;
    CHECK(run.at("2025-12-31").empty());
    const auto fired = run.at("2026-01-01");
    REQUIRE(fired.size() == 1);
    CHECK(fired[0].subjectId == 1);
    CHECK(fired[0].due == d("2026-01-01").days());
    CHECK(fired[0].text ==
          "veteran, 12-month revenue 300.00 against 1,000.00 the 12 months before (-70 %)");
    CHECK(run.at("2026-01-14").size() == 1);
    const auto both = run.at("2026-01-15");
    REQUIRE(both.size() == 2);
    CHECK(both[0].subjectId == 1);
    CHECK(both[0].due == d("2026-01-01").days()); // unchanged by a later run
    CHECK(both[1].subjectId == 2);
    CHECK(both[1].due == d("2026-01-15").days());
    // A smaller fall does not count: at 80 % only falls of more than 80 % do.
    run.rules.declinePercent = 80;
    CHECK(run.at("2026-01-15").empty());
}

TEST_CASE("rule: a birthday fires N days before it, once a year, 29 February on the 28th") {
    const Portfolio p =
        TestPortfolio().add("B", {{"2026-01-05", 1000}}).add("L", {{"2026-01-05", 1000}}).build();
    Run run(&p);
    run.rules.birthdayDays = 7;
    run.birthdays = {d("1980-07-04").days(), d("1984-02-29").days()};
    CHECK(run.at("2026-06-26").empty());
    const auto fired = run.at("2026-06-27");
    REQUIRE(fired.size() == 1);
    CHECK(fired[0].kind == TaskKind::Birthday);
    CHECK(fired[0].due == d("2026-06-27").days());
    CHECK(fired[0].occurrence == d("2026-07-04").days());
    CHECK(fired[0].text == "birthday on 2026-07-04 (turns 46)");
    CHECK(run.at("2026-07-05").empty()); // the next one is a year away
    CHECK(run.at("2026-02-20").empty());
    const auto leap = run.at("2026-02-21");
    REQUIRE(leap.size() == 1);
    CHECK(leap[0].text == "birthday on 2026-02-28 (turns 42)");
}

namespace {

RecoveryCase contactedCase() {
    RecoveryCase c;
    c.id = 7;
    c.customerId = 1;
    c.state = RecoveryState::Contacted;
    c.opened = d("2026-04-20").days();
    c.reason = "price";
    c.correctiveAction = "call the warehouse";
    c.actionOwner = "ana";
    c.actionDue = d("2026-05-10").days();
    RecoveryAttempt first;
    first.day = d("2026-05-01").days();
    first.channel = "call";
    RecoveryAttempt second = first;
    second.day = d("2026-05-20").days();
    c.attempts = {second, first};
    return c;
}

} // namespace

TEST_CASE("rule: an overdue corrective action fires the day after it was due") {
    const Portfolio p = TestPortfolio().add("X", {{"2024-01-05", 1000}}).build();
    Run run(&p);
    run.rules.actionOverdue = true;
    run.cases = {contactedCase()};
    CHECK(run.at("2026-05-10").empty());
    const auto fired = run.at("2026-05-11");
    REQUIRE(fired.size() == 1);
    CHECK(fired[0].subject == TaskSubject::RecoveryCase);
    CHECK(fired[0].subjectId == 7);
    CHECK(fired[0].owner == "ana");
    CHECK(fired[0].due == d("2026-05-11").days());
    CHECK(fired[0].occurrence == d("2026-05-10").days());
    run.cases[0].actionDone = true;
    CHECK(run.at("2026-05-11").empty());
}

TEST_CASE("rule: a contacted case without an attempt for N days fires on day N") {
    const Portfolio p = TestPortfolio().add("X", {{"2024-01-05", 1000}}).build();
    Run run(&p);
    run.rules.contactedQuietDays = 14;
    run.cases = {contactedCase()};
    CHECK(run.at("2026-06-02").empty());
    const auto fired = run.at("2026-06-03");
    REQUIRE(fired.size() == 1);
    CHECK(fired[0].occurrence == d("2026-05-20").days());
    CHECK(fired[0].text == "contacted, no attempt for 14 days (last 2026-05-20)");
    // Replayed before the second attempt, the first one is the last: due 2026-05-15.
    const auto replay = run.at("2026-05-16");
    REQUIRE(replay.size() == 1);
    CHECK(replay[0].due == d("2026-05-15").days());
}

TEST_CASE("rule: an open prospect without a contact for N days fires on day N") {
    const Portfolio p = TestPortfolio().build();
    Run run(&p);
    run.rules.prospectQuietDays = 21;
    run.prospects = {{3, "ana", ProspectStatus::Qualified, d("2026-05-01").days()},
                     {4, "ana", ProspectStatus::Converted, d("2026-05-01").days()}};
    CHECK(run.at("2026-05-21").empty());
    const auto fired = run.at("2026-05-22");
    REQUIRE(fired.size() == 1);
    CHECK(fired[0].subject == TaskSubject::Prospect);
    CHECK(fired[0].subjectId == 3);
    CHECK(fired[0].text == "qualified prospect, no contact for 21 days (last 2026-05-01)");
}

TEST_CASE("rule: P(alive) below the threshold fires on the first day the model says so") {
    // A fitted model (CDNOW's parameters) and one class A customer with 2 repeat purchases.
    const Portfolio p =
        TestPortfolio()
            .add("A", {{"2025-01-01", 90000}, {"2025-02-01", 90000}, {"2025-03-01", 90000}})
            .add("B", {{"2025-03-01", 1000}})
            .build();
    ClvReport clv;
    clv.bgnbd.r = 0.242595;
    clv.bgnbd.alpha = 4.41360;
    clv.bgnbd.a = 0.792922;
    clv.bgnbd.b = 2.42591;
    clv.bgnbd.converged = true;
    clv.gammaGamma.converged = true;
    const std::int32_t first = d("2025-01-01").days();
    const double tx = (d("2025-03-01").days() - first) / 7.0;
    auto at = [&](const char* day) {
        const double T = (d(day).days() - first) / 7.0;
        ClvCustomer c;
        c.inCalibration = true;
        c.firstDay = first;
        c.repeats = 2;
        c.lastRepeatDays = d("2025-03-01").days() - first;
        c.ageDays = d(day).days() - first;
        c.meanRepeatSpend = 900;
        clv.data.customers = {c, ClvCustomer{}};
        clv.pAlive = {static_cast<float>(clv.bgnbd.pAlive(2, tx, T)), NAN};
        Run run(&p);
        run.rules.pAliveBelowPercent = 30;
        run.rules.lookbackDays.reset();
        run.clv = &clv;
        return run.at(day);
    };
    // The first day below 30 %, found independently by walking the days.
    std::int32_t crossing = d("2025-03-01").days();
    while (clv.bgnbd.pAlive(2, tx, (crossing - first) / 7.0) >= 0.3)
        ++crossing;
    REQUIRE(crossing < d("2026-01-01").days());
    const std::string before = Date::fromDays(crossing - 1).toIso();
    const std::string on = Date::fromDays(crossing).toIso();
    CHECK(at(before.c_str()).empty());
    const auto fired = at(on.c_str());
    REQUIRE(fired.size() == 1);
    CHECK(fired[0].due == crossing);
    CHECK(fired[0].occurrence == d("2025-03-01").days());
    const auto later = at("2026-01-01");
    REQUIRE(later.size() == 1);
    CHECK(later[0].due == crossing);
}

TEST_CASE("rule settings: on/off and numbers in range, named when wrong") {
    TaskRuleSettings s;
    s.set("rule_onboarding_days", "45");
    CHECK(s.onboardingDays == 45);
    s.set("rule_onboarding_days", "off");
    CHECK(!s.onboardingDays);
    s.set("rule_tier_down", "off");
    CHECK(!s.tierDown);
    CHECK_THROWS_WITH(s.set("rule_tier_down", "yes"),
                      "rule_tier_down must be on or off (not 'yes')");
    CHECK_THROWS_WITH(s.set("rule_birthday_days", "61"),
                      "rule_birthday_days must be off or a whole number from 0 to 60 (not '61')");
    CHECK_THROWS_WITH(s.set("rule_nope", "1"), "no rule setting 'rule_nope'");
    TaskRuleSettings copy;
    for (const auto& [key, value] : s.toPairs())
        copy.set(key, value);
    CHECK(copy.toPairs() == s.toPairs());
}
