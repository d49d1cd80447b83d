#include "core/customers/customer_query.h"

#include "core/base/parallel_for.h"
#include "core/base/parallel_sort.h"
#include "core/base/radix_sort.h"

#include <algorithm>
#include <cmath>
#include <mutex>
#include <numeric>

namespace cartera {

bool CustomerFilter::narrows(const CustomerFilter& wider) const {
    return text.find(wider.text) != std::string::npos && (stageMask & ~wider.stageMask) == 0 &&
           (activityMask & ~wider.activityMask) == 0 &&
           (paretoClassMask & ~wider.paretoClassMask) == 0 &&
           (wider.owner.empty() || wider.owner == owner) && (!wider.only || wider.only == only) &&
           (wider.segment == kAny || wider.segment == segment) &&
           (wider.tier == kAny || wider.tier == tier);
}

bool readsDirectory(const CustomerFilter& filter, const CustomerSort& sort) {
    return !filter.text.empty() || !filter.owner.empty() || sort.column == CustomerColumn::Name ||
           sort.column == CustomerColumn::Company || sort.column == CustomerColumn::Owner;
}

bool CustomerQuery::matches(std::uint32_t i, const CustomerFilter& f,
                            const std::vector<std::string>& words) const {
    const CustomerStatus& s = m_metrics.status[i];
    const std::uint8_t stageBit = s.inPortfolio
                                      ? static_cast<std::uint8_t>(1u << static_cast<int>(s.stage))
                                      : CustomerFilter::kNotYetBit;
    if (!(f.stageMask & stageBit))
        return false;
    if (s.inPortfolio && !(f.activityMask & (1u << static_cast<int>(s.activity))))
        return false;
    if (!s.inPortfolio && f.activityMask != 0x07)
        return false;
    if (!(f.paretoClassMask & (1u << static_cast<int>(m_metrics.paretoClassOf(i)))))
        return false;
    if (!f.owner.empty() && m_directory.owner[i] != f.owner)
        return false;
    if (f.only && !std::binary_search(f.only->begin(), f.only->end(), i))
        return false;
    if (f.segment != CustomerFilter::kAny && (!m_value || m_value->segmentOf(i) != f.segment))
        return false;
    if (f.tier != CustomerFilter::kAny && (!m_value || m_value->tiers.entries[i].tier != f.tier))
        return false;
    return words.empty() || m_directory.containsWords(i, m_portfolio.externalId[i], words);
}

std::vector<std::uint32_t> CustomerQuery::filter(const CustomerFilter& f,
                                                 const std::vector<std::uint32_t>* within) const {
    const std::vector<std::string> words = searchWords(f.text);
    std::vector<std::uint32_t> out;
    if (within) {
        out.reserve(within->size());
        for (std::uint32_t i : *within)
            if (matches(i, f, words))
                out.push_back(i);
        return out;
    }
    const std::size_t n = m_portfolio.customerCount();
    // Each thread filters its own range; the ranges are joined in order.
    std::mutex partsMutex;
    std::vector<std::pair<std::size_t, std::vector<std::uint32_t>>> chunks;
    parallelFor(n, [&](std::size_t begin, std::size_t end) {
        std::vector<std::uint32_t> part;
        part.reserve(end - begin);
        for (std::size_t i = begin; i < end; ++i)
            if (matches(static_cast<std::uint32_t>(i), f, words))
                part.push_back(static_cast<std::uint32_t>(i));
        const std::lock_guard lock(partsMutex);
        chunks.emplace_back(begin, std::move(part));
    });
    std::sort(chunks.begin(), chunks.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    std::size_t total = 0;
    for (const auto& c : chunks)
        total += c.second.size();
    out.reserve(total);
    for (const auto& c : chunks)
        out.insert(out.end(), c.second.begin(), c.second.end());
    return out;
}

namespace {

template <typename Key> void sortByKey(std::vector<std::uint32_t>& rows, bool descending, Key key) {
    using K = decltype(key(0u));
    if constexpr (std::is_integral_v<K>) {
        // Whole-number keys: rows in index order, then a stable radix sort by key, so that
        // ties go by index, as with the other keys.
        if (!std::is_sorted(rows.begin(), rows.end())) {
            std::vector<bool> present(*std::max_element(rows.begin(), rows.end()) + std::size_t{1});
            for (const std::uint32_t i : rows)
                present[i] = true;
            rows.clear();
            for (std::size_t i = 0; i < present.size(); ++i)
                if (present[i])
                    rows.push_back(static_cast<std::uint32_t>(i));
        }
        std::vector<std::pair<std::uint64_t, std::uint32_t>> keyed(rows.size());
        for (std::size_t r = 0; r < rows.size(); ++r) {
            const std::uint64_t bits = orderedBits(key(rows[r]));
            keyed[r] = {descending ? ~bits : bits, rows[r]};
        }
        stableRadixSort(keyed);
        for (std::size_t r = 0; r < rows.size(); ++r)
            rows[r] = keyed[r].second;
    } else {
        // Sort (key, index) pairs: comparing plain values beats chasing indices into columns.
        std::vector<std::pair<K, std::uint32_t>> keyed(rows.size());
        for (std::size_t r = 0; r < rows.size(); ++r)
            keyed[r] = {key(rows[r]), rows[r]};
        // Ties go by index either way: a total order, which the two-thread sort needs.
        if (descending)
            parallelSort(keyed, [](const auto& a, const auto& b) {
                return a.first != b.first ? a.first > b.first : a.second < b.second;
            });
        else
            parallelSort(keyed, std::less<>());
        for (std::size_t r = 0; r < rows.size(); ++r)
            rows[r] = keyed[r].second;
    }
}

template <typename Text>
void sortByText(std::vector<std::uint32_t>& rows, bool descending, Text text) {
    parallelStableSort(rows, [&](std::uint32_t a, std::uint32_t b) {
        return descending ? text(b) < text(a) : text(a) < text(b);
    });
}

} // namespace

void CustomerQuery::sort(std::vector<std::uint32_t>& rows, const CustomerSort& s) const {
    const auto& m = m_metrics;
    const bool desc = s.descending;
    switch (s.column) {
    case CustomerColumn::Id:
        sortByText(rows, desc, [&](std::uint32_t i) { return m_portfolio.externalId[i]; });
        break;
    case CustomerColumn::Name:
        sortByText(rows, desc, [&](std::uint32_t i) { return m_directory.name[i]; });
        break;
    case CustomerColumn::Company:
        sortByText(rows, desc, [&](std::uint32_t i) { return m_directory.company[i]; });
        break;
    case CustomerColumn::Owner:
        sortByText(rows, desc, [&](std::uint32_t i) { return m_directory.owner[i]; });
        break;
    case CustomerColumn::Stage:
        sortByKey(rows, desc, [&](std::uint32_t i) {
            return m.status[i].inPortfolio ? static_cast<int>(m.status[i].stage) : -1;
        });
        break;
    case CustomerColumn::Activity:
        sortByKey(rows, desc, [&](std::uint32_t i) {
            return m.status[i].inPortfolio ? static_cast<int>(m.status[i].activity) : -1;
        });
        break;
    case CustomerColumn::FirstPurchase:
        sortByKey(rows, desc, [&](std::uint32_t i) { return m.status[i].firstPurchase; });
        break;
    case CustomerColumn::LastPurchase:
        sortByKey(rows, desc, [&](std::uint32_t i) { return m.status[i].lastPurchase; });
        break;
    case CustomerColumn::Purchases:
        sortByKey(rows, desc, [&](std::uint32_t i) { return m.purchaseCount[i]; });
        break;
    case CustomerColumn::Revenue12m:
        sortByKey(rows, desc, [&](std::uint32_t i) { return m.revenue12m[i]; });
        break;
    case CustomerColumn::RevenueAll:
        sortByKey(rows, desc, [&](std::uint32_t i) { return m.revenueAll[i]; });
        break;
    case CustomerColumn::ParetoClass:
    case CustomerColumn::ParetoRank:
        // Unranked customers go last in ascending order.
        sortByKey(rows, desc, [&](std::uint32_t i) {
            return m.paretoRank[i] == 0 ? UINT32_MAX : m.paretoRank[i];
        });
        break;
    case CustomerColumn::RfmScore:
        sortByKey(rows, desc, [&](std::uint32_t i) {
            if (!m_value || m_value->rfm.entryOf[i] == kNotScored)
                return -1;
            const auto& e = m_value->rfm.entries[m_value->rfm.entryOf[i]];
            return e.r * 100 + e.f * 10 + e.m;
        });
        break;
    case CustomerColumn::Segment:
        sortByKey(rows, desc,
                  [&](std::uint32_t i) { return m_value ? m_value->segmentOf(i) : -1; });
        break;
    case CustomerColumn::Tier:
        sortByKey(rows, desc, [&](std::uint32_t i) {
            return m_value ? static_cast<int>(m_value->tiers.entries[i].tier) : -1;
        });
        break;
    case CustomerColumn::PAlive:
    case CustomerColumn::Clv:
        // Missing values (no purchase yet, no model) sort as the lowest.
        sortByKey(rows, desc, [&](std::uint32_t i) {
            if (!m_value || !m_value->clv.usable())
                return -1.0;
            const double v = s.column == CustomerColumn::PAlive
                                 ? static_cast<double>(m_value->clv.pAlive[i])
                                 : m_value->clv.clv[i];
            return std::isnan(v) ? -1.0 : v;
        });
        break;
    }
}

} // namespace cartera
