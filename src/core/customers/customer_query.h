#pragma once

#include "core/customers/customer_metrics.h"
#include "core/portfolio/customer_directory.h"
#include "core/portfolio/portfolio.h"
#include "core/value/customer_value.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace cartera {

enum class CustomerColumn {
    Id,
    Name,
    Company,
    Owner,
    Stage,
    Activity,
    FirstPurchase,
    LastPurchase,
    Purchases,
    Revenue12m,
    RevenueAll,
    ParetoClass,
    ParetoRank,
    RfmScore,
    Segment,
    Tier,
    PAlive,
    Clv,
};
inline constexpr int kCustomerColumnCount = 18;

// What the customer list shows. Masks have one bit per enum value; "not yet a customer"
// counts as its own stage bit (kNotYetBit) so that prospects can be hidden or shown.
struct CustomerFilter {
    static constexpr std::uint8_t kNotYetBit = 1u << 4;
    std::string text;                    // matched against id, name, company, email
    std::uint8_t stageMask = 0x1F;       // new, adolescent, mature, veteran, not yet
    std::uint8_t activityMask = 0x07;    // active, at risk, lost
    std::uint8_t paretoClassMask = 0x0F; // A, B, C, unranked
    std::string owner;                   // empty: any
    static constexpr int kAny = -2;
    int segment = kAny; // RFM segment index; -1: not scored
    int tier = kAny;    // reward tier; -1 (kNoTier): in no tier
    // When set, only these customers (sorted indices), e.g. one band of the flow chart.
    std::shared_ptr<const std::vector<std::uint32_t>> only;

    bool operator==(const CustomerFilter&) const = default;

    bool narrows(const CustomerFilter& wider) const; // every row this keeps, `wider` keeps too
};

struct CustomerSort {
    CustomerColumn column = CustomerColumn::RevenueAll;
    bool descending = true;

    bool operator==(const CustomerSort&) const = default;
};

// Whether the rows depend on names, companies, e-mails or owners (the directory), which a
// large portfolio reads after its first list is shown.
bool readsDirectory(const CustomerFilter& filter, const CustomerSort& sort);

// The rows to show, filtered and sorted. Filtering a narrower filter scans only the rows of
// the previous result, so that each keystroke gets faster.
class CustomerQuery {
  public:
    // `value` may be null while it is being computed: its columns then sort as missing and its
    // filters keep nobody.
    CustomerQuery(const Portfolio& portfolio, const CustomerDirectory& directory,
                  const CustomerMetrics& metrics, const CustomerValue* value = nullptr)
        : m_portfolio(portfolio), m_directory(directory), m_metrics(metrics), m_value(value) {}

    std::vector<std::uint32_t> filter(const CustomerFilter& filter,
                                      const std::vector<std::uint32_t>* within = nullptr) const;
    void sort(std::vector<std::uint32_t>& rows, const CustomerSort& sort) const;
    bool matches(std::uint32_t customer, const CustomerFilter& filter,
                 const std::vector<std::string>& words) const;

  private:
    const Portfolio& m_portfolio;
    const CustomerDirectory& m_directory;
    const CustomerMetrics& m_metrics;
    const CustomerValue* m_value;
};

} // namespace cartera
