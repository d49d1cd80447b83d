#include "core/value/rfm_report.h"

#include "core/base/parallel_for.h"
#include "core/base/trim.h"

#include <algorithm>
#include <cstring>
#include <fmt/format.h>
#include <mutex>
#include <stdexcept>

namespace cartera {

bool RfmSegmentRule::matches(int r, int f, int m) const {
    return r >= recency[0] && r <= recency[1] && f >= frequency[0] && f <= frequency[1] &&
           m >= monetary[0] && m <= monetary[1];
}

RfmSegmentTable RfmSegmentTable::defaults() {
    RfmSegmentTable t;
    t.m_rules = {
        {"Champions", {4, 5}, {4, 5}, {4, 5}},          {"Loyal customers", {2, 5}, {3, 5}, {3, 5}},
        {"Potential loyalist", {3, 5}, {1, 3}, {1, 3}}, {"New customers", {4, 5}, {1, 1}, {1, 1}},
        {"Promising", {3, 4}, {1, 1}, {1, 1}},          {"Need attention", {2, 3}, {2, 3}, {2, 3}},
        {"About to sleep", {2, 3}, {1, 2}, {1, 2}},     {"At risk", {1, 2}, {2, 5}, {2, 5}},
        {"Can't lose them", {1, 1}, {4, 5}, {4, 5}},    {"Lost", {1, 2}, {1, 2}, {1, 2}},
    };
    return t;
}

namespace {

// "4-5" or "4": a range of scores 1..5.
std::optional<std::array<std::uint8_t, 2>> parseRange(std::string_view s) {
    auto digit = [](char c) -> std::optional<std::uint8_t> {
        if (c < '1' || c > '5')
            return std::nullopt;
        return static_cast<std::uint8_t>(c - '0');
    };
    if (s.size() == 1) {
        const auto d = digit(s[0]);
        if (!d)
            return std::nullopt;
        return std::array<std::uint8_t, 2>{*d, *d};
    }
    if (s.size() == 3 && s[1] == '-') {
        const auto lo = digit(s[0]);
        const auto hi = digit(s[2]);
        if (!lo || !hi || *lo > *hi)
            return std::nullopt;
        return std::array<std::uint8_t, 2>{*lo, *hi};
    }
    return std::nullopt;
}

std::string rangeText(const std::array<std::uint8_t, 2>& r) {
    return r[0] == r[1] ? fmt::format("{}", r[0]) : fmt::format("{}-{}", r[0], r[1]);
}

} // namespace

RfmSegmentTable RfmSegmentTable::parse(std::string_view text) {
    RfmSegmentTable t;
    forEachTableLine(text, [&](std::string_view line, std::size_t lineNumber) {
        auto fail = [&](ErrorKind kind, std::string_view value = {}) {
            if (kind == ErrorKind::TableLineShape)
                throw InputError(kind, "segment", lineNumber, line, value);
            if (kind == ErrorKind::TableLineNoName)
                throw InputError(kind, "segment", lineNumber, line);
            throw InputError(kind, lineNumber, line, value);
        };
        const std::size_t colon = line.rfind(':');
        if (colon == std::string_view::npos)
            fail(ErrorKind::TableLineShape, "Name: R1-5 F1-5 M1-5");
        RfmSegmentRule rule;
        rule.name = std::string(trimBlanks(line.substr(0, colon)));
        if (rule.name.empty())
            fail(ErrorKind::TableLineNoName);
        if (rule.name == "Others")
            fail(ErrorKind::TableSegmentOthers);
        bool seen[3] = {false, false, false};
        std::string_view rest = line.substr(colon + 1);
        while (!(rest = trimBlanks(rest)).empty()) {
            const std::size_t space = rest.find_first_of(" \t");
            const std::string_view word = rest.substr(0, space);
            rest = space == std::string_view::npos ? std::string_view() : rest.substr(space);
            const char* letters = "RFM";
            const char* at = word.empty() ? nullptr : std::strchr(letters, word[0]);
            const auto range = word.size() > 1 ? parseRange(word.substr(1)) : std::nullopt;
            if (!at || !range)
                fail(ErrorKind::TableSegmentRange, word);
            const auto which = static_cast<std::size_t>(at - letters);
            if (seen[which])
                fail(ErrorKind::TableSegmentTwice, word.substr(0, 1));
            seen[which] = true;
            (which == 0 ? rule.recency : which == 1 ? rule.frequency : rule.monetary) = *range;
        }
        t.m_rules.push_back(std::move(rule));
    });
    if (t.m_rules.empty())
        throw InputError(ErrorKind::TableEmpty, "segment");
    return t;
}

std::string RfmSegmentTable::toText() const {
    std::string out;
    for (const RfmSegmentRule& r : m_rules)
        out += fmt::format("{}: R{} F{} M{}\n", r.name, rangeText(r.recency),
                           rangeText(r.frequency), rangeText(r.monetary));
    return out;
}

std::size_t RfmSegmentTable::segmentOf(int r, int f, int m) const {
    for (std::size_t i = 0; i < m_rules.size(); ++i)
        if (m_rules[i].matches(r, f, m))
            return i;
    return m_rules.size();
}

std::string_view RfmSegmentTable::segmentName(std::size_t segment) const {
    return segment < m_rules.size() ? std::string_view(m_rules[segment].name) : "Others";
}

namespace {

// 1 + floor(5 w / n), w = how many are strictly worse.
std::uint8_t score(std::size_t worse, std::size_t n) {
    return static_cast<std::uint8_t>(1 + (5 * worse) / n);
}

} // namespace

RfmReport RfmReport::compute(const Portfolio& portfolio, Date asOf, RevenueWindow window,
                             const RfmSegmentTable& table) {
    RfmReport report;
    const std::int32_t t = asOf.days();
    const std::int32_t start = window.startExclusive(asOf);
    const std::size_t customers = portfolio.customerCount();
    report.entryOf.assign(customers, kNotScored);
    for (int r = 1; r <= 5; ++r)
        for (int f = 1; f <= 5; ++f)
            for (int m = 1; m <= 5; ++m)
                report.segmentOfScores[scoreCell(r, f, m)] =
                    static_cast<std::uint32_t>(table.segmentOf(r, f, m));
    // Each thread measures its own customers; the parts are joined in customer order.
    std::vector<std::pair<std::size_t, std::vector<Entry>>> parts;
    std::mutex partsMutex;
    parallelFor(customers, [&](std::size_t begin, std::size_t end) {
        std::vector<Entry> part;
        for (std::size_t i = begin; i < end; ++i) {
            const auto days = portfolio.daysOf(i);
            const auto amounts = portfolio.amountsOf(i);
            Cents net = 0;
            std::int32_t frequency = 0;
            std::int32_t last = kNoDay;
            std::int32_t lastCounted = kNoDay;
            for (std::size_t k = 0; k < days.size() && days[k] <= t; ++k) {
                const bool purchase = amounts[k] >= 0;
                if (purchase)
                    last = days[k];
                if (days[k] <= start)
                    continue;
                net += amounts[k];
                if (purchase && days[k] != lastCounted) {
                    ++frequency;
                    lastCounted = days[k];
                }
            }
            if (net <= 0 || last == kNoDay)
                continue;
            Entry e;
            e.customer = static_cast<std::uint32_t>(i);
            e.recencyDays = t - last;
            e.frequency = frequency;
            e.monetary = net;
            part.push_back(e);
        }
        const std::lock_guard lock(partsMutex);
        parts.emplace_back(begin, std::move(part));
    });
    std::sort(parts.begin(), parts.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    std::size_t scored = 0;
    for (const auto& [begin, part] : parts)
        scored += part.size();
    report.entries.reserve(scored); // grown by doubling, a million entries held 64 MB
    for (auto& [begin, part] : parts)
        for (const Entry& e : part) {
            report.entryOf[e.customer] = static_cast<std::uint32_t>(report.entries.size());
            report.entries.push_back(e);
        }
    const std::size_t n = report.entries.size();
    if (n == 0)
        return report;
    // Recency and frequency are small whole numbers: "how many are worse" is a running count
    // over their values. Spend is sorted.
    std::int32_t maxRecency = 0, maxFrequency = 0;
    std::vector<Cents> monetary(n);
    for (std::size_t k = 0; k < n; ++k) {
        maxRecency = std::max(maxRecency, report.entries[k].recencyDays);
        maxFrequency = std::max(maxFrequency, report.entries[k].frequency);
        monetary[k] = report.entries[k].monetary;
    }
    std::vector<std::size_t> longer(static_cast<std::size_t>(maxRecency) + 2, 0);
    std::vector<std::size_t> fewer(static_cast<std::size_t>(maxFrequency) + 2, 0);
    for (const Entry& e : report.entries) {
        ++longer[static_cast<std::size_t>(e.recencyDays)];
        ++fewer[static_cast<std::size_t>(e.frequency) + 1];
    }
    // longer[d]: customers silent for more than d days; fewer[f]: with fewer than f days.
    std::size_t running = 0;
    for (std::size_t d = longer.size(); d-- > 0;) {
        const std::size_t here = longer[d];
        longer[d] = running;
        running += here;
    }
    for (std::size_t f = 1; f < fewer.size(); ++f)
        fewer[f] += fewer[f - 1];
    std::sort(monetary.begin(), monetary.end());
    parallelFor(n, [&](std::size_t begin, std::size_t end) {
        for (std::size_t k = begin; k < end; ++k) {
            Entry& e = report.entries[k];
            const std::size_t worseR = longer[static_cast<std::size_t>(e.recencyDays)];
            const std::size_t worseF = fewer[static_cast<std::size_t>(e.frequency)];
            const auto worseM = static_cast<std::size_t>(
                std::lower_bound(monetary.begin(), monetary.end(), e.monetary) - monetary.begin());
            e.r = score(worseR, n);
            e.f = score(worseF, n);
            e.m = score(worseM, n);
        }
    });
    for (const Entry& e : report.entries) {
        ++report.grid[e.r - 1][e.f - 1];
        report.gridRevenue[e.r - 1][e.f - 1] += e.monetary;
    }
    return report;
}

} // namespace cartera
