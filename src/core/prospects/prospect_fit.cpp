#include "core/prospects/prospect_fit.h"

#include "core/portfolio/customer_directory.h"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <map>

namespace cartera {

namespace {

constexpr std::array<const char*, 4> kFieldNames = {"industry", "region", "size band", "tag"};

std::array<std::string_view, 4> fieldsOf(const CustomerProfiles& c, std::size_t i) {
    return {c.industry[i], c.region[i], c.sizeBand[i], c.tags[i]};
}

} // namespace

ProspectFit::ProspectFit(const CustomerProfiles& customers, const std::vector<bool>& classA) {
    for (std::size_t i = 0; i < customers.size(); ++i) {
        const bool a = i < classA.size() && classA[i];
        const auto values = fieldsOf(customers, i);
        for (std::size_t f = 0; f < values.size(); ++f) {
            if (values[f].empty())
                continue;
            std::vector<std::string> keys;
            if (f == 3) {
                for (const std::string& tag : splitTags(values[f]))
                    keys.push_back(foldCase(tag));
                std::sort(keys.begin(), keys.end());
                keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
                if (keys.empty())
                    continue;
            } else {
                keys.push_back(foldCase(values[f]));
            }
            Field& field = m_fields[f];
            ++field.all;
            field.classA += a ? 1 : 0;
            for (const std::string& key : keys) {
                auto& [all, ofA] = field.counts[key];
                ++all;
                ofA += a ? 1 : 0;
            }
        }
    }
}

ProspectFit::Result ProspectFit::fitOf(const Profile& profile) const {
    Result r;
    double logSum = 0;
    int fields = 0;
    double best = -1;
    auto consider = [&](std::size_t f, const std::string& value) {
        const Field& field = m_fields[f];
        double lift = 1.0; // a value no customer has tells nothing
        std::string why;
        const auto it = field.counts.find(foldCase(value));
        if (it != field.counts.end() && field.all > 0) {
            const auto [all, ofA] = it->second;
            const double overall = static_cast<double>(all) / static_cast<double>(field.all);
            const double shareA = (static_cast<double>(ofA) + kFitPrior * overall) /
                                  (static_cast<double>(field.classA) + kFitPrior);
            lift = std::min(kFitCap, shareA / overall);
            why = fmt::format(
                "{} {}: {:.0f} % of Pareto customers ({:.0f} % of all)", kFieldNames[f], value,
                field.classA ? 100.0 * static_cast<double>(ofA) / static_cast<double>(field.classA)
                             : 0.0,
                100.0 * overall);
        } else {
            why = fmt::format("{} {}: no customer has it", kFieldNames[f], value);
        }
        return std::pair{lift, why};
    };
    const std::array<const std::string*, 3> single = {&profile.industry, &profile.region,
                                                      &profile.sizeBand};
    for (std::size_t f = 0; f < single.size(); ++f) {
        if (single[f]->empty())
            continue;
        const auto [lift, why] = consider(f, *single[f]);
        logSum += std::log(lift);
        ++fields;
        if (lift > best) {
            best = lift;
            r.why = why;
        }
    }
    // Tags: the one that says the most.
    double bestTag = -1;
    std::string tagWhy;
    for (const std::string& tag : splitTags(profile.tags)) {
        const auto [lift, why] = consider(3, tag);
        if (lift > bestTag) {
            bestTag = lift;
            tagWhy = why;
        }
    }
    if (bestTag >= 0) {
        logSum += std::log(bestTag);
        ++fields;
        if (bestTag > best) {
            best = bestTag;
            r.why = tagWhy;
        }
    }
    r.score = fields ? std::exp(logSum / fields) : std::nan("");
    return r;
}

std::vector<MarketCell> potentialMarket(const std::vector<Prospect>& prospects,
                                        const std::vector<double>& fits) {
    std::map<std::pair<std::string, std::string>, std::pair<MarketCell, std::size_t>> cells;
    for (std::size_t k = 0; k < prospects.size(); ++k) {
        const Prospect& p = prospects[k];
        if (p.status == ProspectStatus::Converted || p.status == ProspectStatus::Dropped)
            continue;
        const std::string industry = p.profile.industry.empty() ? "(none)" : p.profile.industry;
        const std::string region = p.profile.region.empty() ? "(none)" : p.profile.region;
        auto& [cell, withFit] = cells[{industry, region}];
        cell.industry = industry;
        cell.region = region;
        ++cell.prospects;
        if (k < fits.size() && !std::isnan(fits[k])) {
            cell.meanFit += fits[k];
            ++withFit;
        }
    }
    std::vector<MarketCell> out;
    for (auto& [key, value] : cells) {
        auto& [cell, withFit] = value;
        cell.meanFit = withFit ? cell.meanFit / static_cast<double>(withFit) : std::nan("");
        out.push_back(cell);
    }
    std::stable_sort(out.begin(), out.end(), [](const MarketCell& a, const MarketCell& b) {
        return a.prospects > b.prospects;
    });
    return out;
}

} // namespace cartera
