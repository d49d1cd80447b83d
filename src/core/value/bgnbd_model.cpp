#include "core/value/bgnbd_model.h"

#include "core/value/nelder_mead.h"

#include <cmath>
#include <fmt/format.h>
#include <map>
#include <tuple>

namespace cartera {

double hypergeometric2F1(double a, double b, double c, double z) {
    double term = 1.0;
    double sum = 1.0;
    for (int k = 0; k < 100000; ++k) {
        term *= (a + k) * (b + k) / ((c + k) * (k + 1.0)) * z;
        sum += term;
        if (std::abs(term) < 1e-15 * std::abs(sum))
            break;
    }
    return sum;
}

double BgNbdModel::logLikelihoodOf(double r, double alpha, double a, double b, double x, double tx,
                                   double T) {
    const double a1 = std::lgamma(r + x) - std::lgamma(r) + r * std::log(alpha);
    const double a2 =
        std::lgamma(a + b) + std::lgamma(b + x) - std::lgamma(b) - std::lgamma(a + b + x);
    const double a3 = -(r + x) * std::log(alpha + T);
    if (x <= 0)
        return a1 + a2 + a3;
    const double a4 = std::log(a) - std::log(b + x - 1) - (r + x) * std::log(alpha + tx);
    // log(exp(a3) + exp(a4)) without overflow.
    const double hi = std::max(a3, a4);
    return a1 + a2 + hi + std::log(std::exp(a3 - hi) + std::exp(a4 - hi));
}

BgNbdModel BgNbdModel::fit(const ClvData& data) {
    // Customers with the same history contribute the same term: fit over distinct triples.
    std::map<std::tuple<double, double, double>, double> weights;
    for (const ClvCustomer& c : data.customers)
        if (c.inCalibration)
            weights[{c.x, c.tx, c.T}] += 1.0;
    BgNbdModel m;
    for (const auto& [key, w] : weights)
        m.customers += static_cast<std::size_t>(w);
    if (m.customers < 10) {
        m.problem = fmt::format("only {} customers bought in the calibration period; the model "
                                "needs more",
                                m.customers);
        return m;
    }
    std::vector<std::array<double, 4>> rows;
    rows.reserve(weights.size());
    for (const auto& [key, w] : weights)
        rows.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), w});
    // Parameters on the log scale keep them positive.
    auto negLL = [&](std::span<const double> p) {
        const double r = std::exp(p[0]), alpha = std::exp(p[1]), a = std::exp(p[2]),
                     b = std::exp(p[3]);
        double ll = 0;
        for (const auto& row : rows)
            ll += row[3] * logLikelihoodOf(r, alpha, a, b, row[0], row[1], row[2]);
        return -ll;
    };
    // Start from a few points: a single one can end on a plateau for unusual data.
    Minimum best;
    best.value = std::numeric_limits<double>::infinity();
    for (const auto& start : {std::vector<double>{0, 0, 0, 0}, std::vector<double>{-1, 1, -0.5, 1},
                              std::vector<double>{0.5, 2, 0.5, 0.5}}) {
        Minimum run = minimizeNelderMead(negLL, start);
        if (run.value < best.value)
            best = run;
    }
    if (!std::isfinite(best.value)) {
        m.problem = "the likelihood could not be evaluated for any parameters";
        return m;
    }
    m.r = std::exp(best.x[0]);
    m.alpha = std::exp(best.x[1]);
    m.a = std::exp(best.x[2]);
    m.b = std::exp(best.x[3]);
    m.logLikelihood = -best.value;
    m.converged = best.converged;
    for (double v : best.x)
        if (std::abs(v) > 25) {
            m.converged = false;
            m.problem = "a parameter ran off to zero or infinity: the data do not determine the "
                        "model (too few repeat purchases, or a calibration period too short)";
        }
    if (!best.converged && m.problem.empty())
        m.problem = "the fit did not settle within its iteration limit";
    return m;
}

double BgNbdModel::pAlive(double x, double tx, double T) const {
    if (x <= 0)
        return 1.0;
    const double ratio =
        a / (b + x - 1) * std::exp((r + x) * (std::log(alpha + T) - std::log(alpha + tx)));
    return 1.0 / (1.0 + ratio);
}

double BgNbdModel::expectedPurchases(double t, double x, double tx, double T) const {
    if (t <= 0)
        return 0;
    const double z = t / (alpha + T + t);
    const double hyper = hypergeometric2F1(r + x, b + x, a + b + x - 1, z);
    const double head = (a + b + x - 1) / (a - 1);
    const double tail =
        1 - std::exp((r + x) * (std::log(alpha + T) - std::log(alpha + T + t))) * hyper;
    const double alive =
        x > 0
            ? 1 + a / (b + x - 1) * std::exp((r + x) * (std::log(alpha + T) - std::log(alpha + tx)))
            : 1.0;
    return head * tail / alive;
}

double BgNbdModel::expectedPurchasesNew(double t) const {
    if (t <= 0)
        return 0;
    const double z = t / (alpha + t);
    return (a + b - 1) / (a - 1) *
           (1 - std::exp(r * (std::log(alpha) - std::log(alpha + t))) *
                    hypergeometric2F1(r, b, a + b - 1, z));
}

} // namespace cartera
