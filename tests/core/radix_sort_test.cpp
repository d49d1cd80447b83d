#include "core/base/radix_sort.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <limits>
#include <random>

using namespace cartera;

TEST_CASE("the radix sort orders keys of every sign and width as std::stable_sort does") {
    std::mt19937_64 random(7);
    std::vector<std::int64_t> keys = {std::numeric_limits<std::int64_t>::min(),
                                      std::numeric_limits<std::int64_t>::max(), -1, 0, 1};
    for (int k = 0; k < 20'000; ++k) {
        // Small keys (many ties, bytes in common) and keys spread over all 64 bits.
        keys.push_back(k % 2 ? static_cast<std::int64_t>(random() % 200) - 100
                             : static_cast<std::int64_t>(random()));
    }
    for (const bool descending : {false, true}) {
        std::vector<std::pair<std::uint64_t, std::uint32_t>> items;
        for (std::size_t i = 0; i < keys.size(); ++i) {
            const std::uint64_t bits = orderedBits(keys[i]);
            items.emplace_back(descending ? ~bits : bits, static_cast<std::uint32_t>(i));
        }
        stableRadixSort(items);
        std::vector<std::uint32_t> expected(keys.size());
        for (std::uint32_t i = 0; i < expected.size(); ++i)
            expected[i] = i;
        std::stable_sort(expected.begin(), expected.end(), [&](std::uint32_t a, std::uint32_t b) {
            return descending ? keys[a] > keys[b] : keys[a] < keys[b];
        });
        std::vector<std::uint32_t> sorted;
        for (const auto& item : items)
            sorted.push_back(item.second);
        CHECK(sorted == expected);
    }
}

TEST_CASE("narrow and unsigned keys keep their order as 64-bit bits") {
    CHECK(orderedBits(std::int32_t{-5}) < orderedBits(std::int32_t{-4}));
    CHECK(orderedBits(std::int32_t{-1}) < orderedBits(std::int32_t{0}));
    CHECK(orderedBits(std::int8_t{127}) < orderedBits(std::int64_t{128}));
    CHECK(orderedBits(std::uint32_t{0xFFFFFFFF}) > orderedBits(std::uint32_t{7}));
    // All keys equal: nothing moves.
    std::vector<std::pair<std::uint64_t, int>> same = {{3, 2}, {3, 0}, {3, 1}};
    stableRadixSort(same);
    CHECK(same == std::vector<std::pair<std::uint64_t, int>>{{3, 2}, {3, 0}, {3, 1}});
}
