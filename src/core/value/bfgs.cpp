#include "core/value/bfgs.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace cartera {

double digamma(double x) {
    double result = 0;
    while (x < 12) {
        result -= 1 / x;
        x += 1;
    }
    const double inv = 1 / x;
    const double inv2 = inv * inv;
    return result + std::log(x) - 0.5 * inv -
           inv2 * (1.0 / 12 - inv2 * (1.0 / 120 - inv2 * (1.0 / 252 - inv2 * (1.0 / 240))));
}

Minimum minimizeBfgs(const SmoothFunction& f, std::vector<double> start, double tolerance,
                     int maxIterations) {
    const std::size_t n = start.size();
    std::vector<double> x = std::move(start), g(n), xNew(n), gNew(n), direction(n), s(n), y(n);
    // H approximates the inverse Hessian, row-major.
    std::vector<double> h(n * n, 0.0);
    for (std::size_t i = 0; i < n; ++i)
        h[i * n + i] = 1.0;
    double fx = f(x, g);
    Minimum m;
    if (!std::isfinite(fx)) {
        m.x = x;
        m.value = std::numeric_limits<double>::infinity();
        return m;
    }
    for (m.iterations = 0; m.iterations < maxIterations; ++m.iterations) {
        double gmax = 0;
        for (double v : g)
            gmax = std::max(gmax, std::abs(v));
        if (gmax <= tolerance * (1 + std::abs(fx))) {
            m.converged = true;
            break;
        }
        for (std::size_t i = 0; i < n; ++i) {
            direction[i] = 0;
            for (std::size_t k = 0; k < n; ++k)
                direction[i] -= h[i * n + k] * g[k];
        }
        double slope = 0;
        for (std::size_t i = 0; i < n; ++i)
            slope += direction[i] * g[i];
        if (slope >= 0) { // not a descent direction: start the curvature afresh
            std::fill(h.begin(), h.end(), 0.0);
            for (std::size_t i = 0; i < n; ++i) {
                h[i * n + i] = 1.0;
                direction[i] = -g[i];
            }
            slope = 0;
            for (std::size_t i = 0; i < n; ++i)
                slope -= g[i] * g[i];
        }
        // Backtracking: a step at most 2 on the log scale, halved until it lowers f enough.
        double norm = 0;
        for (double v : direction)
            norm = std::max(norm, std::abs(v));
        double step = norm > 2 ? 2 / norm : 1.0;
        double fNew = 0;
        bool moved = false;
        for (int tries = 0; tries < 60; ++tries, step *= 0.5) {
            for (std::size_t i = 0; i < n; ++i)
                xNew[i] = x[i] + step * direction[i];
            fNew = f(xNew, gNew);
            if (std::isfinite(fNew) && fNew <= fx + 1e-4 * step * slope) {
                moved = true;
                break;
            }
        }
        if (!moved)
            break; // no step lowers f: as good as this method gets
        double sy = 0;
        for (std::size_t i = 0; i < n; ++i) {
            s[i] = xNew[i] - x[i];
            y[i] = gNew[i] - g[i];
            sy += s[i] * y[i];
        }
        x = xNew;
        g = gNew;
        const double previous = fx;
        fx = fNew;
        if (sy > 1e-12) {
            // H <- (I - rho s y') H (I - rho y s') + rho s s'
            const double rho = 1 / sy;
            std::vector<double> hy(n, 0.0);
            for (std::size_t i = 0; i < n; ++i)
                for (std::size_t k = 0; k < n; ++k)
                    hy[i] += h[i * n + k] * y[k];
            double yhy = 0;
            for (std::size_t i = 0; i < n; ++i)
                yhy += y[i] * hy[i];
            for (std::size_t i = 0; i < n; ++i)
                for (std::size_t k = 0; k < n; ++k)
                    h[i * n + k] += -rho * (hy[i] * s[k] + s[i] * hy[k]) +
                                    (rho * rho * yhy + rho) * s[i] * s[k];
        }
        if (std::abs(previous - fx) <= 1e-15 * (1 + std::abs(fx))) {
            double gmaxNow = 0;
            for (double v : g)
                gmaxNow = std::max(gmaxNow, std::abs(v));
            m.converged = gmaxNow <= std::sqrt(tolerance) * (1 + std::abs(fx));
            break;
        }
    }
    m.x = x;
    m.value = fx;
    return m;
}

Minimum minimizeFromStarts(const SmoothFunction& f,
                           std::initializer_list<std::vector<double>> starts) {
    Minimum best;
    best.value = std::numeric_limits<double>::infinity();
    for (const auto& start : starts) {
        Minimum run = minimizeBfgs(f, start);
        if (run.value < best.value - 1e-9 * std::abs(run.value) ||
            (run.converged && !best.converged && run.value <= best.value + 1e-6))
            best = std::move(run);
        if (best.converged)
            break;
    }
    return best;
}

bool ranOff(const Minimum& m) {
    return std::any_of(m.x.begin(), m.x.end(),
                       [](double v) { return std::abs(v) > kRunawayLogParameter; });
}

} // namespace cartera
