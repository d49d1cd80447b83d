#include "core/value/gamma_gamma_model.h"

#include "core/value/nelder_mead.h"

#include <array>
#include <cmath>
#include <fmt/format.h>
#include <limits>
#include <vector>

namespace cartera {

GammaGammaModel GammaGammaModel::fit(const ClvData& data, double unit) {
    GammaGammaModel m;
    m.unit = unit;
    std::vector<std::array<double, 2>> rows; // x, mean spend
    for (const ClvCustomer& c : data.customers)
        if (c.inCalibration && c.x > 0 && c.meanRepeatSpend > 0)
            rows.push_back({c.x, c.meanRepeatSpend / unit});
    m.customers = rows.size();
    if (rows.size() < 10) {
        m.problem = fmt::format("only {} customers bought again in the calibration period; the "
                                "spend model needs more",
                                rows.size());
        return m;
    }
    auto negLL = [&](std::span<const double> v) {
        const double p = std::exp(v[0]), q = std::exp(v[1]), g = std::exp(v[2]);
        double ll = 0;
        for (const auto& [x, mx] : rows)
            ll += std::lgamma(p * x + q) - std::lgamma(p * x) - std::lgamma(q) + q * std::log(g) +
                  (p * x - 1) * std::log(mx) + p * x * std::log(x) -
                  (p * x + q) * std::log(g + x * mx);
        return -ll;
    };
    Minimum best;
    best.value = std::numeric_limits<double>::infinity();
    for (const auto& start : {std::vector<double>{0, 0, 0}, std::vector<double>{1, 1, 2},
                              std::vector<double>{-1, 2, 3}}) {
        Minimum run = minimizeNelderMead(negLL, start);
        if (run.value < best.value)
            best = run;
    }
    if (!std::isfinite(best.value)) {
        m.problem = "the spend likelihood could not be evaluated for any parameters";
        return m;
    }
    m.p = std::exp(best.x[0]);
    m.q = std::exp(best.x[1]);
    m.gamma = std::exp(best.x[2]);
    m.logLikelihood = -best.value;
    m.converged = best.converged;
    for (double v : best.x)
        if (std::abs(v) > 25) {
            m.converged = false;
            m.problem = "a spend parameter ran off to zero or infinity: the data do not "
                        "determine the model";
        }
    if (m.converged && m.q <= 1) {
        m.converged = false;
        m.problem = "q <= 1: the model gives no finite mean spend";
    }
    if (!best.converged && m.problem.empty())
        m.problem = "the spend fit did not settle within its iteration limit";
    return m;
}

double GammaGammaModel::expectedSpend(double x, double meanSpend) const {
    if (x <= 0 || meanSpend <= 0)
        return p * gamma / (q - 1);
    return (gamma + meanSpend * x) * p / (p * x + q - 1);
}

} // namespace cartera
