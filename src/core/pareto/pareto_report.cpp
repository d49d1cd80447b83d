#include "core/pareto/pareto_report.h"

#include "core/base/parallel_for.h"
#include "core/base/parallel_sort.h"

#include <algorithm>
#include <array>

namespace cartera {

std::string_view paretoClassName(ParetoClass c) {
    static constexpr std::array<std::string_view, 4> names = {"A", "B", "C", ""};
    return names[static_cast<std::size_t>(c)];
}

namespace {

__extension__ typedef __int128 Int128;

// First 1-based rank whose cumulative revenue reaches cut x total, compared exactly.
std::size_t crossingRank(const std::vector<ParetoEntry>& entries, Cents total, Ratio cut) {
    const Int128 target = static_cast<Int128>(cut.numerator) * total;
    const auto it = std::partition_point(entries.begin(), entries.end(), [&](const ParetoEntry& e) {
        return static_cast<Int128>(e.cumulative) * cut.denominator < target;
    });
    if (it == entries.end())
        return entries.size();
    return static_cast<std::size_t>(it - entries.begin()) + 1;
}

// The first eight bytes of an id, big-endian and zero-padded: compares as the text does.
std::uint64_t idPrefix(std::string_view id) {
    std::uint64_t prefix = 0;
    for (std::size_t k = 0; k < 8; ++k)
        prefix = (prefix << 8) | (k < id.size() ? static_cast<unsigned char>(id[k]) : 0u);
    return prefix;
}

} // namespace

ParetoReport ParetoReport::compute(const Portfolio& portfolio, Date asOf, RevenueWindow window,
                                   Ratio cut, Ratio classBCut) {
    const std::int32_t after = window.startExclusive(asOf);
    const std::int32_t upTo = asOf.days();
    std::vector<Cents> revenue(portfolio.customerCount());
    parallelFor(revenue.size(), [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i)
            revenue[i] = netRevenue(portfolio, i, after, upTo);
    });
    return rank(portfolio, asOf, window, revenue, cut, classBCut);
}

ParetoReport ParetoReport::rank(const Portfolio& portfolio, Date asOf, RevenueWindow window,
                                std::span<const Cents> revenue, Ratio cut, Ratio classBCut) {
    ParetoReport r;
    r.m_asOf = asOf;
    r.m_window = window;
    r.m_cut = cut;
    r.m_entries.reserve(portfolio.customerCount() / 2);
    for (std::size_t i = 0; i < revenue.size(); ++i)
        if (revenue[i] > 0)
            r.m_entries.push_back({static_cast<std::uint32_t>(i), revenue[i], 0});
    // Revenue descending, ties by id as text: ids are unique, so the order is total. Ties are
    // common (a million customers share far fewer amounts), so each id's first eight bytes
    // are compared as one integer and only equal prefixes compare the whole text.
    struct Key {
        Cents revenue;
        std::uint64_t prefix;
        std::uint32_t customer;
    };
    std::vector<Key> keys(r.m_entries.size());
    for (std::size_t k = 0; k < keys.size(); ++k) {
        const std::uint32_t c = r.m_entries[k].customer;
        keys[k] = {r.m_entries[k].revenue, idPrefix(portfolio.externalId[c]), c};
    }
    parallelSort(keys, [&](const Key& a, const Key& b) {
        if (a.revenue != b.revenue)
            return a.revenue > b.revenue;
        if (a.prefix != b.prefix)
            return a.prefix < b.prefix;
        return portfolio.externalId[a.customer] < portfolio.externalId[b.customer];
    });
    for (std::size_t k = 0; k < keys.size(); ++k)
        r.m_entries[k] = {keys[k].customer, keys[k].revenue, 0};

    Cents cumulative = 0;
    for (ParetoEntry& e : r.m_entries) {
        cumulative += e.revenue;
        e.cumulative = cumulative;
    }
    r.m_total = cumulative;
    const std::size_t n = r.m_entries.size();
    if (n == 0)
        return r;
    r.m_paretoCount = crossingRank(r.m_entries, r.m_total, cut);
    r.m_classBEnd = std::max(r.m_paretoCount, crossingRank(r.m_entries, r.m_total, classBCut));

    // Gini over revenues sorted ascending: the entry at rank k sits at position n - k + 1.
    Int128 weighted = 0;
    for (std::size_t k = 0; k < n; ++k)
        weighted += static_cast<Int128>(n - k) * r.m_entries[k].revenue;
    const long double nd = static_cast<long double>(n);
    r.m_gini = static_cast<double>(2.0L * static_cast<long double>(weighted) /
                                       (nd * static_cast<long double>(r.m_total)) -
                                   (nd + 1.0L) / nd);
    return r;
}

ParetoClass ParetoReport::classOfRank(std::size_t rank) const {
    if (rank == 0 || rank > m_entries.size())
        return ParetoClass::Unranked;
    if (rank <= m_paretoCount)
        return ParetoClass::A;
    if (rank <= m_classBEnd)
        return ParetoClass::B;
    return ParetoClass::C;
}

double ParetoReport::share(std::size_t rank) const {
    return m_total > 0
               ? static_cast<double>(m_entries[rank - 1].revenue) / static_cast<double>(m_total)
               : 0.0;
}

double ParetoReport::cumulativeShare(std::size_t rank) const {
    return m_total > 0
               ? static_cast<double>(m_entries[rank - 1].cumulative) / static_cast<double>(m_total)
               : 0.0;
}

double ParetoReport::cumulativeCustomerShare(std::size_t rank) const {
    return static_cast<double>(rank) / static_cast<double>(m_entries.size());
}

double ParetoReport::paretoCustomerShare() const {
    return m_entries.empty()
               ? 0.0
               : static_cast<double>(m_paretoCount) / static_cast<double>(m_entries.size());
}

std::span<const ParetoEntry> ParetoReport::promotionCandidates(std::size_t count) const {
    const std::size_t begin = std::min(m_paretoCount, m_entries.size());
    const std::size_t end = std::min(begin + count, m_entries.size());
    return {m_entries.data() + begin, end - begin};
}

std::vector<std::pair<double, double>> ParetoReport::curve(std::size_t points) const {
    std::vector<std::pair<double, double>> out{{0.0, 0.0}};
    const std::size_t n = m_entries.size();
    if (n == 0 || points == 0)
        return out;
    const std::size_t steps = std::min(points, n);
    for (std::size_t k = 1; k <= steps; ++k) {
        const std::size_t rank = (k * n + steps - 1) / steps;
        out.emplace_back(cumulativeCustomerShare(rank), cumulativeShare(rank));
    }
    return out;
}

std::vector<std::uint32_t> ParetoReport::rankByCustomer(std::size_t customerCount) const {
    std::vector<std::uint32_t> ranks(customerCount, 0);
    for (std::size_t k = 0; k < m_entries.size(); ++k)
        ranks[m_entries[k].customer] = static_cast<std::uint32_t>(k + 1);
    return ranks;
}

} // namespace cartera
