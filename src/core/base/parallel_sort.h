#pragma once

#include <algorithm>
#include <cstddef>
#include <thread>
#include <vector>

namespace cartera {

// Sorts by `less` on two threads (halves sorted side by side, then merged) once there are
// enough elements to pay for a thread; `less` must be a strict total order for the result to
// equal std::sort's.
template <typename T, typename Less>
void parallelSort(std::vector<T>& values, Less less, std::size_t minToSplit = 100'000) {
    if (values.size() < minToSplit || std::thread::hardware_concurrency() < 2) {
        std::sort(values.begin(), values.end(), less);
        return;
    }
    const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::thread upper([&] { std::sort(middle, values.end(), less); });
    std::sort(values.begin(), middle, less);
    upper.join();
    std::inplace_merge(values.begin(), middle, values.end(), less);
}

// The same for a stable sort: each half keeps its equal elements in order, and so does the
// merge, the lower half's first.
template <typename T, typename Less>
void parallelStableSort(std::vector<T>& values, Less less, std::size_t minToSplit = 100'000) {
    if (values.size() < minToSplit || std::thread::hardware_concurrency() < 2) {
        std::stable_sort(values.begin(), values.end(), less);
        return;
    }
    const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::thread upper([&] { std::stable_sort(middle, values.end(), less); });
    std::stable_sort(values.begin(), middle, less);
    upper.join();
    std::inplace_merge(values.begin(), middle, values.end(), less);
}

} // namespace cartera
