#include "core/value/nelder_mead.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace cartera {

namespace {

double finiteOr(double v) {
    return std::isfinite(v) ? v : std::numeric_limits<double>::infinity();
}

Minimum simplexRun(const std::function<double(std::span<const double>)>& f,
                   const std::vector<double>& start, double step, double tolerance,
                   int maxIterations) {
    const std::size_t n = start.size();
    std::vector<std::vector<double>> p(n + 1, start);
    std::vector<double> v(n + 1);
    for (std::size_t i = 0; i < n; ++i)
        p[i + 1][i] += step;
    for (std::size_t i = 0; i <= n; ++i)
        v[i] = finiteOr(f(p[i]));
    std::vector<std::size_t> order(n + 1);
    std::vector<double> centroid(n), trial(n), trial2(n);
    Minimum m;
    for (m.iterations = 0; m.iterations < maxIterations; ++m.iterations) {
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(),
                  [&](std::size_t a, std::size_t b) { return v[a] < v[b]; });
        const std::size_t best = order.front(), worst = order.back(), second = order[n - 1];
        // Converged when both the values and the points agree.
        double size = 0;
        for (std::size_t i = 0; i <= n; ++i)
            for (std::size_t k = 0; k < n; ++k)
                size = std::max(size, std::abs(p[i][k] - p[best][k]));
        const double spread = std::abs(v[worst] - v[best]);
        if (std::isfinite(v[best]) && size < tolerance * 10 &&
            spread <= tolerance * (1 + std::abs(v[best]))) {
            m.converged = true;
            break;
        }
        std::fill(centroid.begin(), centroid.end(), 0.0);
        for (std::size_t i = 0; i <= n; ++i)
            if (i != worst)
                for (std::size_t k = 0; k < n; ++k)
                    centroid[k] += p[i][k] / static_cast<double>(n);
        auto along = [&](double t, std::vector<double>& out) {
            for (std::size_t k = 0; k < n; ++k)
                out[k] = centroid[k] + t * (p[worst][k] - centroid[k]);
            return finiteOr(f(out));
        };
        const double reflected = along(-1.0, trial);
        if (reflected < v[best]) {
            const double expanded = along(-2.0, trial2);
            if (expanded < reflected) {
                p[worst] = trial2;
                v[worst] = expanded;
            } else {
                p[worst] = trial;
                v[worst] = reflected;
            }
            continue;
        }
        if (reflected < v[second]) {
            p[worst] = trial;
            v[worst] = reflected;
            continue;
        }
        const double contracted = reflected < v[worst] ? along(-0.5, trial2) : along(0.5, trial2);
        if (contracted < std::min(reflected, v[worst])) {
            p[worst] = trial2;
            v[worst] = contracted;
            continue;
        }
        for (std::size_t i = 0; i <= n; ++i) {
            if (i == best)
                continue;
            for (std::size_t k = 0; k < n; ++k)
                p[i][k] = p[best][k] + 0.5 * (p[i][k] - p[best][k]);
            v[i] = finiteOr(f(p[i]));
        }
    }
    const auto best = static_cast<std::size_t>(std::min_element(v.begin(), v.end()) - v.begin());
    m.x = p[best];
    m.value = v[best];
    return m;
}

} // namespace

Minimum minimizeNelderMead(const std::function<double(std::span<const double>)>& f,
                           std::vector<double> start, double step, double tolerance,
                           int maxIterations) {
    Minimum best = simplexRun(f, start, step, tolerance, maxIterations);
    int iterations = best.iterations;
    for (int restart = 0; restart < 20 && std::isfinite(best.value); ++restart) {
        Minimum again = simplexRun(f, best.x, step / 4, tolerance, maxIterations);
        iterations += again.iterations;
        const bool improved = again.value < best.value - tolerance * (1 + std::abs(best.value));
        if (again.value <= best.value)
            best = again;
        if (!improved)
            break;
    }
    best.iterations = iterations;
    return best;
}

} // namespace cartera
