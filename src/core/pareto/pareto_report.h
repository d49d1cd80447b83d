#pragma once

#include "core/analysis/analysis_settings.h"
#include "core/analysis/revenue.h"
#include "core/base/date.h"
#include "core/base/money.h"
#include "core/portfolio/portfolio.h"

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace cartera {

enum class ParetoClass : std::uint8_t { A, B, C, Unranked };
std::string_view paretoClassName(ParetoClass c);

struct ParetoEntry {
    std::uint32_t customer = 0; // index into the Portfolio
    Cents revenue = 0;
    Cents cumulative = 0;
};

// Customers ranked by net revenue in a window, as DESIGN.md defines the Pareto report.
class ParetoReport {
  public:
    static ParetoReport compute(const Portfolio& portfolio, Date asOf, RevenueWindow window,
                                Ratio cut = {4, 5}, Ratio classBCut = {19, 20});
    // The same from every customer's net revenue in the window, already summed (by index).
    static ParetoReport rank(const Portfolio& portfolio, Date asOf, RevenueWindow window,
                             std::span<const Cents> revenue, Ratio cut = {4, 5},
                             Ratio classBCut = {19, 20});

    Date asOf() const { return m_asOf; }
    RevenueWindow window() const { return m_window; }
    Ratio cut() const { return m_cut; }
    Cents total() const { return m_total; }
    std::size_t rankedCount() const { return m_entries.size(); }
    const std::vector<ParetoEntry>& entries() const { return m_entries; }
    std::size_t paretoCount() const { return m_paretoCount; } // size of class A
    std::size_t classBEnd() const { return m_classBEnd; }     // last rank (1-based) of class B
    double gini() const { return m_gini; }

    ParetoClass classOfRank(std::size_t rank) const; // 1-based
    double share(std::size_t rank) const;
    double cumulativeShare(std::size_t rank) const;
    double cumulativeCustomerShare(std::size_t rank) const;
    double paretoCustomerShare() const;
    // The non-Pareto customers just below the cut: the first to lift into class A.
    std::span<const ParetoEntry> promotionCandidates(std::size_t count = 20) const;
    // Points (cumulative customer share, cumulative revenue share) of the Lorenz/Pareto curve,
    // at most `points` + 1 of them from (0, 0), so that a million customers draw as fast as ten.
    std::vector<std::pair<double, double>> curve(std::size_t points = 400) const;
    // Rank (1-based) of every customer of the portfolio, 0 when unranked.
    std::vector<std::uint32_t> rankByCustomer(std::size_t customerCount) const;

  private:
    Date m_asOf;
    RevenueWindow m_window;
    Ratio m_cut;
    Cents m_total = 0;
    std::vector<ParetoEntry> m_entries;
    std::size_t m_paretoCount = 0;
    std::size_t m_classBEnd = 0;
    double m_gini = 0.0;
};

} // namespace cartera
