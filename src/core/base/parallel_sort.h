#pragma once

#include <algorithm>
#include <cstddef>
#include <thread>
#include <vector>

namespace cartera {

namespace detail {

// Sorts each half with `sort`, the upper one on a thread of its own, and merges them (a merge
// that keeps equal elements of the lower half first); small inputs are sorted in one piece.
template <typename T, typename Less, typename Sort>
void sortInHalves(std::vector<T>& values, Less less, std::size_t minToSplit, Sort sort) {
    if (values.size() < minToSplit || std::thread::hardware_concurrency() < 2) {
        sort(values.begin(), values.end(), less);
        return;
    }
    const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::thread upper([&] { sort(middle, values.end(), less); });
    sort(values.begin(), middle, less);
    upper.join();
    std::inplace_merge(values.begin(), middle, values.end(), less);
}

} // namespace detail

// Sorts by `less` on two threads once there are enough elements to pay for a thread; `less`
// must be a strict total order for the result to equal std::sort's.
template <typename T, typename Less>
void parallelSort(std::vector<T>& values, Less less, std::size_t minToSplit = 100'000) {
    detail::sortInHalves(values, less, minToSplit,
                         [](auto first, auto last, Less l) { std::sort(first, last, l); });
}

// The same for a stable sort: equal elements keep their order.
template <typename T, typename Less>
void parallelStableSort(std::vector<T>& values, Less less, std::size_t minToSplit = 100'000) {
    detail::sortInHalves(values, less, minToSplit,
                         [](auto first, auto last, Less l) { std::stable_sort(first, last, l); });
}

} // namespace cartera
