#include "core/portfolio/profile.h"

#include "core/base/trim.h"

namespace cartera {

void CustomerProfiles::add(const Profile& p) {
    industry.push_back(p.industry);
    region.push_back(p.region);
    sizeBand.push_back(p.sizeBand);
    tags.push_back(p.tags);
}

std::vector<std::string> splitTags(std::string_view text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = text.find_first_of(",;", start);
        const std::string_view tag =
            trimBlanks(text.substr(start, end == std::string_view::npos ? text.npos : end - start));
        if (!tag.empty())
            out.emplace_back(tag);
        if (end == std::string_view::npos)
            break;
        start = end + 1;
    }
    return out;
}

} // namespace cartera
