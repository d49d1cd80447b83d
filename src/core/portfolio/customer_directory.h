#pragma once

#include "core/base/dictionary_column.h"
#include "core/base/string_table.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cartera {

// The text columns of the customer list, by customer index (the Portfolio's order). A search
// matches the fold of "id name company e-mail". Only the folds of fields that are not plain
// ASCII are stored; the rest is lowered on the fly (at a million customers the stored keys
// were 60 MB, the stored folds of names with accents or in other scripts are 15).
struct CustomerDirectory {
    StringTable name;
    StringTable company;
    StringTable email;
    DictionaryColumn owner;

    void reserve(std::size_t customers);
    void add(std::string_view externalId, std::string_view name, std::string_view company,
             std::string_view email, std::string_view owner);
    std::size_t size() const { return name.size(); }
    // Whether each of the folded `words` (searchWords) occurs in the customer's key.
    bool containsWords(std::size_t customer, std::string_view externalId,
                       const std::vector<std::string>& words) const;

  private:
    StringTable m_foldedFields; // the folds of the fields that are not plain ASCII, in order
    std::vector<std::uint8_t> m_foldedMask; // which fields (id, name, company, e-mail) those are
};

// Lower case for ASCII, Latin-1, Greek and Cyrillic letters, the scripts our customers write
// in; everything else passes unchanged.
std::string foldCase(std::string_view utf8);
// foldCase without accents: "Benoît" and "benoit", "Łódź" and "lodz", "Ἐλένη"-style tonos and
// "ё" search alike.
std::string searchFold(std::string_view utf8);
// The words of a search, each folded: a customer matches when its key holds every one, in any
// order.
std::vector<std::string> searchWords(std::string_view query);

} // namespace cartera
