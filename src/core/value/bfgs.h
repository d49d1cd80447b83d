#pragma once

#include <functional>
#include <initializer_list>
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

// Runs BFGS from each start in turn and keeps the best; a start that converges ends the search
// (one start can end on a plateau for unusual data).
Minimum minimizeFromStarts(const SmoothFunction& f,
                           std::initializer_list<std::vector<double>> starts);

// Log-parameters beyond this mean a parameter ran off to zero or infinity.
inline constexpr double kRunawayLogParameter = 25;
bool ranOff(const Minimum& m);

// The digamma function psi(x) = d/dx ln Gamma(x), for x > 0.
double digamma(double x);

} // namespace cartera
