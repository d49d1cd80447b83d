#include "cdnow_portfolio.h"
#include "core/value/bgnbd_model.h"
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
