#pragma once

#include "core/base/error_fact.h"
#include "core/value/clv_data.h"

#include <optional>
#include <string>

namespace cartera {

// The BG/NBD model of Fader, Hardie and Lee (2005): while alive, a customer buys at a Poisson
// rate drawn from Gamma(r, alpha); after each purchase it leaves with a probability drawn from
// Beta(a, b). Fitted by maximum likelihood over (x, tx, T).
struct BgNbdModel {
    double r = 0, alpha = 0, a = 0, b = 0;
    double logLikelihood = 0;
    std::size_t customers = 0;
    bool converged = false;
    std::optional<ErrorFact> problem; // why the fit is not to be trusted, when it is not

    static double logLikelihoodOf(double r, double alpha, double a, double b, double x, double tx,
                                  double T);
    // Fits over the customers in the calibration period; never throws on bad data: a fit that
    // does not converge says so in `converged` and `problem`.
    static BgNbdModel fit(const ClvData& data);

    // Probability the customer is still alive at the end of its calibration period.
    double pAlive(double x, double tx, double T) const;
    // Expected transactions in the next t weeks of a customer with history (x, tx, T). It is
    // purchasesIfAlive(t, x, T) * pAlive(x, tx, T): the first factor does not depend on tx, so
    // customers with the same x and T share it.
    double expectedPurchases(double t, double x, double tx, double T) const;
    double purchasesIfAlive(double t, double x, double T) const;
    // Expected transactions in the first t weeks of a new customer's life.
    double expectedPurchasesNew(double t) const;
};

// Gauss's hypergeometric function 2F1(a, b; c; z) for 0 <= z < 1, by its series.
double hypergeometric2F1(double a, double b, double c, double z);

} // namespace cartera
