#include "core/value/bgnbd_model.h"

#include "core/base/parallel_for.h"
#include "core/value/bfgs.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <fmt/format.h>
#include <limits>

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

namespace {

struct Row {
    double x, tx, T, weight;
};

// -LL and its gradient in log-parameters, over rows of distinct (x, tx, T). The Gamma-function
// ratios depend on x only (whole numbers) and are summed once per x.
double negativeLogLikelihood(const std::vector<Row>& rows, std::size_t maxX,
                             std::span<const double> theta, std::span<double> gradient) {
    const double r = std::exp(theta[0]), alpha = std::exp(theta[1]), a = std::exp(theta[2]),
                 b = std::exp(theta[3]);
    std::vector<double> s1(maxX + 1), ds1(maxX + 1), g(maxX + 1), dga(maxX + 1), dgb(maxX + 1),
        lbx(maxX + 1);
    for (std::size_t x = 0; x < maxX; ++x) {
        const double xd = static_cast<double>(x);
        s1[x + 1] = s1[x] + std::log(r + xd);
        ds1[x + 1] = ds1[x] + 1 / (r + xd);
        g[x + 1] = g[x] + std::log(b + xd) - std::log(a + b + xd);
        dga[x + 1] = dga[x] - 1 / (a + b + xd);
        dgb[x + 1] = dgb[x] + 1 / (b + xd) - 1 / (a + b + xd);
        lbx[x + 1] = std::log(b + xd);
    }
    const double lalpha = std::log(alpha), la = std::log(a);
    struct Sums {
        double ll = 0, dr = 0, dalpha = 0, da = 0, db = 0;
    };
    // One slot per chunk, by its place and not by which thread finished first, so that the
    // partial sums are added in the same order on every run: the fitted model, and every
    // customer's value to the cent, must not change between two runs on the same data.
    std::vector<Sums> parts(8);
    const std::size_t n = std::max<std::size_t>(rows.size(), 1);
    parallelFor(
        rows.size(),
        [&](std::size_t begin, std::size_t end) {
            Sums s;
            for (std::size_t k = begin; k < end; ++k) {
                const Row& row = rows[k];
                const auto xi = static_cast<std::size_t>(row.x);
                const double rx = r + row.x;
                const double lT = std::log(alpha + row.T);
                const double a3 = -rx * lT;
                double lse = a3, w4 = 0, ltx = 0;
                if (xi > 0) {
                    ltx = std::log(alpha + row.tx);
                    const double a4 = la - lbx[xi] - rx * ltx;
                    // log(e^a3 + e^a4) and the share of the second term.
                    if (a4 > a3) {
                        const double e = std::exp(a3 - a4);
                        lse = a4 + std::log1p(e);
                        w4 = 1 / (1 + e);
                    } else {
                        const double e = std::exp(a4 - a3);
                        lse = a3 + std::log1p(e);
                        w4 = e / (1 + e);
                    }
                }
                const double w3 = 1 - w4;
                const double w = row.weight;
                s.ll += w * (s1[xi] + r * lalpha + g[xi] + lse);
                s.dr += w * (ds1[xi] + lalpha - w3 * lT - w4 * ltx);
                s.dalpha += w * (r / alpha - w3 * rx / (alpha + row.T) -
                                 (xi > 0 ? w4 * rx / (alpha + row.tx) : 0.0));
                s.da += w * (dga[xi] + w4 / a);
                s.db += w * (dgb[xi] - (xi > 0 ? w4 / (b + row.x - 1) : 0.0));
            }
            parts[begin * parts.size() / n] = s; // chunks start at least n / 8 apart
        },
        20'000);
    Sums total;
    for (const Sums& s : parts) {
        total.ll += s.ll;
        total.dr += s.dr;
        total.dalpha += s.dalpha;
        total.da += s.da;
        total.db += s.db;
    }
    // d/dtheta = p d/dp for p = exp(theta); minimising -LL.
    gradient[0] = -total.dr * r;
    gradient[1] = -total.dalpha * alpha;
    gradient[2] = -total.da * a;
    gradient[3] = -total.db * b;
    return -total.ll;
}

} // namespace

BgNbdModel BgNbdModel::fit(const ClvData& data) {
    // Customers with the same history contribute the same term: fit over distinct triples,
    // found among the customers' whole days (a million customers' triples are 12 MB; as rows of
    // weeks they were 32 MB, held through the whole fit).
    BgNbdModel m;
    m.customers = static_cast<std::size_t>(
        std::count_if(data.customers.begin(), data.customers.end(),
                      [](const ClvCustomer& c) { return c.inCalibration; }));
    if (m.customers < 10) {
        m.problem = errorFact(ErrorKind::ModelTooFewBuyers, m.customers);
        return m;
    }
    std::vector<Row> rows;
    std::size_t maxX = 0;
    {
        using Days = std::array<std::int32_t, 3>; // repeats, days to the last, days to C
        std::vector<Days> histories;
        histories.reserve(m.customers);
        for (const ClvCustomer& c : data.customers)
            if (c.inCalibration)
                histories.push_back({c.repeats, c.lastRepeatDays, c.ageDays});
        std::sort(histories.begin(), histories.end());
        std::size_t distinct = 0;
        for (std::size_t k = 0; k < histories.size(); ++k)
            distinct += k == 0 || histories[k] != histories[k - 1];
        rows.reserve(distinct);
        for (std::size_t k = 0; k < histories.size(); ++k) {
            const Days& h = histories[k];
            if (k > 0 && h == histories[k - 1]) {
                rows.back().weight += 1;
                continue;
            }
            // The same weeks as ClvCustomer::tx() and T() give.
            rows.push_back({static_cast<double>(h[0]), h[1] / 7.0, h[2] / 7.0, 1.0});
            maxX = std::max(maxX, static_cast<std::size_t>(h[0]));
        }
    }
    const SmoothFunction objective = [&](std::span<const double> theta, std::span<double> grad) {
        return negativeLogLikelihood(rows, maxX, theta, grad);
    };
    const Minimum best = minimizeFromStarts(objective, {std::vector<double>{0, 0, 0, 0},
                                                        std::vector<double>{-1, 1, -0.5, 1},
                                                        std::vector<double>{0.5, 2, 0.5, 0.5}});
    if (!std::isfinite(best.value)) {
        m.problem = errorFact(ErrorKind::ModelNotEvaluated);
        return m;
    }
    m.r = std::exp(best.x[0]);
    m.alpha = std::exp(best.x[1]);
    m.a = std::exp(best.x[2]);
    m.b = std::exp(best.x[3]);
    m.logLikelihood = -best.value;
    m.converged = best.converged;
    if (ranOff(best)) {
        m.converged = false;
        m.problem = errorFact(ErrorKind::ModelRanOff);
    }
    if (!best.converged && !m.problem)
        m.problem = errorFact(ErrorKind::ModelNotSettled);
    return m;
}

double BgNbdModel::pAlive(double x, double tx, double T) const {
    if (x <= 0)
        return 1.0;
    const double ratio =
        a / (b + x - 1) * std::exp((r + x) * (std::log(alpha + T) - std::log(alpha + tx)));
    return 1.0 / (1.0 + ratio);
}

double BgNbdModel::purchasesIfAlive(double t, double x, double T) const {
    if (t <= 0)
        return 0;
    const double z = t / (alpha + T + t);
    const double hyper = hypergeometric2F1(r + x, b + x, a + b + x - 1, z);
    return (a + b + x - 1) / (a - 1) *
           (1 - std::exp((r + x) * (std::log(alpha + T) - std::log(alpha + T + t))) * hyper);
}

double BgNbdModel::expectedPurchases(double t, double x, double tx, double T) const {
    return purchasesIfAlive(t, x, T) * pAlive(x, tx, T);
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
