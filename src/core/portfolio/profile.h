#pragma once

#include "core/base/dictionary_column.h"

#include <string>
#include <string_view>
#include <vector>

namespace cartera {

// Who a customer or prospect is, for finding prospects that look like the best customers.
struct Profile {
    std::string industry;
    std::string region;   // region or city
    std::string sizeBand; // company size band, e.g. "10-49"
    std::string tags;     // free tags, separated by commas

    bool operator==(const Profile&) const = default;
};

// Every customer's profile, by portfolio index (compact: most fields are empty).
struct CustomerProfiles {
    DictionaryColumn industry;
    DictionaryColumn region;
    DictionaryColumn sizeBand;
    DictionaryColumn tags;
    void add(const Profile& p);
    std::size_t size() const { return industry.size(); }
};

// The tags of a tag text: split at commas and semicolons, trimmed, empty ones dropped.
std::vector<std::string> splitTags(std::string_view text);

} // namespace cartera
