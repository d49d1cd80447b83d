#pragma once

#include "core/base/string_table.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cartera {

// A text column whose values repeat (owners, industries, regions): each distinct value is kept
// once and every row holds its number, so a million rows of six owners cost 4 MB, not 14.
// Values seen after the first kMaxShared distinct ones are kept per row, as in a StringTable:
// a column of mostly distinct values costs no more than one.
class DictionaryColumn {
  public:
    static constexpr std::size_t kMaxShared = 1 << 16;

    void reserve(std::size_t rows) { m_codes.reserve(rows); }
    void push_back(std::string_view text);
    std::string_view operator[](std::size_t row) const { return m_values[m_codes[row]]; }
    std::size_t size() const { return m_codes.size(); }
    bool empty() const { return m_codes.empty(); }
    // Values held: the distinct ones, and those past kMaxShared once per row.
    std::size_t valueCount() const { return m_values.size(); }

  private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const {
            return std::hash<std::string_view>()(text);
        }
    };
    StringTable m_values;
    std::vector<std::uint32_t> m_codes;
    std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>>
        m_codeOf; // the first kMaxShared values
};

} // namespace cartera
