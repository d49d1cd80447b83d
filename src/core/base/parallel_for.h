#pragma once

#include <algorithm>
#include <cstddef>
#include <thread>
#include <vector>

namespace cartera {

// Runs fn(begin, end) over [0, n) in one contiguous chunk per hardware thread, for the passes
// over a million customers that each touch only their own customers' slots.
template <typename Fn> void parallelFor(std::size_t n, Fn&& fn, std::size_t minPerThread = 50'000) {
    const std::size_t hw = std::max(1u, std::thread::hardware_concurrency());
    const std::size_t threads =
        std::clamp<std::size_t>(n / minPerThread, 1, std::min<std::size_t>(hw, 8));
    if (threads <= 1) {
        fn(std::size_t{0}, n);
        return;
    }
    std::vector<std::thread> workers;
    const std::size_t chunk = (n + threads - 1) / threads;
    for (std::size_t t = 1; t < threads; ++t) {
        const std::size_t begin = std::min(n, t * chunk);
        const std::size_t end = std::min(n, begin + chunk);
        workers.emplace_back([&fn, begin, end] { fn(begin, end); });
    }
    fn(std::size_t{0}, std::min(n, chunk));
    for (auto& w : workers)
        w.join();
}

} // namespace cartera
