#pragma once

#include "core/base/error_fact.h"
#include "core/value/clv_data.h"

#include <optional>
#include <string>

namespace cartera {

// The Gamma-Gamma spend model (Fader, Hardie and Lee 2005; Colombo and Jiang 1999): a
// customer's transaction values are Gamma(p, nu) with nu drawn from Gamma(q, gamma). Fitted over
// the customers with repeat transactions and a positive mean repeat spend, in major units
// (minor units divided by `unit`, e.g. 100 for cents).
struct GammaGammaModel {
    double p = 0, q = 0, gamma = 0;
    double logLikelihood = 0;
    std::size_t customers = 0;
    double unit = 100;
    bool converged = false;
    std::optional<ErrorFact> problem; // why the fit is not to be trusted, when it is not

    static GammaGammaModel fit(const ClvData& data, double unit);
    // Expected value of a transaction (major units) of a customer with x repeat transactions
    // of mean value meanSpend (major units); a customer without repeats gets the population mean.
    double expectedSpend(double x, double meanSpend) const;
};

} // namespace cartera
