#pragma once

#include <functional>
#include <span>
#include <vector>

namespace cartera {

struct Minimum {
    std::vector<double> x;
    double value = 0;
    bool converged = false; // the simplex shrank below the tolerance before the iteration limit
    int iterations = 0;
};

// Nelder-Mead simplex minimisation, restarted from its best point until a restart no longer
// improves (a single run can stall on a ridge). Non-finite values count as +infinity, so the
// function may refuse points by returning NaN or infinity.
Minimum minimizeNelderMead(const std::function<double(std::span<const double>)>& f,
                           std::vector<double> start, double step = 0.5, double tolerance = 1e-11,
                           int maxIterations = 20000);

} // namespace cartera
