#pragma once

#include "core/analysis/revenue.h"
#include "core/base/date.h"
#include "core/base/error_fact.h"
#include "core/base/money.h"
#include "core/portfolio/portfolio.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cartera {

// One row of the segment table: a customer whose three scores fall in the ranges (inclusive)
// belongs to the segment, unless an earlier row took it.
struct RfmSegmentRule {
    std::string name;
    std::array<std::uint8_t, 2> recency{1, 5};
    std::array<std::uint8_t, 2> frequency{1, 5};
    std::array<std::uint8_t, 2> monetary{1, 5};
    bool matches(int r, int f, int m) const;
};

// The segment table, first matching row wins, else "Others".
class RfmSegmentTable {
  public:
    // The default table of the R package `rfm` (its rfm_segment example).
    static RfmSegmentTable defaults();
    // One row a line: "Champions: R4-5 F4-5 M4-5"; throws InputError naming the line.
    static RfmSegmentTable parse(std::string_view text);
    std::string toText() const;

    const std::vector<RfmSegmentRule>& rules() const { return m_rules; }
    // The index of the first matching rule, or rules().size() for "Others".
    std::size_t segmentOf(int r, int f, int m) const;
    std::string_view segmentName(std::size_t segment) const;
    std::size_t segmentCount() const { return m_rules.size() + 1; }

  private:
    std::vector<RfmSegmentRule> m_rules;
};

inline constexpr std::uint32_t kNotScored = 0xFFFFFFFF;

// RFM as of T over the customers with net revenue > 0 in the window: R = days from the last
// purchase day to T, F = purchase days in the window, M = net revenue in the window. A score is
// 1 + floor(5 w / n), w = scored customers strictly worse on the measure, n = scored customers.
struct RfmReport {
    // 24 bytes: the segment follows from the three scores (see segmentOf).
    struct Entry {
        Cents monetary = 0;
        std::uint32_t customer = 0; // portfolio index
        std::int32_t recencyDays = 0;
        std::int32_t frequency = 0;
        std::uint8_t r = 0, f = 0, m = 0;
    };
    std::vector<Entry> entries;         // scored customers, by portfolio index
    std::vector<std::uint32_t> entryOf; // per customer: index into entries, or kNotScored
    std::array<std::array<std::uint32_t, 5>, 5> grid{}; // counts by [r - 1][f - 1]
    std::array<std::array<Cents, 5>, 5> gridRevenue{};  // M summed by [r - 1][f - 1]
    // The table's segment for every R, F, M score, by scoreCell.
    std::array<std::uint32_t, 125> segmentOfScores{};

    static std::size_t scoreCell(int r, int f, int m) {
        return static_cast<std::size_t>((r - 1) * 25 + (f - 1) * 5 + m - 1);
    }
    // The entry's segment: an index into the table, where rules().size() is "Others".
    std::size_t segmentOf(const Entry& e) const {
        return segmentOfScores[scoreCell(e.r, e.f, e.m)];
    }

    static RfmReport compute(const Portfolio& portfolio, Date asOf, RevenueWindow window,
                             const RfmSegmentTable& table);
};
static_assert(sizeof(RfmReport::Entry) == 24);

} // namespace cartera
