#pragma once

#include "core/base/date.h"
#include "core/portfolio/portfolio.h"
#include "core/value/bgnbd_model.h"
#include "core/value/clv_data.h"
#include "core/value/gamma_gamma_model.h"

#include <optional>
#include <vector>

namespace cartera {

struct ClvOptions {
    int horizonMonths = 24;
    double monthlyDiscount = 0.01; // 1 % a month
    double predictionWeeks = 12;   // for "expected purchases in the next N weeks"
    int minorDigits = 2;
};

// Predicted against actual repeat transactions in the holdout period (C, H].
struct HoldoutCheck {
    struct Bucket {
        int calibrationRepeats = 0; // x; the last bucket holds x >= lastBucket
        std::size_t customers = 0;
        double predicted = 0; // sum of E[repeats in (C, H]]
        double actual = 0;
    };
    static constexpr int kLastBucket = 7;
    std::vector<Bucket> buckets; // x = 0, 1, ..., 7+
    double predicted = 0;
    double actual = 0;
    // Cumulative repeat transactions per week from the first purchase of the portfolio to H.
    std::vector<double> weeklyPredicted;
    std::vector<double> weeklyActual;
    Date firstWeekStart;
    // The model passes when its total is within kTolerance of what happened.
    static constexpr double kTolerance = 0.2;
    bool passed() const;
};

// Lifetime value per customer from BG/NBD (how many purchases) and Gamma-Gamma (how much each),
// fitted on the calibration period that ends on C (by default the as-of day).
struct ClvReport {
    ClvData data;
    BgNbdModel bgnbd;
    GammaGammaModel gammaGamma;
    ClvOptions options;
    // By portfolio index; NaN for customers without a purchase by C or when a model failed.
    std::vector<float> pAlive;
    std::vector<float> expectedPurchases; // in the next options.predictionWeeks weeks
    std::vector<double> expectedSpend;    // per transaction, minor units
    std::vector<double> clv;              // discounted, over the horizon, minor units
    std::optional<HoldoutCheck> holdout;

    bool usable() const { return bgnbd.converged && gammaGamma.converged; }

    static ClvReport compute(const Portfolio& portfolio, Date calibrationEnd,
                             std::optional<Date> holdoutEnd, const ClvOptions& options);
};

} // namespace cartera
