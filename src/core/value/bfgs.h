#pragma once

#include <functional>
#include <span>
#include <vector>

namespace cartera {

struct Minimum {
    std::vector<double> x;
    double value = 0;
    bool converged = false;
    int iterations = 0;
};

// A function and its gradient at once: returns f(x) and writes the gradient to `gradient`.
using SmoothFunction = std::function<double(std::span<const double> x, std::span<double> gradient)>;

// Quasi-Newton minimisation (BFGS with a backtracking line search). Converged means the
// gradient vanished (max |g| <= tolerance * (1 + |f|)) before the iteration limit.
Minimum minimizeBfgs(const SmoothFunction& f, std::vector<double> start, double tolerance = 1e-9,
                     int maxIterations = 500);

// The digamma function psi(x) = d/dx ln Gamma(x), for x > 0.
double digamma(double x);

} // namespace cartera
