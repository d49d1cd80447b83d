#pragma once

#include "core/base/date.h"
#include "core/base/money.h"
#include "core/base/string_table.h"

#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace cartera {

inline constexpr std::int32_t kNoDay = std::numeric_limits<std::int32_t>::min();

// The columnar view the analysis runs on: customers by index, and their purchases sorted by
// customer then day, customer i owning [purchaseBegin[i], purchaseBegin[i + 1]).
struct Portfolio {
    std::vector<std::int64_t> customerId; // database row id, ascending
    StringTable externalId;
    std::vector<std::int32_t> customerSince; // kNoDay when unset
    std::vector<std::int32_t> lostMark;      // latest dated "lost" mark, kNoDay when none
    std::vector<std::uint32_t> purchaseBegin{0};
    std::vector<std::int32_t> purchaseDay;
    std::vector<Cents> purchaseAmount;

    std::size_t customerCount() const { return customerId.size(); }
    std::size_t purchaseCount() const { return purchaseDay.size(); }

    std::span<const std::int32_t> daysOf(std::size_t i) const {
        return {purchaseDay.data() + purchaseBegin[i], purchaseBegin[i + 1] - purchaseBegin[i]};
    }
    std::span<const Cents> amountsOf(std::size_t i) const {
        return {purchaseAmount.data() + purchaseBegin[i], purchaseBegin[i + 1] - purchaseBegin[i]};
    }
    // The index of a database row id (a binary search: ids ascend).
    std::optional<std::size_t> indexOf(std::int64_t id) const;
    // The first and last purchase day of the whole portfolio (none when it has no purchases).
    std::pair<std::optional<std::int32_t>, std::optional<std::int32_t>> dayRange() const;
};

// Builds a Portfolio in order: customers by ascending id, purchases of each customer sorted by
// day.
class PortfolioBuilder {
  public:
    void reserve(std::size_t customers, std::size_t purchases);
    void addCustomer(std::int64_t id, std::string_view externalId, std::int32_t customerSince,
                     std::int32_t lostMark = kNoDay);
    void addPurchase(std::int32_t day, Cents amount);
    Portfolio take();

  private:
    Portfolio m_portfolio;
};

} // namespace cartera
