#include "cdnow_portfolio.h"
#include "core/value/bfgs.h"
#include "core/value/bgnbd_model.h"
#include "core/value/clv_report.h"
#include "core/value/gamma_gamma_model.h"
#include "test_portfolio.h"

#include <catch2/catch.hpp>
#include <cmath>

using namespace cartera;
using cartera::test::d;

namespace {

// Agreement to `digits` significant digits.
bool sameDigits(double value, double expected, int digits) {
    return std::abs(value - expected) <=
           0.5 * std::pow(10.0, -digits + 1) * std::abs(expected) * 1.0000001;
}

} // namespace

TEST_CASE("CDNOW: BG/NBD and Gamma-Gamma reproduce the published fits") {
    const Portfolio p = cartera::test::cdnowPortfolio();
    REQUIRE(p.customerCount() == 2357);
    const ClvData data = prepareClvData(p, d("1997-09-30"));
    const BgNbdModel bg = BgNbdModel::fit(data);
    INFO("r " << bg.r << " alpha " << bg.alpha << " a " << bg.a << " b " << bg.b << " LL "
              << bg.logLikelihood);
    CHECK(bg.converged);
    CHECK(bg.customers == 2357);
    CHECK(sameDigits(bg.r, 0.24259, 4));
    CHECK(sameDigits(bg.alpha, 4.41360, 4));
    CHECK(sameDigits(bg.a, 0.79292, 4));
    CHECK(sameDigits(bg.b, 2.42589, 4));
    CHECK(std::abs(bg.logLikelihood - -9582.429) < 0.005);

    const GammaGammaModel gg = GammaGammaModel::fit(data, 100);
    INFO("p " << gg.p << " q " << gg.q << " gamma " << gg.gamma);
    CHECK(gg.converged);
    CHECK(gg.customers == 946);
    CHECK(sameDigits(gg.p, 6.25, 3));
    CHECK(sameDigits(gg.q, 3.74, 3));
    CHECK(sameDigits(gg.gamma, 15.44, 4));
}

TEST_CASE("calibration data: one transaction a day, refunds aside, weeks from the first day") {
    // C = 2025-03-31. A: first 2025-01-06, repeats on 01-20 (two lines) and 03-03, one refund,
    // and a purchase in the holdout. B: one purchase. C: first purchase after C.
    const Portfolio p = cartera::test::TestPortfolio()
                            .add("A", {{"2025-01-06", 1000},
                                       {"2025-01-20", 300},
                                       {"2025-01-20", 200},
                                       {"2025-02-01", -100},
                                       {"2025-03-03", 1500},
                                       {"2025-04-10", 700},
                                       {"2025-04-10", 100}})
                            .add("B", {{"2025-02-24", 900}})
                            .add("C", {{"2025-04-01", 100}})
                            .build();
    const ClvData data = prepareClvData(p, d("2025-03-31"), d("2025-06-30"));
    const ClvCustomer& a = data.customers[0];
    REQUIRE(a.inCalibration);
    CHECK(a.x() == 2);
    CHECK(a.tx() == Approx(56.0 / 7)); // 01-06 to 03-03
    CHECK(a.T() == Approx(84.0 / 7));  // 01-06 to 03-31
    CHECK(a.meanRepeatSpend == Approx((500.0 + 1500.0) / 2));
    CHECK(a.holdoutTransactions == 1);
    const ClvCustomer& b = data.customers[1];
    CHECK(b.x() == 0);
    CHECK(b.tx() == 0);
    CHECK(b.T() == Approx(35.0 / 7));
    CHECK_FALSE(data.customers[2].inCalibration);
}

TEST_CASE("CDNOW: conditional expectations, P(alive), and the holdout check") {
    const Portfolio p = cartera::test::cdnowPortfolio();
    ClvOptions options;
    const ClvReport report = ClvReport::compute(p, d("1997-09-30"), d("1998-06-30"), options);
    REQUIRE(report.usable());
    const BgNbdModel& m = report.bgnbd;
    // Fader, Hardie and Lee (2005), section 5: a customer with x = 2, tx = 30.43, T = 38.86
    // is expected to make 1.226 purchases in the next 39 weeks.
    CHECK(m.expectedPurchases(39, 2, 30.43, 38.86) == Approx(1.226).margin(0.0005));
    CHECK(m.pAlive(0, 0, 38.86) == 1.0);
    CHECK(m.pAlive(2, 30.43, 38.86) > m.pAlive(2, 10, 38.86)); // a longer silence, less alive
    REQUIRE(report.holdout);
    const HoldoutCheck& h = *report.holdout;
    // Every purchase day after the first, in (C, H], of the customers who started by C: all
    // 2,357 CDNOW customers started in the first quarter of 1997.
    double actual = 0;
    for (std::size_t i = 0; i < p.customerCount(); ++i) {
        std::int32_t previous = kNoDay;
        for (std::size_t k = 0; k < p.daysOf(i).size(); ++k) {
            const std::int32_t day = p.daysOf(i)[k];
            if (day > d("1997-09-30").days() && day != previous && p.amountsOf(i)[k] >= 0)
                actual += 1;
            previous = day;
        }
    }
    CHECK(h.actual == actual);
    std::size_t customers = 0;
    double predicted = 0;
    for (const auto& b : h.buckets) {
        customers += b.customers;
        predicted += b.predicted;
    }
    CHECK(customers == 2357);
    CHECK(predicted == Approx(h.predicted));
    INFO("holdout predicted " << h.predicted << " actual " << h.actual);
    CHECK(h.passed());
    CHECK(h.weeklyActual.back() - h.weeklyActual[38] == Approx(h.actual).margin(60));
    // CLV is the discounted sum of expected purchases times expected spend.
    for (std::size_t i = 0; i < 20; ++i) {
        CHECK(report.clv[i] >= 0);
        CHECK(report.pAlive[i] <= 1.0f);
    }
}

TEST_CASE("digamma against tabulated values") {
    CHECK(digamma(1.0) == Approx(-0.5772156649015329).epsilon(1e-12));
    CHECK(digamma(0.5) == Approx(-1.9635100260214235).epsilon(1e-12));
    CHECK(digamma(10.0) == Approx(2.251752589066721).epsilon(1e-12));
    CHECK(digamma(0.01) == Approx(-100.56088545786867).epsilon(1e-12));
}
