#include "core/recovery/recovery_queue_filter.h"
#include "core/recovery/recovery_report.h"
#include "test_portfolio.h"

#include <catch2/catch.hpp>

using namespace cartera;
using cartera::test::d;
using cartera::test::TestPortfolio;

TEST_CASE("recovery cases move identified → verified → contacted → won back or let go") {
    using S = RecoveryState;
    RecoveryCase c;
    CHECK(transitionError(c, S::Verified) == errorFact(ErrorKind::CaseVerifyNeedsReason));
    CHECK(errorText(*transitionError(c, S::Verified)) ==
          "verifying a loss needs its reason (price, service failure, …)");
    c.reason = "price";
    CHECK_FALSE(transitionError(c, S::Verified));
    CHECK(transitionError(c, S::Contacted) ==
          errorFact(ErrorKind::CaseTransition, "identified", "contacted"));
    CHECK(errorText(*transitionError(c, S::Contacted)).find("cannot become contacted") !=
          std::string::npos);
    CHECK(transitionError(c, S::WonBack));
    CHECK(transitionError(c, S::LetGo));
    c.state = S::Verified;
    CHECK_FALSE(transitionError(c, S::Contacted));
    CHECK(transitionError(c, S::WonBack));
    CHECK(transitionError(c, S::LetGo) == errorFact(ErrorKind::CaseLetGoNeedsReason));
    c.letGoReason = "recovery would cost more than it brings back";
    CHECK_FALSE(transitionError(c, S::LetGo));
    c.state = S::Contacted;
    CHECK_FALSE(transitionError(c, S::WonBack));
    CHECK_FALSE(transitionError(c, S::LetGo));
    CHECK(transitionError(c, S::Verified));
    CHECK(transitionError(c, S::Identified));
    for (S closed : {S::WonBack, S::LetGo}) {
        c.state = closed;
        for (S to : {S::Identified, S::Verified, S::Contacted, S::WonBack, S::LetGo})
            CHECK(transitionError(c, to) ==
                  errorFact(ErrorKind::CaseClosed, recoveryStateName(closed)));
    }
    CHECK(recoveryStateFromName("won back") == S::WonBack);
    CHECK(recoveryStateFromName("let-go") == S::LetGo);
    CHECK_FALSE(recoveryStateFromName("maybe"));
}

TEST_CASE("value at stake is the revenue of the 12 months before the loss") {
    const Portfolio p = TestPortfolio()
                            .add("K1", {{"2022-06-01", 999},
                                        {"2022-08-01", 1000},
                                        {"2023-01-15", 500},
                                        {"2023-02-01", -200},
                                        {"2023-06-30", 700}})
                            .build();
    ClassifyScratch scratch;
    const AnalysisSettings settings;
    const auto status = classifyCustomer(p, 0, settings, d("2024-12-31"), scratch);
    REQUIRE(status.activity == Activity::Lost);
    const std::int32_t lost = lostSince(status, p, 0, settings);
    CHECK(lost == d("2023-06-30").days() + 366);
    CHECK(Date::fromDays(lost) == d("2024-06-30"));
    // The year to the last purchase, (2022-06-30, 2023-06-30], refunds netted.
    CHECK(valueAtStake(p, 0, lost) == 1000 + 500 - 200 + 700);
    // A loss marked on 2023-02-10 looks back from the purchase of 2023-01-15 (the refund of
    // 2023-02-01 is no purchase and comes after it).
    CHECK(valueAtStake(p, 0, d("2023-02-10").days()) == 999 + 1000 + 500);
}

TEST_CASE("a purchase after the case opened wins the customer back, dated by that purchase") {
    const Portfolio p =
        TestPortfolio()
            .add("K1",
                 {{"2022-01-01", 100}, {"2024-03-01", -50}, {"2024-03-10", 80}, {"2024-05-01", 90}})
            .build();
    RecoveryCase c;
    c.opened = d("2024-02-01").days();
    CHECK(winBackDay(c, p.daysOf(0), p.amountsOf(0), d("2024-03-09")) ==
          std::nullopt); // a refund is no purchase
    CHECK(winBackDay(c, p.daysOf(0), p.amountsOf(0), d("2024-06-01")) == d("2024-03-10").days());
}

TEST_CASE("the queue puts Pareto customers first, then value at stake minus cost") {
    // All four are lost on 2025-06-30; "big" is the Pareto customer of all time.
    const Portfolio p = TestPortfolio()
                            .add("big", {{"2023-01-01", 100000}})
                            .add("mid", {{"2023-06-01", 3000}})
                            .add("small", {{"2023-06-01", 2000}})
                            .add("costly", {{"2023-06-01", 5000}})
                            .add("active", {{"2025-06-01", 10}})
                            .build();
    const AnalysisSettings settings;
    const auto metrics = computeCustomerMetrics(p, settings, d("2025-06-30"));
    RecoveryCase costly;
    costly.id = 1;
    costly.customerId = 4;
    costly.opened = d("2025-01-01").days();
    costly.state = RecoveryState::Verified;
    costly.expectedCost = 4000;
    const auto queue = recoveryQueue(p, metrics, settings, {costly});
    REQUIRE(queue.size() == 4);
    CHECK(p.externalId[queue[0].customer] == "big");
    CHECK(queue[0].pareto);
    CHECK(p.externalId[queue[1].customer] == "mid");    // 3000 - 0
    CHECK(p.externalId[queue[2].customer] == "small");  // 2000 - 0
    CHECK(p.externalId[queue[3].customer] == "costly"); // 5000 - 4000
    CHECK(queue[3].caseId == 1);
    CHECK(queue[3].state == RecoveryState::Verified);
    // A case closed for this loss takes the customer out of the queue.
    costly.state = RecoveryState::LetGo;
    CHECK(recoveryQueue(p, metrics, settings, {costly}).size() == 3);
}

TEST_CASE("recovery metrics on a small portfolio") {
    const Portfolio p =
        TestPortfolio()
            .add("A", {{"2022-01-01", 100}, {"2024-03-01", 400}, {"2025-04-01", 999}})
            .add("B", {{"2022-01-01", 100}, {"2024-05-01", 200}})
            .add("C", {{"2022-01-01", 100}})
            .build();
    auto make = [](std::int64_t id, std::int64_t customer, RecoveryState s, const char* opened,
                   const char* closed, const char* reason, bool fault) {
        RecoveryCase c;
        c.id = id;
        c.customerId = customer;
        c.state = s;
        c.opened = d(opened).days();
        c.closed = closed ? d(closed).days() : kNoDay;
        c.reason = reason;
        c.ourFault = fault;
        return c;
    };
    std::vector<RecoveryCase> cases = {
        make(1, 1, RecoveryState::WonBack, "2024-02-20", "2024-03-01", "price", false),
        make(2, 2, RecoveryState::WonBack, "2024-04-01", "2024-05-01", "service failure", true),
        make(3, 3, RecoveryState::LetGo, "2024-01-01", "2024-02-01", "service failure", true),
        make(4, 3, RecoveryState::Contacted, "2024-06-01", nullptr, "", false)};
    cases[3].correctiveAction = "call back";
    cases[3].actionDue = d("2024-06-15").days();
    const RecoveryMetrics m = recoveryMetrics(p, cases, d("2024-12-31"));
    CHECK(m.closed == 3);
    CHECK(m.open == 1);
    CHECK(m.wonBack == 2);
    CHECK(m.recoveryRate == Approx(2.0 / 3.0));
    // A: 400 on the win-back day (2025's purchase is after the as-of date); B: 200.
    CHECK(m.revenueWonBack == 600);
    CHECK(m.medianDaysToWinBack == Approx((10 + 30) / 2.0)); // 2024 has a 29 February
    CHECK(m.lossesByReason.at("service failure") == 2);
    CHECK(m.ourFault == 2);
    CHECK(m.ourFaultShare == Approx(2.0 / 3.0));
    CHECK(m.actionsOpen == 1);
    CHECK(m.actionsOverdue == 1);
}

TEST_CASE("the queue filter keeps lines by owner, by case state and by the case's reason") {
    CustomerDirectory directory;
    directory.add("A", "Ana", "", "", "Ruiz");
    directory.add("B", "Ben", "", "", "Okafor");
    directory.add("C", "Cy", "", "", "Ruiz");
    directory.add("D", "Di", "", "", "Ruiz");
    RecoveryCase price;
    price.id = 7;
    price.reason = "price";
    price.state = RecoveryState::Verified;
    RecoveryCase unknown;
    unknown.id = 8;
    unknown.state = RecoveryState::Identified;
    const std::vector<RecoveryCase> cases{price, unknown};
    const std::vector<RecoveryQueueEntry> queue{{0, 7, RecoveryState::Verified},
                                                {1, 0, RecoveryState::Identified},
                                                {2, 8, RecoveryState::Identified},
                                                {3, 0, RecoveryState::Identified}};
    auto customers = [&](const RecoveryQueueFilter& f) {
        std::string out;
        for (const auto& e : filterRecoveryQueue(queue, f, directory, cases))
            out += directory.name[e.customer].front();
        return out;
    };
    using Cases = RecoveryQueueFilter::Cases;
    auto filter = [](std::string owner, std::string reason, Cases cases = Cases::Any,
                     RecoveryState state = RecoveryState::Identified) {
        RecoveryQueueFilter f;
        f.owner = std::move(owner);
        f.reason = std::move(reason);
        f.cases = cases;
        f.state = state;
        return f;
    };
    CHECK(customers(filter("", "")) == "ABCD");
    CHECK(customers(filter("Ruiz", "")) == "ACD");
    CHECK(customers(filter("Nobody", "")).empty());
    CHECK(customers(filter("", "price")) == "A");
    CHECK(customers(filter("", "", Cases::NoCaseYet)) == "BD");
    // "identified" means a case in that state, not a customer without a case.
    CHECK(customers(filter("", "", Cases::InState, RecoveryState::Identified)) == "C");
    CHECK(customers(filter("Ruiz", "", Cases::InState, RecoveryState::Verified)) == "A");
    // A filter that keeps everything says so (the app then shows the queue without a copy).
    CHECK(filter("", "").keepsAll());
    CHECK_FALSE(filter("Ruiz", "").keepsAll());
    CHECK_FALSE(filter("", "price").keepsAll());
    CHECK_FALSE(filter("", "", Cases::NoCaseYet).keepsAll());
    CHECK_FALSE(filter("", "", Cases::InState, RecoveryState::Identified).keepsAll());
}
