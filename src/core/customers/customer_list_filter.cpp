#include "core/customers/customer_list_filter.h"

#include "core/analysis/lifecycle.h"
#include "core/base/trim.h"

#include <fmt/format.h>
#include <stdexcept>
#include <vector>

namespace cartera {

namespace {

std::vector<std::string_view> split(std::string_view s, char separator) {
    std::vector<std::string_view> parts;
    while (true) {
        const std::size_t at = s.find(separator);
        parts.push_back(trimBlanks(s.substr(0, at)));
        if (at == std::string_view::npos)
            return parts;
        s = s.substr(at + 1);
    }
}

// The names of a mask's bits, in order, for the keys whose values are a set of states.
struct MaskKey {
    const char* key;
    std::vector<std::string_view> names;
    std::uint8_t all;
};

const MaskKey& stageKey() {
    static const MaskKey k{"stage", {"new", "adolescent", "mature", "veteran", "not yet"}, 0x1F};
    return k;
}
const MaskKey& activityKey() {
    static const MaskKey k{"activity", {"active", "at risk", "lost"}, 0x07};
    return k;
}
const MaskKey& classKey() {
    static const MaskKey k{"class", {"A", "B", "C", "unranked"}, 0x0F};
    return k;
}

std::string maskText(const MaskKey& k, std::uint8_t mask) {
    std::string out;
    for (std::size_t bit = 0; bit < k.names.size(); ++bit)
        if (mask & (1u << bit))
            out += (out.empty() ? "" : ",") + std::string(k.names[bit]);
    return out;
}

std::uint8_t parseMask(const MaskKey& k, std::string_view value) {
    std::uint8_t mask = 0;
    for (std::string_view name : split(value, ',')) {
        bool found = false;
        for (std::size_t bit = 0; bit < k.names.size(); ++bit)
            if (name == k.names[bit]) {
                mask |= static_cast<std::uint8_t>(1u << bit);
                found = true;
            }
        if (!found) {
            std::string known;
            for (std::string_view n : k.names)
                known += (known.empty() ? "" : ", ") + std::string(n);
            throw InputError(ErrorKind::FilterNotOneOf, k.key, name, known);
        }
    }
    return mask;
}

} // namespace

std::string CustomerListFilter::toText(const CustomerFilter& f, const ValueSettings& names) {
    std::vector<std::string> parts;
    if (f.stageMask != stageKey().all)
        parts.push_back("stage=" + maskText(stageKey(), f.stageMask));
    if (f.activityMask != activityKey().all)
        parts.push_back("activity=" + maskText(activityKey(), f.activityMask));
    if (f.paretoClassMask != classKey().all)
        parts.push_back("class=" + maskText(classKey(), f.paretoClassMask));
    if (!f.owner.empty())
        parts.push_back("owner=" + f.owner);
    if (f.segment != CustomerFilter::kAny)
        parts.push_back("segment=" + (f.segment < 0 ? std::string("not scored")
                                                    : std::string(names.segments.segmentName(
                                                          static_cast<std::size_t>(f.segment)))));
    if (f.tier != CustomerFilter::kAny)
        parts.push_back("tier=" +
                        std::string(names.tiers.nameOf(static_cast<std::int8_t>(f.tier))));
    if (!f.text.empty())
        parts.push_back("text=" + f.text);
    std::string out;
    for (const std::string& p : parts)
        out += (out.empty() ? "" : "; ") + p;
    return out;
}

CustomerFilter CustomerListFilter::parse(std::string_view text, const ValueSettings& names) {
    CustomerFilter f;
    if (trimBlanks(text).empty())
        return f;
    for (std::string_view part : split(text, ';')) {
        if (part.empty())
            continue;
        const std::size_t eq = part.find('=');
        if (eq == std::string_view::npos)
            throw InputError(ErrorKind::FilterNotKeyValue, part);
        const std::string_view key = trimBlanks(part.substr(0, eq));
        const std::string_view value = trimBlanks(part.substr(eq + 1));
        if (key == "stage") {
            f.stageMask = parseMask(stageKey(), value);
        } else if (key == "activity") {
            f.activityMask = parseMask(activityKey(), value);
        } else if (key == "class") {
            f.paretoClassMask = parseMask(classKey(), value);
        } else if (key == "owner") {
            f.owner = std::string(value);
        } else if (key == "text") {
            f.text = std::string(value);
        } else if (key == "segment") {
            f.segment = CustomerFilter::kAny;
            if (value == "not scored")
                f.segment = -1;
            for (std::size_t s = 0; s < names.segments.segmentCount(); ++s)
                if (names.segments.segmentName(s) == value)
                    f.segment = static_cast<int>(s);
            if (f.segment == CustomerFilter::kAny)
                throw InputError(ErrorKind::FilterNoSegment, value);
        } else if (key == "tier") {
            f.tier = CustomerFilter::kAny;
            if (value == "no tier")
                f.tier = kNoTier;
            for (std::size_t t = 0; t < names.tiers.tiers().size(); ++t)
                if (names.tiers.tiers()[t].name == value)
                    f.tier = static_cast<int>(t);
            if (f.tier == CustomerFilter::kAny)
                throw InputError(ErrorKind::FilterNoTier, value);
        } else {
            throw InputError(ErrorKind::FilterUnknownKey, key);
        }
    }
    return f;
}

} // namespace cartera
