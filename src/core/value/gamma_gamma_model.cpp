#include "core/value/gamma_gamma_model.h"

#include "core/base/parallel_for.h"
#include "core/value/bfgs.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <fmt/format.h>
#include <limits>
#include <vector>

namespace cartera {

namespace {

// The customers' (x, mean spend) and the sums the likelihood needs of them: its terms in
// lnGamma depend on x alone, and (p x - 1) ln m + p x ln x sums to constants times p.
struct SpendData {
    std::vector<std::array<double, 2>> rows; // x, mean spend
    std::vector<double> countByX;            // customers with x repeats
    double sumXLogM = 0, sumLogM = 0, sumXLogX = 0;
};

double negativeLogLikelihood(const SpendData& d, std::span<const double> theta,
                             std::span<double> gradient) {
    const double p = std::exp(theta[0]), q = std::exp(theta[1]), g = std::exp(theta[2]);
    const auto n = static_cast<double>(d.rows.size());
    double ll =
        q * std::log(g) * n - n * std::lgamma(q) + p * d.sumXLogM - d.sumLogM + p * d.sumXLogX;
    double dp = d.sumXLogM + d.sumXLogX;
    double dq = n * std::log(g) - n * digamma(q);
    double dg = n * q / g;
    for (std::size_t x = 1; x < d.countByX.size(); ++x) {
        const double c = d.countByX[x];
        if (c == 0)
            continue;
        const double px = p * static_cast<double>(x);
        ll += c * (std::lgamma(px + q) - std::lgamma(px));
        dp += c * static_cast<double>(x) * (digamma(px + q) - digamma(px));
        dq += c * digamma(px + q);
    }
    struct Sums {
        double ll = 0, dp = 0, dq = 0, dg = 0;
    };
    // One slot per chunk, by its place and not by which thread finished first, so that the
    // partial sums are added in the same order on every run: the fitted model, and every
    // customer's value to the cent, must not change between two runs on the same data.
    std::vector<Sums> parts(8);
    const std::size_t rowCount = std::max<std::size_t>(d.rows.size(), 1);
    parallelFor(
        d.rows.size(),
        [&](std::size_t begin, std::size_t end) {
            Sums s;
            for (std::size_t k = begin; k < end; ++k) {
                const auto [x, m] = d.rows[k];
                const double denominator = g + x * m;
                const double l = std::log(denominator);
                const double pxq = p * x + q;
                s.ll -= pxq * l;
                s.dp -= x * l;
                s.dq -= l;
                s.dg -= pxq / denominator;
            }
            parts[begin * parts.size() / rowCount] = s; // chunks start rowCount / 8 apart
        },
        20'000);
    for (const Sums& s : parts) {
        ll += s.ll;
        dp += s.dp;
        dq += s.dq;
        dg += s.dg;
    }
    gradient[0] = -dp * p;
    gradient[1] = -dq * q;
    gradient[2] = -dg * g;
    return -ll;
}

} // namespace

GammaGammaModel GammaGammaModel::fit(const ClvData& data, double unit) {
    GammaGammaModel m;
    m.unit = unit;
    SpendData d;
    d.rows.reserve(static_cast<std::size_t>(
        std::count_if(data.customers.begin(), data.customers.end(), [](const ClvCustomer& c) {
            return c.inCalibration && c.repeats > 0 && c.meanRepeatSpend > 0;
        })));
    for (const ClvCustomer& c : data.customers)
        if (c.inCalibration && c.repeats > 0 && c.meanRepeatSpend > 0) {
            const double mean = c.meanRepeatSpend / unit;
            d.rows.push_back({c.x(), mean});
            const auto x = static_cast<std::size_t>(c.repeats);
            if (d.countByX.size() <= x)
                d.countByX.resize(x + 1, 0.0);
            d.countByX[x] += 1;
            d.sumXLogM += c.x() * std::log(mean);
            d.sumLogM += std::log(mean);
            d.sumXLogX += c.x() * std::log(c.x());
        }
    m.customers = d.rows.size();
    if (d.rows.size() < 10) {
        m.problem = errorFact(ErrorKind::SpendTooFewRepeaters, d.rows.size());
        return m;
    }
    const SmoothFunction objective = [&](std::span<const double> theta, std::span<double> grad) {
        return negativeLogLikelihood(d, theta, grad);
    };
    const Minimum best =
        minimizeFromStarts(objective, {std::vector<double>{0, 0, 0}, std::vector<double>{1, 1, 2},
                                       std::vector<double>{-1, 2, 3}});
    if (!std::isfinite(best.value)) {
        m.problem = errorFact(ErrorKind::SpendNotEvaluated);
        return m;
    }
    m.p = std::exp(best.x[0]);
    m.q = std::exp(best.x[1]);
    m.gamma = std::exp(best.x[2]);
    m.logLikelihood = -best.value;
    m.converged = best.converged;
    if (ranOff(best)) {
        m.converged = false;
        m.problem = errorFact(ErrorKind::SpendRanOff);
    }
    if (m.converged && m.q <= 1) {
        m.converged = false;
        m.problem = errorFact(ErrorKind::SpendNoFiniteMean);
    }
    if (!best.converged && !m.problem)
        m.problem = errorFact(ErrorKind::SpendNotSettled);
    return m;
}

double GammaGammaModel::expectedSpend(double x, double meanSpend) const {
    if (x <= 0 || meanSpend <= 0)
        return p * gamma / (q - 1);
    return (gamma + meanSpend * x) * p / (p * x + q - 1);
}

} // namespace cartera
